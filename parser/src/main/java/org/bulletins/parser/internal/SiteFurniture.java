package org.bulletins.parser.internal;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The lines of a site's frame that a scraped page keeps around its news: skip links and menu words
 * ({@code Skip to main content}, {@code Menu}, {@code Buscar}), a breadcrumb trail ({@code Home >
 * News > Press releases}, {@code Inicio / Noticias}), page links ({@code « Previous 1 2 3 … 27 Next
 * »}, {@code Página 2 de 15}), a copyright line ({@code © 2024 City Council. All rights
 * reserved.}), a picture's caption with its credit ({@code Le lavoir restauré. © Mairie de
 * Saint-Aubin}), a town and its postal code ({@code Villeneuve-sur-Serein 89500}) and a cookie
 * banner ({@code We use cookies ... Accept all | Reject}). Such a line is a label: left as text it
 * became a paragraph of the last item, or an item of its own at the page's top.
 *
 * <p>A line that opens with {@code &} is none of these: the writer escapes a text's first char so,
 * and the line must read back as the text it was.
 */
final class SiteFurniture {

  /** Longest breadcrumb trail, in chars. */
  private static final int MAX_BREADCRUMB = 160;

  /** Most parts of a breadcrumb trail, and most words in one of them. */
  private static final int MAX_CRUMBS = 7;

  private static final int MAX_CRUMB_WORDS = 8;

  /** Longest row of page links, in chars. */
  private static final int MAX_PAGE_LINKS = 100;

  /** The fewest numbers of a row of page links with no page word. */
  private static final int MIN_PAGE_NUMBERS = 3;

  /** Longest copyright line, in chars. */
  private static final int MAX_COPYRIGHT = 300;

  /** Longest cookie banner, in chars. */
  private static final int MAX_COOKIE_BANNER = 400;

  /** Whole lines (folded) of a site's menus and links. */
  static final Set<String> MENU_LINES =
      ImmutableSet.of(
          "menu",
          "main menu",
          "open menu",
          "close menu",
          "toggle navigation",
          "navigation",
          "search",
          "search for",
          "buscar",
          "busqueda",
          "rechercher",
          "recherche",
          "pesquisar",
          "busca",
          "skip to main content",
          "skip to content",
          "skip navigation",
          "jump to content",
          "ir al contenido",
          "ir al contenido principal",
          "saltar al contenido",
          "saltar al contenido principal",
          "aller au contenu",
          "aller au contenu principal",
          "passer au contenu",
          "passer au contenu principal",
          "pular para o conteudo",
          "ir para o conteudo",
          "ir para o conteudo principal",
          "sign in",
          "log in",
          "login",
          "iniciar sesion",
          "se connecter",
          "connexion",
          "subscribe",
          "suscribete",
          "s'abonner",
          "assine",
          "load more",
          "show more",
          "ver mas",
          "cargar mas",
          "voir plus",
          "afficher plus",
          "carregar mais",
          "ver mais",
          "older entries",
          "newer entries",
          "back to news",
          "comments are closed",
          "leave a comment",
          "leave a reply",
          "los comentarios estan cerrados",
          "comentarios cerrados",
          "deja un comentario",
          "les commentaires sont fermes",
          "laisser un commentaire",
          "comentarios encerrados",
          "deixe um comentario");

  /** The first word of a breadcrumb trail, as written (compared in any case). */
  private static final List<String> HOMES_AS_WRITTEN =
      List.of(
          "home",
          "homepage",
          "inicio",
          "início",
          "portada",
          "accueil",
          "pagina inicial",
          "página inicial");

  /** The first letters of {@link #HOMES_AS_WRITTEN}. */
  private static final String HOME_INITIALS = "hipa";

  /** The first letters of {@link #FOOTER_INITIALS}. */
  private static final String FOOTER_LETTERS = "pfsai";

  /** The chars that part a breadcrumb trail. */
  private static final String CRUMB_SEPARATORS = ">›»/|→";

  /** The words of a row of page links, as written (compared in any case). */
  private static final List<String> PAGE_WORDS_AS_WRITTEN =
      List.of(
          "previous",
          "prev",
          "next",
          "first",
          "last",
          "page",
          "anterior",
          "siguiente",
          "primera",
          "última",
          "ultima",
          "página",
          "pagina",
          "précédent",
          "precedent",
          "précédente",
          "suivant",
          "suivante",
          "première",
          "dernière",
          "próxima",
          "proxima",
          "próximo",
          "primeira",
          "último",
          "seguinte");

  /** The first letters of {@link #PAGE_WORDS_AS_WRITTEN}, in lower case. */
  private static final String PAGE_INITIALS = "pnflasuúd";

  /** The words between a page's number and their count: {@code Page 2 of 15}. */
  private static final List<String> PAGE_CONNECTORS_AS_WRITTEN = List.of("of", "de", "sur");

  /** The most digits of a page's number. */
  private static final int MAX_PAGE_DIGITS = 4;

  /** Marks a row of page links may hold beside its numbers and words. */
  private static final String PAGE_MARKS = "«»‹›<>←→…";

  /** The most words of a copyright line with no {@code ©}: the word, a year and a short name. */
  private static final int MAX_COPYRIGHT_WORDS = 5;

  /** The word that opens a copyright line, and the space after it. */
  private static final String COPYRIGHT_WORD = "copyright ";

  /** Longest footer link line, in chars. */
  private static final int MAX_FOOTER_LINK = 80;

  /** The first three letters of {@link #FOOTER_OPENINGS}, as written in lower case. */
  private static final List<String> FOOTER_INITIALS =
      List.of("pow", "pro", "fol", "sub", "sig", "síg", "sus", "sui", "abo", "ins", "ass");

  /** The most words after a footer link's opening: names of a site's tools or networks. */
  private static final int MAX_FOOTER_LINK_WORDS = 4;

  /** How a footer's links open, folded. */
  private static final String[] FOOTER_OPENINGS = {
    "powered by ",
    "proudly powered by ",
    "follow us on ",
    "follow us:",
    "subscribe to our newsletter",
    "sign up for our newsletter",
    "siguenos en ",
    "suscribete a nuestro",
    "suivez-nous sur ",
    "abonnez-vous a notre",
    "inscrivez-vous a notre",
    "siga-nos no ",
    "siga-nos nas ",
    "assine nossa newsletter",
    "inscreva-se na nossa"
  };

  /** What a copyright line says at its start or end, as written (compared in any case). */
  private static final String[] RIGHTS_RESERVED = {
    "all rights reserved",
    "derechos reservados",
    "tous droits réservés",
    "tous droits reserves",
    "direitos reservados"
  };

  /** The first letters of {@link #COOKIE_NOTICES}. */
  private static final String NOTICE_INITIALS = "wtobuenca";

  /** How a cookie banner opens, speaking to its reader, as written (compared in any case). */
  private static final String[] COOKIE_NOTICES = {
    "we use ",
    "this site uses",
    "this website uses",
    "our site uses",
    "our website uses",
    "by continuing",
    "utilizamos ",
    "usamos ",
    "este sitio",
    "esta web",
    "este site",
    "nous utilisons",
    "ce site",
    "en poursuivant",
    "al continuar",
    "ao continuar"
  };

  /** The buttons of a cookie banner, folded. */
  private static final String[] COOKIE_BUTTONS = {
    "accept",
    "agree",
    "got it",
    "reject",
    "aceptar",
    "acepto",
    "rechazar",
    "accepter",
    "refuser",
    "aceitar",
    "aceito",
    "rejeitar",
    "concordo"
  };

  private SiteFurniture() {}

  /**
   * Whether a line is part of the site's frame.
   *
   * @param text the line, as the classifier detects labels in it (normalised, non-blank)
   * @return true for a breadcrumb trail, page links, a copyright line or a cookie banner (menu
   *     words are {@link Labels#isWordLabel} lines, through {@link #MENU_LINES}), or a picture's
   *     caption with its credit, or a picture's caption with its credit
   */
  static boolean is(String text) {
    char first = text.charAt(0);
    if (first == '&') {
      return false;
    }
    if (isMarkOnly(text)
        || isCopyright(text)
        || isCookieBanner(text)
        || isCreditedCaption(text)
        || PostalPlace.is(text)) {
      return true;
    }
    if (text.length() > MAX_BREADCRUMB) {
      return false; // the longest of the others
    }
    char initial = Character.toLowerCase(first); // most lines: two char scans and a word
    return (HOME_INITIALS.indexOf(initial) >= 0 && isBreadcrumb(text))
        || isPageLinks(text)
        || (FOOTER_LETTERS.indexOf(initial) >= 0 && isFooterLink(text));
  }

  /**
   * A footer's line that opens with one of {@link #FOOTER_OPENINGS} ({@code Powered by WordPress},
   * {@code Follow us on Instagram}, {@code Suscríbete a nuestro boletín}), short as links are.
   */
  private static boolean isFooterLink(String text) {
    if (text.length() > MAX_FOOTER_LINK || !opensLikeFooter(text)) {
      return false; // most lines: no fold
    }
    String folded = DateLineParser.foldText(text);
    for (String opening : FOOTER_OPENINGS) {
      if (folded.startsWith(opening)) {
        // "Powered by WordPress | Theme by X", "Follow us on Instagram"; "Powered by solar, the
        // new ferry ..." and "Follow us on the trail of ..." are headlines
        String rest = folded.substring(opening.length());
        return rest.indexOf('|') >= 0
            || (TitleRule.words(rest.strip()) <= MAX_FOOTER_LINK_WORDS
                && !TitleRule.endsSentence(folded)
                && rest.indexOf(',') < 0);
      }
    }
    return false;
  }

  /** {@code Home > News > Press releases}: a home word, then short parts parted by one mark. */
  private static boolean isBreadcrumb(String text) {
    int home = homeLength(text);
    if (text.length() > MAX_BREADCRUMB || home < 0) {
      return false; // most lines: a few compares
    }
    char separator = 0;
    for (int i = 0; i < text.length() && separator == 0; i++) {
      if (CRUMB_SEPARATORS.indexOf(text.charAt(i)) >= 0) {
        separator = text.charAt(i);
      }
    }
    if (separator == 0) {
      return false;
    }
    String[] crumbs = text.split(Pattern.quote(String.valueOf(separator)), -1);
    if (crumbs.length < 2 || crumbs.length > MAX_CRUMBS || crumbs[0].strip().length() != home) {
      return false;
    }
    for (String crumb : crumbs) {
      String part = crumb.strip();
      if (part.isEmpty() || part.split(" ").length > MAX_CRUMB_WORDS) {
        return false;
      }
    }
    return true;
  }

  /** Whether the text opens with the first three letters of a footer's link, in any case. */
  private static boolean opensLikeFooter(String text) {
    char initial = Character.toLowerCase(text.charAt(0));
    for (String initials : FOOTER_INITIALS) {
      if (initials.charAt(0) == initial
          && text.regionMatches(true, 0, initials, 0, initials.length())) {
        return true;
      }
    }
    return false;
  }

  /** The length of the home word the text opens with before a space or a separator, or -1. */
  private static int homeLength(String text) {
    char initial = Character.toLowerCase(text.charAt(0));
    for (String home : HOMES_AS_WRITTEN) {
      int n = home.length();
      if (home.charAt(0) == initial
          && text.length() > n
          && text.regionMatches(true, 0, home, 0, n)
          && (text.charAt(n) == ' ' || CRUMB_SEPARATORS.indexOf(text.charAt(n)) >= 0)) {
        return n;
      }
    }
    return -1;
  }

  /**
   * {@code « Previous 1 2 3 … 27 Next »}, {@code Page 2 of 15}, {@code 1 2 3 4}: numbers, page
   * words and arrows only, with three numbers or more, or one beside a page word ({@code 11 de
   * 2024} is the end of a date cut over lines).
   */
  private static boolean isPageLinks(String text) {
    if (text.length() > MAX_PAGE_LINKS || !mayOpenPageLinks(text.charAt(0))) {
      return false; // most lines: one compare, then their first word
    }
    int numbers = 0;
    int words = 0;
    int n = text.length();
    for (int start = 0; start < n; ) {
      int end = text.indexOf(' ', start);
      end = end < 0 ? n : end;
      if (end > start) {
        if (isPageNumber(text, start, end)) {
          numbers++;
        } else if (isOneOf(PAGE_WORDS_AS_WRITTEN, text, start, end)) {
          words++;
        } else if (!isOneOf(PAGE_CONNECTORS_AS_WRITTEN, text, start, end)
            && !isPageMarks(text, start, end)) {
          return false; // most lines: at their first word, with nothing made
        }
      }
      start = end + 1;
    }
    return numbers >= MIN_PAGE_NUMBERS || (numbers >= 1 && words >= 1);
  }

  /** Whether a char may open a row of page links: a digit, a mark, a page word's initial. */
  private static boolean mayOpenPageLinks(char first) {
    return (first >= '0' && first <= '9')
        || PAGE_MARKS.indexOf(first) >= 0
        || PAGE_INITIALS.indexOf(Character.toLowerCase(first)) >= 0;
  }

  /** Whether {@code text[start, end)} is one of the words, in any case. */
  private static boolean isOneOf(List<String> words, String text, int start, int end) {
    int length = end - start;
    for (int k = 0; k < words.size(); k++) {
      String word = words.get(k);
      if (word.length() == length && matchesAt(text, start, word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPageNumber(String text, int start, int end) {
    if (end - start > MAX_PAGE_DIGITS) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isPageMarks(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (PAGE_MARKS.indexOf(text.charAt(i)) < 0 && text.charAt(i) != '.') {
        return false;
      }
    }
    return true;
  }

  /** The most words of a picture's credit after its {@code ©}. */
  private static final int MAX_CREDIT_WORDS = 6;

  /** The longest caption with its credit. */
  private static final int MAX_CAPTION = 200;

  /**
   * A picture's caption that ends with its credit after a {@code ©} ({@code Les bénévoles devant le
   * lavoir. © Mairie de Saint-Aubin}, {@code Photo d'illustration. © Adobe Stock}): a few words
   * after the sign, with no sentence in them; or with an agency's credit ({@link
   * #endsWithAgencyCredit}).
   */
  private static boolean isCreditedCaption(String text) {
    if (text.length() > MAX_CAPTION) {
      return false; // a paragraph: not scanned
    }
    int sign = text.lastIndexOf('©');
    if (sign <= 0 || text.charAt(sign - 1) != ' ') {
      return endsWithAgencyCredit(text);
    }
    String credit = text.substring(sign + 1).strip();
    return !credit.isEmpty()
        && TitleRule.words(credit) <= MAX_CREDIT_WORDS
        && credit.indexOf(". ") < 0
        && !credit.endsWith("!")
        && !credit.endsWith("?");
  }

  /** The news agencies whose photographers are credited as {@code EFE/Name}, as written. */
  private static final List<String> AGENCIES =
      List.of("EFE", "AFP", "REUTERS", "Reuters", "EPA", "ANSA", "DPA", "Lusa", "ANP");

  /**
   * A picture's caption that ends with an agency's credit after its sentence ({@code Estado en el
   * que quedó la nave. EFE/Fernando Villar}): the agency, a slash and a name of a few words.
   */
  private static boolean endsWithAgencyCredit(String text) {
    int slash = text.lastIndexOf('/');
    int space = text.lastIndexOf(' ', slash);
    if (slash <= 0 || space <= 0 || !TitleRule.endsSentence(text.substring(0, space))) {
      return false;
    }
    String agency = text.substring(space + 1, slash);
    String name = text.substring(slash + 1).strip();
    return AGENCIES.contains(agency)
        && !name.isEmpty()
        && Character.isUpperCase(name.charAt(0))
        && TitleRule.words(name) <= MAX_CREDIT_WORDS
        && !TitleRule.endsSentence(name);
  }

  /** The longest line of marks alone ({@link #isMarkOnly}). */
  private static final int MAX_MARK_LINE = 3;

  /**
   * A line of a separator's, a bullet's or a bracket's marks alone ({@code -}, {@code |}, {@code •
   * •}, {@code )}): what is left of a list's bullet, a separator, an icon or a link's brackets. It
   * names nothing, so it is never a title.
   */
  private static boolean isMarkOnly(String text) {
    if (text.length() > MAX_MARK_LINE) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (MARKS.indexOf(text.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** The marks of {@link #isMarkOnly}: not an ellipsis, a question or a scene break. */
  private static final String MARKS = "-–—|•·>»()[] ";

  /** {@code © 2024 City Council.}, {@code Copyright 2024 ...}, {@code ... All rights reserved.} */
  private static boolean isCopyright(String text) {
    if (text.length() > MAX_COPYRIGHT) {
      return false;
    }
    char first = text.charAt(0);
    if (first == '©' || text.startsWith("(c) ") || text.startsWith("(C) ")) {
      return true;
    }
    if ((first == 'C' || first == 'c')
        && text.length() > COPYRIGHT_WORD.length()
        && text.regionMatches(true, 0, COPYRIGHT_WORD, 0, COPYRIGHT_WORD.length())
        && "©(0123456789".indexOf(text.charAt(COPYRIGHT_WORD.length())) >= 0
        && (text.indexOf('©') >= 0 || TitleRule.words(text) <= MAX_COPYRIGHT_WORDS)) {
      return true; // "Copyright 2024 ...", "Copyright © ..."; "Copyright law changes" is a title
    }
    // "... 2024. Todos los derechos reservados.", "Tous droits réservés - Mairie de ...": the
    // phrase opens or closes the line; compared in place, so that most lines cost a few compares.
    int end = text.length();
    while (end > 0 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == ' ')) {
      end--;
    }
    for (String phrase : RIGHTS_RESERVED) {
      int n = phrase.length();
      if ((text.length() >= n && matchesAt(text, 0, phrase))
          || (end >= n && matchesAt(text, end - n, phrase))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code text} holds {@code word} (in lower case) at {@code at}, in any case; the first
   * char is compared alone first, since most lines differ there and a compare that ignores case
   * costs more per char.
   */
  private static boolean matchesAt(String text, int at, String word) {
    return Character.toLowerCase(text.charAt(at)) == word.charAt(0)
        && text.regionMatches(true, at, word, 0, word.length());
  }

  /** A notice about cookies that speaks to the reader and offers a button. */
  private static boolean isCookieBanner(String text) {
    if (text.length() > MAX_COOKIE_BANNER || !opensWithNotice(text) || text.indexOf("ookie") < 0) {
      return false; // most lines: a few compares of their first chars
    }
    return containsAny(DateLineParser.foldText(text), COOKIE_BUTTONS);
  }

  /** Whether the text opens as a cookie banner speaks to its reader ({@code We use cookies}). */
  private static boolean opensWithNotice(String text) {
    char initial = Character.toLowerCase(text.charAt(0));
    if (NOTICE_INITIALS.indexOf(initial) < 0) {
      return false;
    }
    for (String notice : COOKIE_NOTICES) {
      if (notice.charAt(0) == initial && text.regionMatches(true, 0, notice, 0, notice.length())) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsAny(String text, String[] phrases) {
    for (String phrase : phrases) {
      if (text.contains(phrase)) {
        return true;
      }
    }
    return false;
  }
}
