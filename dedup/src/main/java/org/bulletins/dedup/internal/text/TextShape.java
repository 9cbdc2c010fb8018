package org.bulletins.dedup.internal.text;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletins.model.TextFolding;
import org.bulletins.model.text.HtmlEntities;

/**
 * Word-level helpers shared by the stages: folded words, stop words, site prefixes and suffixes of
 * titles, teaser endings and shingles.
 */
public final class TextShape {

  /**
   * {@link #isLetterOrNumber} for ASCII, first so that every static field below may use it: a table
   * read in the loops that run for every char.
   */
  private static final boolean[] ASCII_WORD = asciiWordChars();

  private static final Pattern TEASER_END =
      Pattern.compile(
          "(?i)(?:\\s*(?:\\[\\s*(?:\\.\\.\\.|\u2026)\\s*]|\\.\\.\\.|\u2026))?\\s*"
              + "(?:\\(?(?:read more|continue reading|read the full (?:story|article)|more|leer m[aá]s)\\)?"
              + "\\s*(?:\u00bb|>>|\u2192|>)?\\s*)$");
  private static final Pattern ELLIPSIS_END =
      Pattern.compile("\\s*(?:\\[\\s*(?:\\.\\.\\.|\u2026)\\s*]|\\.\\.\\.|\u2026)\\s*$");

  // The loops over a title's or a paragraph's chars read a copy of them (getChars, toCharArray)
  // or call indexOf, never String.charAt: a charAt loop compiled while strings of both of String's
  // codings (Latin-1, UTF-16) pass carries checks for one coding, guessed from its profile, that
  // fail on the other later, and each failure throws away the compiled signing code it is inlined
  // in.

  /** English and Spanish words too common to tell stories apart. */
  public static final ImmutableSet<String> STOP_WORDS =
      ImmutableSet.copyOf(
          ("a an the and or but of to in on at by for with from as into onto about over under"
                  + " between among through during within without is are was were be been being has"
                  + " have had do does did will would can could should may might must this that"
                  + " these those it its they them their he she his her we our you your which who"
                  + " whom whose what when where why how all any both each more most other some such"
                  + " no nor not only own same so than too very s t also just than then there here"
                  + " up out if while after before again further once de la el los las y en del un"
                  + " una por para con que se")
              .split(" "));

  private TextShape() {}

  /**
   * The folded words of a text, in order.
   *
   * @param text any text
   * @return lower-case words of letters and digits
   */
  public static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    String folded = TextFolding.fold(HtmlEntities.decode(text));
    int n = folded.length();
    for (int i = skipToWord(folded, 0); i < n; i = skipToWord(folded, i)) {
      int end = endOfRun(folded, i);
      words.add(folded.substring(i, end));
      i = end;
    }
    return words;
  }

  /**
   * True for the code points of the regex class {@code [\\p{L}\\p{N}]}: letters and numbers of any
   * script. A loop over this replaces the regex, which cost a fifth of feature extraction.
   *
   * @param codePoint a code point
   * @return true for a letter or a number
   */
  public static boolean isLetterOrNumber(int codePoint) {
    if (codePoint < 0x80) {
      return ASCII_WORD[codePoint];
    }
    return isNonAsciiLetterOrNumber(codePoint);
  }

  private static boolean[] asciiWordChars() {
    boolean[] table = new boolean[0x80];
    for (int c = 0; c < 0x80; c++) {
      table[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return table;
  }

  private static boolean isNonAsciiLetterOrNumber(int codePoint) {
    return switch (Character.getType(codePoint)) {
      case Character.UPPERCASE_LETTER,
          Character.LOWERCASE_LETTER,
          Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER,
          Character.OTHER_LETTER,
          Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER,
          Character.OTHER_NUMBER ->
          true;
      default -> false;
    };
  }

  /**
   * The index of the first letter or number at or after {@code from}, or the length.
   *
   * @param text a text
   * @param from where to start
   * @return the start of the next word
   */
  public static int skipToWord(String text, int from) {
    int i = from;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c < 0x80) {
        // Most chars: one table read, without codePointAt's surrogate checks.
        if (ASCII_WORD[c]) {
          return i;
        }
        i++;
        continue;
      }
      int cp = text.codePointAt(i);
      if (isLetterOrNumber(cp)) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return text.length();
  }

  /**
   * The end of the run of letters and numbers that starts at {@code from}.
   *
   * @param text a text
   * @param from the start of a run
   * @return the index after its last letter or number
   */
  public static int endOfRun(String text, int from) {
    int i = from;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if (!ASCII_WORD[c]) {
          return i;
        }
        i++;
        continue;
      }
      int cp = text.codePointAt(i);
      if (!isLetterOrNumber(cp)) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return text.length();
  }

  /**
   * {@link #skipToWord(String, int)} in {@code c[0, n)}, for code that reads a text's chars once
   * copied rather than through {@link String#charAt}.
   *
   * @param c the chars of a text
   * @param from where to start
   * @param n the text's length
   * @return the start of the next word, or {@code n}
   */
  public static int skipToWord(char[] c, int from, int n) {
    int i = from;
    while (i < n) {
      char ch = c[i];
      if (ch < 0x80) {
        if (ASCII_WORD[ch]) {
          return i;
        }
        i++;
        continue;
      }
      int cp = Character.codePointAt(c, i, n);
      if (isLetterOrNumber(cp)) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return n;
  }

  /**
   * {@link #endOfRun(String, int)} in {@code c[0, n)}.
   *
   * @param c the chars of a text
   * @param from the start of a run
   * @param n the text's length
   * @return the index after its last letter or number
   */
  public static int endOfRun(char[] c, int from, int n) {
    int i = from;
    while (i < n) {
      char ch = c[i];
      if (ch < 0x80) {
        if (!ASCII_WORD[ch]) {
          return i;
        }
        i++;
        continue;
      }
      int cp = Character.codePointAt(c, i, n);
      if (!isLetterOrNumber(cp)) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return n;
  }

  /**
   * The words that are not stop words.
   *
   * @param words folded words
   * @return the content words, in order
   */
  public static List<String> contentWords(List<String> words) {
    return words.stream()
        .filter(w -> !STOP_WORDS.contains(w))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Word shingles: every run of {@code size} consecutive words, joined by a space. A text shorter
   * than {@code size} words gives one shingle of all its words; an empty text gives none.
   *
   * @param words folded words
   * @param size words per shingle, at least 1
   * @return the shingles as a set
   */
  public static ImmutableSet<String> shingles(List<String> words, int size) {
    if (words.isEmpty()) {
      return ImmutableSet.of();
    }
    if (words.size() <= size) {
      return ImmutableSet.of(String.join(" ", words));
    }
    ImmutableSet.Builder<String> out = ImmutableSet.builder();
    for (int i = 0; i + size <= words.size(); i++) {
      out.add(String.join(" ", words.subList(i, i + size)));
    }
    return out.build();
  }

  /**
   * Tells whether a body is a teaser: its last paragraph ends with an ellipsis or a "Read more"
   * link.
   *
   * @param paragraphs the body
   * @return true for a teaser
   */
  public static boolean isTeaser(List<String> paragraphs) {
    if (paragraphs.isEmpty()) {
      return false;
    }
    String last = paragraphs.get(paragraphs.size() - 1);
    if (!mayEndLikeTeaser(last)) {
      return false;
    }
    int from = teaserTailStart(last);
    return ELLIPSIS_END.matcher(last).region(from, last.length()).find()
        || TEASER_END.matcher(last).region(from, last.length()).find();
  }

  /**
   * The most chars other than regex whitespace ({@code \s}) that a match of {@code TEASER_END} or
   * {@code ELLIPSIS_END}, and what may follow it before the end ({@code $} also matches before a
   * final line terminator), can hold: each such char is matched by one literal or class of the
   * patterns, and {@code TEASER_END} has 28 of them at most ({@code [...]}, {@code (read the full
   * article)} less its spaces, {@code >>}, a final terminator). More than twice that, for a margin.
   */
  private static final int TEASER_TAIL_CHARS = 64;

  /**
   * Where a match of {@code TEASER_END} or {@code ELLIPSIS_END} in a paragraph can start at the
   * earliest: after the last {@value #TEASER_TAIL_CHARS} + 1 chars from the end that are not regex
   * whitespace. {@code find()} tries every start of a long paragraph; searching only from here
   * finds the same (leftmost) match, since none starts before it, and the patterns look neither
   * behind nor at the start ({@code ^}), so a region changes nothing else.
   */
  static int teaserTailStart(String paragraph) {
    // From copies of the tail, TAIL_CHUNK chars at a time (one copy for nearly every paragraph),
    // not by charAt (see the note at the top).
    char[] tail = new char[TAIL_CHUNK];
    int others = 0;
    int end = paragraph.length();
    while (end > 0) {
      int start = Math.max(0, end - TAIL_CHUNK);
      paragraph.getChars(start, end, tail, 0);
      // `k > 0` on the char before, not `k >= 0`: C2 (JDK 17) deoptimizes the compiled caller,
      // once, when a `>=` bound allows a single pass (a one-char chunk).
      for (int k = end - start; k > 0; k--) {
        char c = tail[k - 1];
        boolean space = c == ' ' || (c >= '\t' && c <= '\r'); // \s: [ \t\n\x0B\f\r]
        if (!space && ++others > TEASER_TAIL_CHARS) {
          return start + k;
        }
      }
      end = start;
    }
    return 0;
  }

  /** Chars of a paragraph's tail copied at once by {@link #teaserTailStart}. */
  private static final int TAIL_CHUNK = 2 * TEASER_TAIL_CHARS;

  /** {@code pattern.matcher(text).replaceFirst("")}, searching from {@link #teaserTailStart}. */
  private static String cutTeaserEnd(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text).region(teaserTailStart(text), text.length());
    if (!m.find()) {
      return text;
    }
    return text.substring(0, m.start()) + text.substring(m.end());
  }

  /**
   * A necessary condition of {@code TEASER_END} or {@code ELLIPSIS_END} matching: the text before
   * trailing whitespace ends a "read more" phrase (its last letter, bracket or arrow) or an
   * ellipsis. Both patterns are searched with {@code find()}, which tries every position of a long
   * paragraph; this check spares most paragraphs.
   */
  static boolean mayEndLikeTeaser(String paragraph) {
    // Regex $ also matches before a final line terminator such as NEL, which is not whitespace.
    // (An exclusive end, as in teaserTailStart.)
    int end = paragraph.length();
    while (end > 0
        && (Character.isWhitespace(paragraph.charAt(end - 1))
            || paragraph.charAt(end - 1) == '\u0085')) {
      end--;
    }
    if (end == 0) {
      return true;
    }
    int i = end - 1;
    return switch (paragraph.charAt(i)) {
      case '.' -> i >= 2 && paragraph.charAt(i - 1) == '.' && paragraph.charAt(i - 2) == '.';
      case '\u2026', ']', ')', '>', '\u00bb', '\u2192', 'e', 'E', 'g', 'G', 'y', 'Y', 's', 'S' ->
          true;
      default -> false;
    };
  }

  /**
   * The body without a teaser's ellipsis or "Read more" ending.
   *
   * @param paragraphs the body
   * @return the body text, teaser ending removed
   */
  public static String bodyWithoutTeaserEnd(List<String> paragraphs) {
    return String.join("\n\n", paragraphsWithoutTeaserEnd(paragraphs));
  }

  /**
   * The paragraphs of {@link #bodyWithoutTeaserEnd}, before they are joined: the body's, but for a
   * teaser ending cut from the last (which may drop it).
   *
   * @param paragraphs the body
   * @return the paragraphs kept, none blank, all but the last the body's own
   */
  public static List<String> paragraphsWithoutTeaserEnd(List<String> paragraphs) {
    List<String> kept = new ArrayList<>(paragraphs);
    while (!kept.isEmpty()) {
      String last = kept.get(kept.size() - 1);
      String cut = last;
      if (mayEndLikeTeaser(last)) {
        cut = cutTeaserEnd(TEASER_END, last);
        cut = cutTeaserEnd(ELLIPSIS_END, cut);
      }
      if (cut.isBlank()) {
        kept.remove(kept.size() - 1);
        continue;
      }
      kept.set(kept.size() - 1, cut);
      break;
    }
    return kept;
  }

  /**
   * The title without a site prefix ({@code "IOM: "}, {@code "News | "}) or suffix ({@code " |
   * IOM"}, {@code " - IOM Mexico"}). A segment counts as a site name when it is cut off by a bar,
   * or when it has at most three words and one of them is an acronym; so {@code "Guatemala: ..."}
   * keeps its country.
   *
   * @param title a title
   * @return the title without site affixes
   */
  public static String stripSiteAffixes(String title) {
    String t = title.strip();
    for (int round = 0; round < 2; round++) {
      if (!mayHaveSiteAffix(t)) {
        break; // most titles: no scan at all
      }
      // The patterns' groups (SiteAffixes: scans in place of the regexes, same groups).
      SiteAffixes.Split prefix = SiteAffixes.prefix(t);
      if (prefix != null && isSiteName(prefix.site(), prefix.barred(), prefix.rest())) {
        t = prefix.rest().strip();
        continue;
      }
      SiteAffixes.Split suffix = SiteAffixes.suffix(t);
      if (suffix != null && isSiteName(suffix.site(), suffix.barred(), suffix.rest())) {
        t = suffix.rest().strip();
        continue;
      }
      break;
    }
    return t;
  }

  /**
   * A necessary condition of the site prefix or suffix pattern ({@link SiteAffixes}) matching: the
   * title holds one of the separators they need ({@code : |} for a prefix, {@code | - – —} for a
   * suffix).
   */
  private static boolean mayHaveSiteAffix(String title) {
    // indexOf per separator, not a loop over charAt (see the note at the top): one intrinsic per
    // coding.
    return title.indexOf(':') >= 0
        || title.indexOf('|') >= 0
        || title.indexOf('-') >= 0
        || title.indexOf('\u2013') >= 0
        || title.indexOf('\u2014') >= 0;
  }

  /**
   * Tells whether {@code segment}, cut from a title by a separator, names the site rather than the
   * story; {@code rest} is the other side. A bar says nothing about which side is the site ("News |
   * Staff Trained in Guatemala", "Staff Trained | IOM"), so a barred segment must also be the
   * shorter side.
   */
  private static boolean isSiteName(String segment, boolean barred, String rest) {
    // The words as split("\\s+") cuts them, without a Pattern compiled per call.
    String[] words = SiteAffixes.words(segment.strip());
    if (words.length > (barred ? 5 : 3)) {
      return false;
    }
    if (barred) {
      return words.length < SiteAffixes.words(rest.strip()).length;
    }
    for (String word : words) {
      if (word.length() >= 2 && isUpperAscii(word)) {
        return true;
      }
    }
    return SiteAffixes.isDomain(segment.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether every char of a word is an ASCII capital. Over a copy of its chars (see the note at the
   * top), not Guava's {@code CharMatcher.matchesAllOf}: its loop over charAt is shared with content
   * ids' checks, whose strings are all of one coding.
   */
  @SuppressWarnings("LoopOverCharArray") // the copy is the point (above); a site name's few words
  private static boolean isUpperAscii(String word) {
    for (char c : word.toCharArray()) {
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether a title is written in capitals.
   *
   * @param title a title
   * @return true if at least 70% of its letters are upper case
   */
  @SuppressWarnings("LoopOverCharArray") // the copy is the point: see the loop
  public static boolean isAllCaps(String title) {
    int letters = 0;
    int upper = 0;
    // Char by char (as title.chars() gave them), over a copy (see the note at the top).
    for (char c : title.toCharArray()) {
      if (c < 0x80) {
        // ASCII, where the Character tests come down to these ranges.
        if (c >= 'A' && c <= 'Z') {
          letters++;
          upper++;
        } else if (c >= 'a' && c <= 'z') {
          letters++;
        }
        continue;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
      if (Character.isUpperCase(c)) {
        upper++;
      }
    }
    return letters >= 6 && upper * 10 >= letters * 7;
  }
}
