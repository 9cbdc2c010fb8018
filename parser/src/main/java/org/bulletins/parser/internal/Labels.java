package org.bulletins.parser.internal;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises label lines: language switches, {@code Press Release}-style headers, field lines
 * ({@code Categories: Migration, Health}), lines of place names, and photo captions. Such lines are
 * never titles; the parser keeps them on the item as labels.
 */
final class Labels {

  /** Field names (folded, without the colon) whose lines are labels. */
  private static final Set<String> FIELDS =
      ImmutableSet.of(
          "categories",
          "category",
          "tags",
          "tag",
          "labels",
          "keywords",
          "tag archives",
          "category archives",
          "archive for the tag",
          "archive for the category",
          "archivo de la etiqueta",
          "archivo de la categoria",
          "archives de l'etiquette",
          "archives de la categorie",
          "arquivo da tag",
          "archive by category",
          "author archives",
          "archives par mot-cle",
          "archives par categorie",
          "archives du mot-cle",
          "archives de categorie",
          "archives de l'auteur",
          "archivo por etiqueta",
          "archivos de la etiqueta",
          "archivos de la categoria",
          "archivo de categoria",
          "archivo del autor",
          "arquivos da tag",
          "arquivo de tag",
          "arquivos de tag",
          "arquivo de categoria",
          "arquivos de categoria",
          "arquivos do autor",
          "arquivo da categoria",
          "arquivos da categoria",
          "filed under",
          "posted in",
          "subscribe to", // Blogger's feed link: "Subscribe to: Posts (Atom)"
          "suscribirse a",
          "assinar",
          "inscription a",
          "topics",
          "topic",
          "countries",
          "country",
          "region",
          "regions",
          "location",
          "source",
          "author",
          "authors",
          "by",
          "por",
          "par",
          "posted",
          "published",
          "date",
          "date publish",
          "date published",
          "publication date",
          "public release",
          "release date",
          "mise en ligne",
          "mis en ligne le",
          "posted on",
          "published on",
          "type",
          "theme",
          "themes",
          "categorias",
          "categoria",
          "etiquetas",
          "marcadores",
          "palabras clave",
          "temas",
          "tema",
          "pais",
          "paises",
          "fuente",
          "colaboracao",
          "colaboracion",
          "autor",
          "autora",
          "fecha",
          "fecha de publicacion",
          "publicado",
          "publicado el",
          "publicado em",
          "data",
          "data de publicacao",
          "categorie",
          "mots-cles",
          "etiquettes",
          "libelles",
          "mots cles",
          "pays",
          "auteur",
          "publie le",
          "date de publication",
          "palavras-chave",
          "assuntos",
          "assunto");

  /** Whole lines (folded) that are labels. */
  private static final Set<String> WORDS =
      ImmutableSet.of(
          "press release",
          "press releases",
          "news provided by", // a wire release's page: the company's name follows
          "news release",
          "news",
          "statement",
          "story",
          "stories",
          "feature",
          "global",
          "local",
          "regional",
          "share",
          "more",
          "comunicado",
          "comunicado de prensa",
          "nota de prensa",
          "comunicados",
          "noticia",
          "noticias",
          "compartir",
          "communique",
          "communique de presse",
          "actualites",
          "actualite",
          "partager",
          "comunicado de imprensa",
          "nota a imprensa",
          "nota de imprensa",
          "compartilhar",
          // A date's lead-in alone on its line, over the date (gov.br: "Publicado em" / date)
          "published",
          "published on",
          "posted on",
          "updated",
          "last updated",
          "publicado em",
          "publicado el",
          "atualizado em",
          "actualizado el",
          "publie le",
          "mis a jour le",
          "date de publication",
          "fecha de publicacion",
          "data de publicacao",
          "english",
          "espanol",
          "francais",
          "portugues",
          "en",
          "es",
          "fr",
          "pt",
          "br",
          "ultimas noticias",
          "dernieres nouvelles",
          "dernieres actualites",
          "ultimas novidades",
          "newsroom",
          "press room",
          "press centre",
          "press center",
          "media centre",
          "media center",
          "sala de prensa",
          "comunicados de prensa",
          "notas de prensa",
          "salle de presse",
          "espace presse",
          "communiques",
          "communiques de presse",
          "sala de imprensa",
          "comunicados de imprensa",
          "noticias recentes",
          "notas a imprensa",
          // page furniture: sharing, printing, moving about the site
          "share this",
          "share this article",
          "share this story",
          "share on facebook",
          "share on twitter",
          "print",
          "print this page",
          "back to top",
          // a blog's links between posts and to its comments
          "post a comment",
          "older post",
          "newer post",
          "older posts",
          "newer posts",
          "previous post",
          "next post",
          "older post newer post",
          "newer post older post",
          // Blogger's pager, scraped as one line (up to MAX_WORD_LABEL chars)
          "older posts home",
          "newer posts home",
          "newer posts home older posts",
          "home older posts",
          "accueil articles plus anciens",
          "publicar un comentario",
          "entrada mas reciente",
          "entrada antigua",
          "entradas mas recientes",
          "entradas antiguas",
          "entradas antiguas pagina principal",
          "pagina principal entradas antiguas",
          "postagens mais antigas pagina inicial",
          "pagina inicial postagens mais antigas",
          "entrada anterior",
          "entradas anteriores",
          "entradas siguientes",
          "noticias anteriores",
          "articles precedents",
          "articles suivants",
          "postagens anteriores",
          "noticias mais antigas",
          "previous entries",
          "next entries",
          "entrada siguiente",
          "publier un commentaire",
          "article plus recent",
          "article plus ancien",
          "articles plus recents",
          "articles plus anciens",
          "article precedent",
          "article suivant",
          "postar um comentario",
          "postagem anterior",
          "proxima postagem",
          "postagem mais recente",
          "postagem mais antiga",
          "postagens mais recentes",
          "postagens mais antigas",
          "tweet",
          "email",
          "e-mail",
          "facebook",
          "twitter",
          "linkedin",
          "whatsapp",
          "telegram",
          "see all news",
          "all news",
          "more news",
          "view all",
          "imprimir",
          "volver",
          "volver arriba",
          "ir arriba",
          "ver todas las noticias",
          "todas las noticias",
          "mas noticias",
          "imprimer",
          "retour",
          "haut de page",
          "retour en haut",
          "voir toutes les actualites",
          "toutes les actualites",
          "plus d'actualites",
          "voltar",
          "voltar ao topo",
          "ver todas as noticias",
          "todas as noticias",
          "mais noticias",
          // an advertisement's marker between posts
          "advertisement",
          "sponsored",
          "sponsored content",
          "publicite",
          "publicidad",
          "publicidade",
          // a blog's side widgets, scraped between its posts
          "archives",
          "blog archive",
          "archivo",
          "archivo del blog",
          "arquivo",
          "arquivo do blog",
          "recent posts",
          "recent comments",
          "entradas recientes",
          "comentarios recientes",
          "articles recents",
          "derniers articles",
          "derniers commentaires",
          "postagens recentes",
          "comentarios recentes",
          "commentaires recents",
          "recent articles",
          "latest posts",
          "commentaires les plus recents",
          "articles les plus recents",
          "categories",
          "categorias",
          "meta",
          // a theme's image placeholder, scraped as text (tagDiv's "spot_img")
          "spot_img",
          "spot_imgspot_img",
          // a paywall's marker over an article's text
          "article reserve aux abonnes",
          "reserve aux abonnes",
          "subscribers only",
          "for subscribers",
          "exclusivo para suscriptores",
          "exclusivo para assinantes",
          "conteudo exclusivo para assinantes",
          // a share row's lead-in on a line of its own, its links being images
          "compartilhe",
          "comparte",
          "partagez",
          "share on");

  /**
   * How a link to other stories opens, folded: alone on its line ({@code Related posts}) or as a
   * field before a title ({@code Leia também: Câmara aprova ...}). Such a line closes the item
   * above it; a field whose value is a sentence ({@code Related: the mayor said ... .}) is text.
   */
  private static final Set<String> RELATED =
      ImmutableSet.of(
          "read also",
          "see also",
          "related",
          "related story",
          "related posts",
          "related articles",
          "lee tambien",
          "lea tambien",
          "ver tambien",
          "noticias relacionadas",
          "articulos relacionados",
          "entradas relacionadas",
          "lire aussi",
          "a lire aussi",
          "voir aussi",
          "articles similaires",
          "leia tambem",
          "leia mais",
          "veja tambem",
          "veja mais",
          "posts relacionados",
          "materias relacionadas",
          // other stories of the site under an article
          "most read",
          "most popular",
          "more news",
          "more stories",
          "you may also like",
          "you might also like",
          "lo mas leido",
          "lo mas leido del mes",
          "lo mas visto",
          "mas leidas",
          "mas noticias",
          "te puede interesar",
          "tambien te puede interesar",
          "les plus lus",
          "les plus lus du mois",
          "vous aimerez aussi",
          "a lire egalement",
          "mais lidas",
          "mais lidas do mes",
          "mais noticias",
          "voce tambem pode gostar");

  /**
   * The links that end a teaser ({@code Read more}, {@code Leia mais}), folded: each closes the
   * item above it.
   */
  private static final Set<String> READ_MORE =
      ImmutableSet.of(
          "read more",
          "continue reading",
          "read the full story",
          "read full story",
          "full story",
          "read the full article",
          "read full article",
          "leer mas",
          "seguir leyendo",
          "continuar leyendo",
          "leer nota completa",
          "ver mas",
          "lire la suite",
          "lire plus",
          "en savoir plus",
          "continuer la lecture",
          "leia mais",
          "ler mais",
          "continuar lendo",
          "saiba mais",
          "veja mais",
          "leia a materia completa");

  /**
   * A blog's link to a post's comments when it has none, folded ({@code No comments:}, {@code
   * Nenhum comentário:}): it closes the post above it.
   */
  private static final Set<String> NO_COMMENTS =
      ImmutableSet.of(
          "no comments",
          "no hay comentarios",
          "sin comentarios",
          "aucun commentaire",
          "pas de commentaire",
          "nenhum comentario",
          "sem comentarios");

  /** The word after a count of comments, folded ({@code 3 comentarios}). */
  private static final Set<String> COMMENT_WORDS =
      ImmutableSet.of(
          "comment", "comments", "comentario", "comentarios", "commentaire", "commentaires");

  /** The most digits of a count of comments. */
  private static final int MAX_COMMENT_DIGITS = 5;

  /** The lead-ins of {@link #isContinueReading}, in lower case; none has an accent. */
  private static final List<String> CONTINUE_READING =
      List.of(
          "continue reading",
          "lire la suite",
          "continuer la lecture",
          "seguir leyendo",
          "continuar leyendo",
          "continuar lendo",
          "continuar a ler");

  /** The shortest lead-in of {@link #CONTINUE_READING}, a space and a char of the title. */
  private static final int MIN_CONTINUE_READING = 15;

  /** A teaser's link with a long title in it. */
  private static final int MAX_CONTINUE_READING = 200;

  /** Words that end a photo credit's lead-in: {@code Foto: ACNUR/...}. */
  private static final Set<String> CREDITS =
      ImmutableSet.of(
          "foto",
          "fotos",
          "photo",
          "photos",
          "fotografia",
          "credito",
          "creditos",
          "credit",
          "credits");

  private static final int MAX_LABEL_LENGTH = 100;

  /** Shorter lines ({@code A}, {@code UN}) are not taken for names. */
  private static final int MIN_NAME_LENGTH = 4;

  private static final int CREDIT_WINDOW = 80;
  private static final int MAX_FIELD_NAME = 40;

  /** Longer than the longest of {@link #WORDS} and {@link ReleaseFrame#OPENINGS}. */
  private static final int MAX_WORD_LABEL = 32;

  /**
   * Longest pager of a blog with its home link ({@code Postagens mais antigas Página inicial}),
   * folded only when it names a page ({@code gina}): longer than the other label words.
   */
  private static final int MAX_PAGER_LINE = 40;

  private Labels() {}

  /**
   * Tells whether a normalised, non-blank line is a label.
   *
   * @param text the line
   * @return true for a label
   */
  static boolean isLabel(String text) {
    return isCaption(text) || isWordLabel(text);
  }

  /**
   * A line that is one of the label words ({@code Press Release}, {@code For immediate release},
   * {@code English}...) or a press release's end marker ({@code ###}, {@code - ENDS -}, {@code
   * -30-}, {@code – FIN –}).
   */
  static boolean isWordLabel(String text) {
    // Folding (accents off) costs a Unicode normalisation: only lines short enough to be one of
    // the label words are folded.
    if (text.length() <= MAX_WORD_LABEL
        || (text.length() <= MAX_PAGER_LINE && text.indexOf("gina ") >= 0)) {
      String word = stripEnd(DateLineParser.foldText(text));
      if (WORDS.contains(word)
          || SiteFurniture.MENU_LINES.contains(word)
          || RELATED.contains(word)
          || READ_MORE.contains(word)
          || isCommentLink(word)
          || ReleaseFrame.OPENINGS.contains(word)
          || ReleaseFrame.isEndMarker(text)
          || ReleaseFrame.isShortHashRule(text)
          || ReleaseFrame.isContinuation(text)) {
        return true;
      }
    }
    return ShareRow.is(text) || isContinueReading(text) || isReadMoreGlued(text);
  }

  /**
   * The words that name a news section, folded: {@code Noticias} in {@code Noticias Municipales}.
   */
  private static final int MAX_SECTION_WORDS = 3;

  private static final Set<String> SECTION_WORDS =
      ImmutableSet.of(
          "news", "noticias", "actualites", "nouvelles", "novidades", "comunicados", "communiques");

  /**
   * A news section's name of two or three words that opens or ends with a news word ({@code
   * Noticias Municipales}, {@code Local News}, {@code Actualités régionales}, {@code Notícias da
   * Prefeitura}): over a title, the page's header rather than an item with no body.
   *
   * @param text a normalised line
   * @return true for a section's name
   */
  static boolean isSectionName(String text) {
    if (text.length() > MAX_WORD_LABEL) {
      return false;
    }
    String folded = stripEnd(DateLineParser.foldText(text));
    String[] words = folded.split(" ");
    if (words.length < 2 || words.length > MAX_SECTION_WORDS) {
      return false;
    }
    for (int i = 0; i < folded.length(); i++) {
      if (Character.isDigit(folded.charAt(i))) {
        return false;
      }
    }
    return SECTION_WORDS.contains(words[0]) || SECTION_WORDS.contains(words[words.length - 1]);
  }

  /**
   * A post's categories, as a blog sets them beside its date ({@code 12 Mai 2023 | Actualités,
   * Mobilité}): {@value #MIN_CATEGORIES} names or more parted by commas, each of one to {@value
   * #MAX_CATEGORY_WORDS} words opening with a capital, no digit and no sentence's punctuation, at
   * most {@value #MAX_CATEGORY_LIST} chars. Over a title with text under it, such a line is its
   * label, not its title.
   *
   * @param text a normalised line
   * @return true for a list of categories
   */
  static boolean isCategoryList(String text) {
    if (text.length() > MAX_CATEGORY_LIST || text.indexOf(", ") < 0) {
      return false;
    }
    String[] names = text.split(", ", -1);
    if (names.length < MIN_CATEGORIES) {
      return false;
    }
    for (String name : names) {
      if (name.isEmpty()
          || !Character.isUpperCase(name.charAt(0))
          || name.split(" ").length > MAX_CATEGORY_WORDS) {
        return false;
      }
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        if (!Character.isLetter(c) && c != ' ' && c != '-' && c != '\'' && c != '’') {
          return false;
        }
      }
    }
    return true;
  }

  private static final int MIN_CATEGORIES = 2;
  private static final int MAX_CATEGORY_WORDS = 3;
  private static final int MAX_CATEGORY_LIST = 60;

  /** The chars that close a read-more link and may be glued to what follows it. */
  private static final String READ_MORE_ARROWS = "»›→";

  /** The longest read-more link before its arrow. */
  private static final int MAX_READ_MORE = 28;

  /**
   * Where a read-more link that closes a text after its last sentence starts ({@code ... on Friday.
   * Read more}, {@code He was among several...Read more}, {@code ... hoy. Leer más}, {@code ... by
   * … [Read more...] about The title}), or -1: the text without it is what its shape is read from.
   *
   * @param text a normalised line or block
   * @return the index of the link's first char, or -1
   */
  static int readMoreTail(String text) {
    int n = text.length();
    int aboutTitle = readMoreAboutTitle(text);
    if (aboutTitle > 0) {
      return aboutTitle;
    }
    if (n <= MAX_READ_MORE || !Character.isLetter(text.charAt(n - 1))) {
      return -1; // most paragraphs end with a period: no fold
    }
    String tail = text.substring(n - MAX_READ_MORE);
    String folded = DateLineParser.foldText(tail);
    if (folded.length() != tail.length()) {
      return -1; // a char folded to two: the indexes would not line up
    }
    for (String link : READ_MORE) {
      if (folded.endsWith(link)) {
        int start = n - link.length();
        return endsSentenceBefore(text, start) ? start : -1;
      }
    }
    return -1;
  }

  /** What a bracketed read-more link says before the title it names, folded. */
  private static final List<String> ABOUT_TITLE = List.of("] about ", "] sobre ", "] a propos de ");

  /** The longest tail a bracketed read-more link and the title it names may take, in chars. */
  private static final int MAX_ABOUT_TITLE_TAIL = 200;

  /** The longest bracketed read-more link, brackets and dots included. */
  private static final int MAX_BRACKETED_READ_MORE = 24;

  /**
   * Where a bracketed read-more link that names the post's title starts, after a teaser cut at a
   * sentence or an ellipsis ({@code ... bring in electric tractors … [Read more...] about Ground
   * handler signs a deal}), as Genesis themes write it; or -1.
   */
  private static int readMoreAboutTitle(String text) {
    int open = text.length() - 1;
    int from = Math.max(1, text.length() - MAX_ABOUT_TITLE_TAIL);
    while (open >= from && text.charAt(open) != '[') {
      open--; // the text's tail only: a long paragraph is not scanned whole
    }
    if (open < from) {
      return -1; // most texts: no bracket
    }
    int close = text.indexOf(']', open);
    if (close < 0 || close - open > MAX_BRACKETED_READ_MORE) {
      return -1;
    }
    String link = DateLineParser.foldText(text.substring(open + 1, close));
    if (!READ_MORE.contains(stripEnd(link))) {
      return -1;
    }
    String after =
        DateLineParser.foldText(text.substring(close, Math.min(text.length(), close + 14)));
    boolean namesTitle = false;
    for (String about : ABOUT_TITLE) {
      namesTitle |= after.startsWith(about) && text.length() > close + about.length();
    }
    return namesTitle && endsSentenceBefore(text, open) ? open : -1;
  }

  /**
   * Whether the text before a link, spaces skipped, ends a sentence or an ellipsis ({@code ... on
   * Friday.}, {@code He was among several...}), as a teaser does before its read-more link.
   */
  private static boolean endsSentenceBefore(String text, int link) {
    int before = link - 1;
    while (before > 0 && text.charAt(before) == ' ') {
      before--;
    }
    return before > 0 && ".…!?\"”".indexOf(text.charAt(before)) >= 0;
  }

  /**
   * A read-more link glued to what follows it, as a page scraped without line breaks writes the
   * next teaser's categories after it: {@code Leia Mais »DESTAQUE, NOTÍCIAS}, {@code Read more
   * »Harbour, Transport}.
   */
  private static boolean isReadMoreGlued(String text) {
    if (text.length() > MAX_CONTINUE_READING) {
      return false;
    }
    int arrow = -1;
    for (int k = 0; k < READ_MORE_ARROWS.length(); k++) {
      int at = text.indexOf(READ_MORE_ARROWS.charAt(k)); // a scan per arrow, the earliest kept
      if (at >= 0 && at < MAX_READ_MORE && (arrow < 0 || at < arrow)) {
        arrow = at;
      }
    }
    return arrow > 0
        && arrow < text.length() - 1
        && READ_MORE.contains(stripEnd(DateLineParser.foldText(text.substring(0, arrow))));
  }

  /**
   * A teaser's link with the item's title in it, as blog themes write it: {@code Continue reading
   * "Harbour works begin" →}, {@code Lire la suite 2020}, {@code Seguir leyendo: ...}, {@code
   * Continuar leyendoAgua segura}. Only the lead-ins no title opens with; {@code Read more
   * books...} is a title.
   */
  private static boolean isContinueReading(String text) {
    if (text.length() > MAX_CONTINUE_READING
        || text.length() < MIN_CONTINUE_READING
        || "cClLsS".indexOf(text.charAt(0)) < 0) {
      return false; // most lines: no fold to find that out
    }
    for (String leadIn : CONTINUE_READING) {
      // every lead-in is ASCII: compared as written, with no fold
      if (text.length() > leadIn.length() + 1
          && text.regionMatches(true, 0, leadIn, 0, leadIn.length())
          && isAfterContinueReading(text.charAt(leadIn.length()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a char may follow a continue-reading lead-in: a space, a colon, or the title glued to
   * it as a page scraped without the link's markup gives it ({@code Continuar leyendoAgua segura en
   * las escuelas}, {@code Continue reading8 March}).
   */
  private static boolean isAfterContinueReading(char c) {
    return c == ' '
        || c == ':'
        || Character.isUpperCase(c)
        || Character.isDigit(c)
        || "\"“«".indexOf(c) >= 0;
  }

  /**
   * Whether a folded line is a link to a post's comments: {@link #NO_COMMENTS}, or a count and one
   * of {@link #COMMENT_WORDS} ({@code 3 comments}; the word alone may head a section).
   */
  private static boolean isCommentLink(String folded) {
    if (NO_COMMENTS.contains(folded)) {
      return true;
    }
    int digits = 0;
    while (digits < folded.length() && Character.isDigit(folded.charAt(digits))) {
      digits++;
    }
    return digits > 0
        && digits <= MAX_COMMENT_DIGITS
        && COMMENT_WORDS.contains(folded.substring(digits).strip());
  }

  /**
   * The value of a field line ({@code Fecha: 3 de mayo de 2021} gives {@code 3 de mayo de 2021}),
   * or null if the line is no field line.
   */
  static String fieldValue(String text) {
    if (text.length() > MAX_LABEL_LENGTH) {
      return null;
    }
    String key = fieldName(text);
    if (key == null) {
      return null;
    }
    String value = text.substring(text.indexOf(':') + 1).strip();
    if (RELATED.contains(key)) {
      return value.isEmpty() || !TitleRule.endsSentence(value) ? value : null;
    }
    return FIELDS.contains(key) || ReleaseFrame.isContactField(key, value) ? value : null;
  }

  /**
   * Whether a line is a contact field with nothing after its colon ({@code Media contact:}): the
   * contact's lines follow it.
   */
  static boolean opensContactBlock(String text) {
    String key = fieldName(text);
    return key != null
        && text.substring(text.indexOf(':') + 1).isBlank()
        && ReleaseFrame.isContactField(key, "");
  }

  /** The separators of a section's path: {@code Futebol – Taça da Liga}, {@code Sport > Rugby}. */
  private static final List<String> PATH_SEPARATORS = List.of(" – ", " - ", " > ", " » ", " / ");

  /** The longest section's path, in chars, and the most words of each part after the first. */
  private static final int MAX_SECTION_PATH = 40;

  private static final int MAX_PATH_PART_WORDS = 4;

  /** The most parts of a section's path. */
  private static final int MAX_PATH_PARTS = 3;

  /**
   * Whether a line is a section's path, as a blog sets it over a post's title: a kicker or a
   * section's name, then one or two shorter names after a dash, a chevron or a slash ({@code
   * Futebol – Taça da Liga}, {@code Sport > Rugby}), each opening with a capital, no sentence.
   *
   * @param text a normalised line
   * @return true for such a path
   */
  static boolean isSectionPath(String text) {
    if (text.length() > MAX_SECTION_PATH || TitleRule.endsSentence(text)) {
      return false;
    }
    for (String separator : PATH_SEPARATORS) {
      int at = text.indexOf(separator);
      if (at > 0) {
        List<String> parts = Splitter.on(separator).splitToList(text);
        if (parts.size() > MAX_PATH_PARTS
            || !(TitleRule.isKickerText(parts.get(0)) || isSectionName(parts.get(0)))) {
          return false;
        }
        for (String part : parts.subList(1, parts.size())) {
          if (part.isEmpty()
              || !Character.isUpperCase(part.charAt(0))
              || TitleRule.words(part) > MAX_PATH_PART_WORDS) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /** Field names (folded) whose values are a post's tags or categories. */
  private static final Set<String> TAG_FIELDS =
      ImmutableSet.of(
          "tags",
          "tag",
          "labels",
          "keywords",
          "categories",
          "category",
          "topics",
          "etiquetas",
          "marcadores",
          "categorias",
          "palabras clave",
          "temas",
          "etiquettes",
          "libelles",
          "mots-cles",
          "mots cles",
          "categorie",
          "palavras-chave",
          "assuntos");

  /**
   * Whether a line is a tag field with nothing after its colon ({@code Labels:}, as Blogger's
   * footer sets it): the post's tags follow it, one line or more.
   */
  static boolean opensTagList(String text) {
    String key = fieldName(text);
    return key != null
        && text.substring(text.indexOf(':') + 1).isBlank()
        && TAG_FIELDS.contains(key);
  }

  /**
   * Whether a label line heads a list of links to other stories, one title to a line up to the next
   * blank line ({@code Related posts}, {@code Noticias relacionadas}, {@code Veja também:}).
   *
   * @param text a label line
   * @return true for such a heading
   */
  static boolean opensLinkList(String text) {
    return text.length() <= MAX_WORD_LABEL
        && RELATED.contains(stripEnd(DateLineParser.foldText(text)));
  }

  /** The folded name before a field line's colon, or null for a line of no field's shape. */
  private static String fieldName(String text) {
    int colon = text.indexOf(':');
    if (text.length() > MAX_LABEL_LENGTH || colon <= 0 || colon > MAX_FIELD_NAME) {
      return null;
    }
    return DateLineParser.foldText(text.substring(0, colon)).replace('’', '\'').strip();
  }

  /**
   * Tells whether a label line closes the item before it: a press release's end marker ({@code
   * ###}, {@code - ENDS -}) or contact field ({@code Media contact: ...}), a teaser's link ({@code
   * Read more}) or a row of share links. Other labels after an item's text belong to the next item
   * when a date line follows them.
   *
   * @param text a label line
   * @return true for an end marker, a contact line, a teaser's link or a share row
   */
  static boolean closesItem(String text) {
    if ((text.length() <= MAX_WORD_LABEL
            && (ReleaseFrame.isEndMarker(text)
                || READ_MORE.contains(stripEnd(DateLineParser.foldText(text)))
                || isCommentLink(stripEnd(DateLineParser.foldText(text)))))
        || ShareRow.is(text)
        || isContinueReading(text)
        || isReadMoreGlued(text)) {
      return true;
    }
    if (opensLinkList(text)) {
      return true; // "Related posts", "Veja também": the links under the item above
    }
    String key = fieldName(text);
    return key != null
        && (RELATED.contains(key)
            || ReleaseFrame.isContactField(key, text.substring(text.indexOf(':') + 1).strip()));
  }

  /** A caption ends with a credit: {@code ... Foto: ACNUR/Name}, {@code Photo: IOM 2021}. */
  static boolean isCaption(String text) {
    int from = Math.max(0, text.length() - CREDIT_WINDOW);
    if (text.indexOf(':', from) < 0) {
      return false; // most lines: one vectorised scan of the window instead of the loop below
    }
    int colon = text.length() - 1;
    while (colon >= from && text.charAt(colon) != ':') {
      colon--; // only the end of a long paragraph is looked at
    }
    if (colon < from || colon == text.length() - 1) {
      return false;
    }
    int start = colon;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return start < colon && CREDITS.contains(DateLineParser.foldText(text.substring(start, colon)));
  }

  /**
   * A short comma-separated list of capitalised names of up to three words each: {@code Honduras,
   * El Salvador, Costa Rica}, {@code • Consul General • Education • Exchanges}. A title has longer
   * runs of words or other punctuation.
   */
  static boolean isNameList(String text) {
    if (text.length() < MIN_NAME_LENGTH || text.length() > MAX_LABEL_LENGTH || text.endsWith(".")) {
      return false;
    }
    int words = 0;
    int wordsInName = 0;
    boolean comma = false;
    boolean wordStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        wordStart = true;
      } else if (c == ',' || c == '/' || c == '|' || c == '·' || c == '•') {
        comma = true;
        wordsInName = 0;
        wordStart = true;
      } else if (Character.isLetter(c)
          || c == '-'
          || c == '.'
          || c == '\''
          || c == '’'
          || c == '&') {
        if (wordStart) {
          wordStart = false;
          words++;
          wordsInName++;
          if (Character.isLowerCase(c) && !isConnector(text, i)) {
            return false;
          }
          if (wordsInName > 3) {
            return false;
          }
        }
      } else {
        return false;
      }
    }
    return words > 1 && comma;
  }

  /** Lower-case words that may stand between the names of a list. */
  private static final Set<String> NAME_CONNECTORS =
      ImmutableSet.of("de", "del", "and", "y", "et", "e", "do", "da", "of", "the", "la", "du");

  /** Longer than the longest of {@link #NAME_CONNECTORS}. */
  private static final int MAX_NAME_CONNECTOR = 3;

  private static boolean isConnector(String text, int start) {
    int end = start;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
      if (end - start > MAX_NAME_CONNECTOR) {
        return false; // most words of a title: no copy to find that out
      }
    }
    return NAME_CONNECTORS.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
  }

  /**
   * A folded line without the marks a link's text may carry around it: {@code [Read more]}, {@code
   * Read more »}, {@code Continue reading →}, {@code Read more...}.
   */
  private static String stripEnd(String folded) {
    int start = 0;
    int end = folded.length();
    while (start < end && "[(«‹<←".indexOf(folded.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && ":|>»›→.…])".indexOf(folded.charAt(end - 1)) >= 0) {
      end--;
    }
    return folded.substring(start, end).strip();
  }
}
