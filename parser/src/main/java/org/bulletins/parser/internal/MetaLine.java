package org.bulletins.parser.internal;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A line about an item rather than of it, with no date in it: a byline alone ({@code By Jane Doe,
 * Staff Writer}, {@code Por Ana Costa}) or a blog's footer of parts parted by bars, middle dots or
 * bullets ({@code Posted in Harbour News | Leave a comment}, {@code Publié dans Actualités | Lien
 * permanent | Commentaires (0)}). Such lines are labels: left in the text, a byline joined the
 * body's first paragraph and a footer became a paragraph of its own.
 *
 * <p>A footer needs one part that only a footer has (where the item was filed, a comment link or
 * count, a permalink, who posted it and when: {@code Posted by Jane Doe at 09:00 AM in Maps},
 * {@code Publicado por Ana Costa a las 9:15}); its other parts may be label words, fields or
 * bylines. A part that could be a title ({@code News | Harbour board approves a second berth})
 * leaves the line to the other rules.
 */
final class MetaLine {

  /** Longest line considered, in chars. */
  static final int MAX_LENGTH = 120;

  /** Longest part that opens with a digit and may be a count ({@code 1,245 visualizações}). */
  private static final int MAX_COUNT_PART = 28;

  /** Longer than the longest of {@link #FIRST_WORDS}. */
  private static final int MAX_FIRST_WORD = 13;

  /** Longest text after a byline's name, after a comma: its role or outlet. */
  private static final int MAX_ROLE_WORDS = 6;

  /** Most words of a category standing as a part of its own ({@link #isCategory}). */
  private static final int MAX_CATEGORY_WORDS = 4;

  /** Most categories in a footer beside who posted the item. */
  private static final int MAX_CATEGORIES = 2;

  /** Longest text after {@link #FILED_IN}: a category or two. */
  private static final int MAX_FILED_IN = 60;

  /** What opens the part that says where the item was filed, folded. */
  private static final List<String> FILED_IN =
      ImmutableList.of(
          "posted in ",
          "filed under ",
          "published in ",
          "categorized as ",
          "publicado en ",
          "archivado en ",
          "publie dans ",
          "classe dans ",
          "publicado em ",
          "arquivado em ");

  /** Parts that only a footer has, folded. */
  private static final Set<String> FOOTER_WORDS =
      ImmutableSet.of(
          "leave a comment",
          "leave a reply",
          "no comments",
          "comments off",
          "comments closed",
          "permalink",
          "deja un comentario",
          "dejar un comentario",
          "deja una respuesta",
          "sin comentarios",
          "enlace permanente",
          "laisser un commentaire",
          "laissez un commentaire",
          "pas de commentaire",
          "aucun commentaire",
          "lien permanent",
          "permalien",
          "deixe um comentario",
          "deixe uma resposta",
          "sem comentarios",
          "link permanente");

  /**
   * Who posted the item, and perhaps when and where it was filed, as blogs close a post: {@code
   * Posted by Jane Doe at 09:00 AM in Maps}, {@code Publié par Marie Dupont à 10:12 dans Cartes},
   * {@code Postado por Ana Costa às 10:12}, {@code Posted at 9:00 AM}. The name is checked as a
   * byline's ({@link Byline#isName}).
   */
  private static final Pattern POSTED =
      Pattern.compile(
          "(?iu)(?:(?:posted|written|publicad[oa]|escrit[oa]|postad[oa]|publiée?|postée?|écrit)"
              + " (?:by|por|par)"
              + " (?<name>[^|]+?)|posted)(?: (?:at|a las|a la|à|às) \\d{1,2}[:.h]\\d{2}"
              + "(?: ?[ap]\\.?m\\.?)?)?(?: (?:in|en|dans|em) [^|]{1,60})?");

  /**
   * The first words, in lower case, of a byline, of {@link #FILED_IN} and {@link #FOOTER_WORDS},
   * and of a count of comments: a line of one part opens with one of them (or a count's digit).
   */
  private static final Set<String> FIRST_WORDS =
      ImmutableSet.<String>builder()
          .addAll(Byline.WORDS)
          .addAll(firstWords(FILED_IN))
          .addAll(firstWords(FOOTER_WORDS))
          .add("comments", "commentaires", "comentarios", "comentários", "reactions")
          .add("publié", "classé") // as written, before folding
          .addAll(SignedDate.VERBS) // "Posted by ...", folded
          .add("écrit", "rédigé", "posté") // as written
          .build();

  /** {@link #FIRST_WORDS} by their length, 0 to {@link #MAX_FIRST_WORD}. */
  private static final List<List<String>> FIRST_WORDS_BY_LENGTH = byLength(FIRST_WORDS);

  /** The first letters of {@link #FIRST_WORDS}. */
  private static final String FIRST_INITIALS =
      FIRST_WORDS.stream()
          .map(word -> word.substring(0, 1))
          .distinct()
          .collect(Collectors.joining());

  private MetaLine() {}

  /**
   * Whether a line is a byline or a footer.
   *
   * @param text the line, as the classifier detects labels in it (normalised)
   * @return true for a byline or a footer
   */
  static boolean is(String text) {
    if (text.length() > MAX_LENGTH || !mayBeOne(text)) {
      return false;
    }
    return (Byline.opens(DateLineParser.foldText(text)) && isBylineWithRole(text))
        || isFooterOfParts(text);
  }

  /**
   * Whether a line is a footer, which closes the item above it.
   *
   * @param text the line (normalised)
   * @return true for a footer
   */
  static boolean isFooter(String text) {
    return text.length() <= MAX_LENGTH && mayBeOne(text) && isFooterOfParts(text);
  }

  /** Whether every part may stand in a footer and one part only a footer has. */
  private static boolean isFooterOfParts(String text) {
    boolean footer = false;
    boolean posted = false;
    boolean linkOrCount = false; // a comment link, a count, a permalink: what only a footer has
    int categories = 0;
    for (String part : parts(text)) {
      String foldedPart = DateLineParser.foldText(part);
      if (isFooterPart(part, foldedPart)) {
        footer = true;
        boolean postedPart = isPosted(part);
        posted |= postedPart;
        linkOrCount |= !postedPart;
      } else if (!Byline.is(part, foldedPart)
          && !Labels.isWordLabel(part)
          && Labels.fieldValue(part) == null) {
        if (!isCategory(part)) {
          return false;
        }
        categories++;
      }
    }
    // A category stands only beside who posted the item: "Posté par Lucien à 14:00 - Vie locale";
    // parted by hyphens, a footer has a link or a count too ("Posted by Popular Demand - The
    // Town Band Returns" is a headline).
    return footer
        && (categories == 0 || (posted && categories <= MAX_CATEGORIES))
        && (linkOrCount || !isDashed(text));
  }

  private static boolean isDashed(String text) {
    return text.indexOf('|') < 0
        && text.indexOf('·') < 0
        && text.indexOf('•') < 0
        && text.contains(" - ");
  }

  /**
   * A part that may name the category a post was filed in: a few words, the first capitalised, no
   * sentence's end.
   */
  private static boolean isCategory(String part) {
    char last = part.charAt(part.length() - 1);
    return Character.isUpperCase(part.charAt(0))
        && part.split(" ").length <= MAX_CATEGORY_WORDS
        && ".!?:;".indexOf(last) < 0;
  }

  /** A part that only a footer has: where the item was filed, a comment link or count. */
  private static boolean isFooterPart(String written, String folded) {
    if (FOOTER_WORDS.contains(stripLinkMark(folded))
        || DecoratedDate.isCount(written, folded)
        || isPosted(written)) {
      return true;
    }
    for (String filed : FILED_IN) {
      if (folded.startsWith(filed)) {
        return folded.length() - filed.length() <= MAX_FILED_IN;
      }
    }
    return false;
  }

  /** The part without a link's mark after it: {@code Permalien [#]}. */
  private static String stripLinkMark(String folded) {
    return folded.endsWith(" [#]") ? folded.substring(0, folded.length() - 4) : folded;
  }

  /** Who posted the item, and perhaps when and where it was filed ({@link #POSTED}). */
  private static boolean isPosted(String written) {
    int space = written.indexOf(' ');
    if (space < 0
        || !SignedDate.VERBS.contains(DateLineParser.foldText(written.substring(0, space)))) {
      return false; // most parts: no matcher
    }
    Matcher posted = POSTED.matcher(written);
    if (!posted.matches()) {
      return false;
    }
    String name = posted.group("name");
    if (name == null) {
      return !written.equalsIgnoreCase("posted"); // "Posted at 9:00 AM", not the word alone
    }
    String byline = "by " + name;
    return Byline.isName(byline, byline.split(" ").length) || isOfficeName(name);
  }

  /** Small English words that make a sentence of what follows a signing verb. */
  private static final Set<String> ENGLISH_LINKS =
      ImmutableSet.of("at", "the", "on", "in", "to", "for", "from", "with", "after", "a", "an");

  /** The most words of an office that signs an item after a signing verb. */
  private static final int MAX_OFFICE_WORDS = 5;

  /**
   * An office's name, as sites sign after {@code Écrit par} or {@code Posted by} in sentence case
   * ({@code Secrétariat de mairie}, {@code Service communication}): a capitalised word, then up to
   * {@value #MAX_OFFICE_WORDS} words in all, each written as a name's word ({@link
   * Byline#isNameWord}) in any case.
   */
  private static boolean isOfficeName(String name) {
    String[] words = name.split(" ");
    if (words.length > MAX_OFFICE_WORDS || !Character.isUpperCase(name.charAt(0))) {
      return false;
    }
    for (String word : words) {
      if (word.isEmpty()
          || ENGLISH_LINKS.contains(word) // "Posted by Jane Doe at the harbour": a sentence
          || !Character.isLetter(word.charAt(0))
          || !Byline.isNameWord(word)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code By Jane Doe} or {@code By Jane Doe, Staff Writer}: a byline, then a short role; or a
   * byline, a dash or a bar, and the writer's office ({@code Por Joana Lobato - Secretaria
   * Municipal de Obras}, {@code Por Ana Souza - Repórter da Agência Brasil}), which opens with one
   * of {@link #OFFICE_WORDS} ({@code By Popular Demand - The Town Band Returns} is a headline).
   */
  private static boolean isBylineWithRole(String text) {
    int dash = dashBeforeOffice(text);
    if (dash > 0) {
      // a name of two words or more: "By Road - Agency Warns Drivers" is a headline
      String name = text.substring(0, dash);
      return TitleRule.words(name) >= MIN_OFFICE_BYLINE_WORDS
          && Byline.is(name, DateLineParser.foldText(name));
    }
    int comma = text.indexOf(", ");
    String name = comma < 0 ? text : text.substring(0, comma);
    if (!Byline.is(name, DateLineParser.foldText(name))) {
      return false;
    }
    if (comma < 0) {
      return true;
    }
    String role = text.substring(comma + 2).strip();
    char last = role.isEmpty() ? '.' : role.charAt(role.length() - 1);
    return role.split(" ").length <= MAX_ROLE_WORDS && ".!?:;".indexOf(last) < 0;
  }

  /** The first words of a writer's office after a byline's dash, folded. */
  private static final Set<String> OFFICE_WORDS =
      ImmutableSet.of(
          "secretaria",
          "secretariat",
          "assessoria",
          "ministerio",
          "ministry",
          "ministere",
          "department",
          "departamento",
          "departement",
          "office",
          "agencia",
          "agency",
          "agence",
          "prefeitura",
          "reporter",
          "correspondent",
          "correspondente",
          "corresponsal",
          "redacao",
          "redaccion",
          "redaction",
          "comunicacao",
          "comunicacion",
          "communication",
          "communications",
          "press",
          "prensa",
          "imprensa",
          "staff");

  /** The fewest words of a byline before a writer's office: its first word and a full name. */
  private static final int MIN_OFFICE_BYLINE_WORDS = 3;

  /** The most words of a writer's office after a byline's dash. */
  private static final int MAX_DASHED_OFFICE_WORDS = 9;

  /**
   * Where the dash or bar before a writer's office starts ({@code - Secretaria Municipal de
   * Saúde}), or -1: the office is a few words with no sentence's end and opens with one of {@link
   * #OFFICE_WORDS}.
   */
  private static int dashBeforeOffice(String text) {
    for (String separator : OFFICE_SEPARATORS) {
      int at = text.indexOf(separator);
      if (at > 0 && isOffice(text.substring(at + separator.length()).strip())) {
        return at;
      }
    }
    return -1;
  }

  /** A few words that open with one of {@link #OFFICE_WORDS}, with no sentence's end. */
  private static boolean isOffice(String office) {
    if (office.isEmpty() || TitleRule.words(office) > MAX_DASHED_OFFICE_WORDS) {
      return false;
    }
    String first = DateLineParser.foldText(office.split(" ", 2)[0]);
    return OFFICE_WORDS.contains(first) && ".!?:;".indexOf(office.charAt(office.length() - 1)) < 0;
  }

  private static final List<String> OFFICE_SEPARATORS = List.of(" - ", " – ", " — ", " | ");

  /**
   * A cheap necessary condition, without folding (most titles get here): the line, or a part after
   * one of its separators, opens like a byline or a footer's part ({@link #opensLikeOne}).
   */
  private static boolean mayBeOne(String text) {
    if (opensLikeOne(text, 0)) {
      return true;
    }
    if (text.indexOf('|') < 0 && text.indexOf('·') < 0 && text.indexOf('•') < 0) {
      return false; // one part only, and it opens like none
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '|' || c == '·' || c == '•') && opensLikeOne(text, i + 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text from {@code from} on (spaces skipped) opens with a count's digit or with one
   * of {@link #FIRST_WORDS}.
   */
  private static boolean opensLikeOne(String text, int from) {
    int start = from;
    while (start < text.length() && text.charAt(start) == ' ') {
      start++;
    }
    if (start == text.length()) {
      return false;
    }
    char first = text.charAt(start);
    if (first >= '0' && first <= '9') {
      return partLength(text, start) <= MAX_COUNT_PART; // "1,245 views", not "2024 budget ..."
    }
    if (FIRST_INITIALS.indexOf(Character.toLowerCase(first)) < 0) {
      return false;
    }
    int space = text.indexOf(' ', start);
    int length = (space < 0 ? text.length() : space) - start;
    if (length > MAX_FIRST_WORD) {
      return false;
    }
    // No lower-case copy of the word: the few first words of its length, compared in place.
    for (String word : FIRST_WORDS_BY_LENGTH.get(length)) {
      if (text.regionMatches(true, start, word, 0, length)) {
        return true;
      }
    }
    return false;
  }

  /** The chars from {@code start} to the next separator or the end. */
  private static int partLength(String text, int start) {
    int end = start;
    while (end < text.length() && "|·•".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    return end - start;
  }

  private static List<List<String>> byLength(Set<String> words) {
    List<List<String>> lists = new ArrayList<>();
    for (int length = 0; length <= MAX_FIRST_WORD; length++) {
      List<String> ofLength = new ArrayList<>();
      for (String word : words) {
        if (word.length() == length) {
          ofLength.add(word);
        }
      }
      lists.add(List.copyOf(ofLength));
    }
    return List.copyOf(lists);
  }

  private static List<String> firstWords(Iterable<String> phrases) {
    List<String> words = new ArrayList<>();
    for (String phrase : phrases) {
      words.add(phrase.split(" ")[0]);
    }
    return words;
  }

  /**
   * The parts of a line parted by bars, middle dots or bullets, each stripped; none if empty. A
   * line without them may be parted by spaced hyphens, as Canalblog closes a post: {@code Posté par
   * Lucien à 14:00 - Vie locale - Commentaires [0] - Permalien [#]}.
   */
  private static List<String> parts(String text) {
    if (isDashed(text)) {
      return Splitter.on(" - ").trimResults().splitToList(text);
    }
    List<String> parts = new ArrayList<>(4);
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || "|·•".indexOf(text.charAt(i)) >= 0) {
        String part = text.substring(start, i).strip();
        if (part.isEmpty()) {
          return List.of();
        }
        parts.add(part);
        start = i + 1;
      }
    }
    return parts;
  }
}
