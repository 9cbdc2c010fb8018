package org.bulletins.parser.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Set;

/**
 * A news agency's sign-off under a story: who reported, wrote and edited it ({@code Reporting by
 * Jane Mills in London; Editing by Tom Brown}, {@code (Reporte de Ana Ruiz; Editado en español por
 * Luis Gil)}, {@code (Reportage Jean Dupont, version française Marc Durand)}, {@code Com
 * informações da Reuters}). Such a line is a label: left in the text it became a paragraph, and on
 * a page with no blank lines the title-like line was read as the next item's title.
 *
 * <p>The line, without brackets, a leading dash and a final period, is parts parted by {@code ;}
 * and {@code ,}; the first opens with a {@linkplain #LEAD_INS lead-in}, and every part is a lead-in
 * followed by names, or names alone: capitalised words, with particles ({@code de}, {@code van}),
 * places ({@code in London}) and {@code and} between them. {@code Reporting by women journalists
 * rises} and {@code Avec la hausse des prix} are no sign-offs.
 */
final class SignOff {

  /** Longest line considered, in chars. */
  static final int MAX_LENGTH = 220;

  /** Most words in one part: a few names and a place. */
  private static final int MAX_PART_WORDS = 12;

  /** What opens a part of a sign-off, folded, each followed by a space. */
  private static final List<String> LEAD_INS =
      ImmutableList.of(
          "reporting by ",
          "additional reporting by ",
          "reporting and writing by ",
          "writing by ",
          "editing by ",
          "compiled by ",
          "research by ",
          "with assistance from ",
          "reporte de ",
          "reporte adicional de ",
          "reportaje de ",
          "reportaje adicional de ",
          "informacion de ",
          "con informacion de ",
          "editado por ",
          "editado en espanol por ",
          "edicion de ",
          "reportagem de ",
          "reportagem adicional de ",
          "com informacoes de ",
          "com informacoes da ",
          "com informacoes do ",
          "edicao de ",
          "editado em portugues por ",
          "reportage ",
          "reportage de ",
          "avec ",
          "version francaise ",
          "edite par ",
          "redige par ");

  /**
   * Lower-case words a part may hold between its names: particles of names and the words before a
   * place.
   */
  private static final Set<String> LINKS =
      ImmutableSet.of(
          "a", "and", "at", "da", "das", "de", "del", "della", "der", "des", "di", "do", "dos",
          "du", "e", "em", "en", "et", "from", "in", "la", "le", "van", "von", "y");

  /**
   * Lower-case words that name who reported, as a name would: {@code Con información de agencias}.
   */
  private static final Set<String> COMMON_NAMES =
      ImmutableSet.of("agencias", "agencies", "agences", "staff");

  /** The first letters of {@link #LEAD_INS}, as written in either case. */
  private static final String INITIALS = "racwiepvRACWIEPV";

  private SignOff() {}

  /**
   * Whether a line is a sign-off.
   *
   * @param text the line, as the classifier detects labels in it (normalised, non-blank)
   * @return true for a sign-off
   */
  static boolean is(String text) {
    if (text.length() > MAX_LENGTH) {
      return false;
    }
    String inner = unwrapped(text);
    if (inner.isEmpty() || INITIALS.indexOf(inner.charAt(0)) < 0) {
      return false; // most lines: no fold
    }
    String folded = DateLineParser.foldText(inner);
    if (folded.length() != inner.length() || leadIn(folded, 0) < 0) {
      return false; // a fold that changed the length would shift the parts' bounds
    }
    int space = inner.indexOf(' ');
    if (space + 1 < leadIn(folded, 0) && Character.isUpperCase(inner.charAt(space + 1))) {
      return false; // a headline in title case: "Research By Stanford Team Shows ..."
    }
    int from = 0;
    while (from <= inner.length()) {
      int end = nextSeparator(inner, from);
      if (!isPart(inner, folded, from, end)) {
        return false;
      }
      from = end + 1;
    }
    return true;
  }

  /** The line without its brackets, a leading dash and a final period. */
  private static String unwrapped(String text) {
    String inner = text.strip();
    while (!inner.isEmpty() && (inner.charAt(0) == '-' || inner.charAt(0) == '—')) {
      inner = inner.substring(1).strip(); // Bloomberg's "--With assistance from ..."
    }
    if (inner.endsWith(".")) {
      inner = inner.substring(0, inner.length() - 1);
    }
    if (inner.startsWith("(")) {
      inner = inner.substring(1).strip(); // "(Avec AFP": a page cut off its closing bracket
    }
    if (inner.endsWith(")")) {
      inner = inner.substring(0, inner.length() - 1).strip();
    }
    if (inner.endsWith(".")) {
      inner = inner.substring(0, inner.length() - 1);
    }
    return inner;
  }

  private static int nextSeparator(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ';' || c == ',') {
        return i;
      }
    }
    return text.length();
  }

  /** The length of the lead-in that opens {@code folded} at {@code at}, or -1. */
  private static int leadIn(String folded, int at) {
    for (String leadIn : LEAD_INS) {
      if (folded.startsWith(leadIn, at)) {
        return leadIn.length();
      }
    }
    return -1;
  }

  /** A part {@code [from, to)}: an optional lead-in, then names with their links. */
  private static boolean isPart(String text, String folded, int from, int to) {
    int at = from;
    while (at < to && text.charAt(at) == ' ') {
      at++;
    }
    int leadIn = leadIn(folded, at);
    if (leadIn > 0) {
      at += leadIn;
    }
    String[] words = text.substring(at, to).strip().split(" ");
    if (words.length > MAX_PART_WORDS) {
      return false;
    }
    boolean named = false;
    for (String word : words) {
      if (word.isEmpty()) {
        return false;
      }
      if (Character.isUpperCase(word.codePointAt(0))) {
        if (!Byline.isNameWord(word)) {
          return false;
        }
        named = true;
      } else {
        String lower = DateLineParser.foldText(word);
        if (COMMON_NAMES.contains(lower)) {
          named = true;
        } else if (!LINKS.contains(lower)) {
          return false;
        }
      }
    }
    return named;
  }
}
