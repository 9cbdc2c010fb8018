package org.bulletins.dedup.internal.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a title at a site prefix ({@code "IOM: ..."}, {@code "News | ..."}) or suffix ({@code "...
 * - IOM Mexico"}) as the patterns below do, without running them for the titles signing meets.
 *
 * <p>Why: one title in ten holds a {@code :}, {@code |} or dash, and the patterns ran for each. C2
 * compiled the regex engine's node chain ({@code Pattern$Branch.match}, {@code
 * BmpCharPropertyGreedy.match}, 70-90 kB each with their inlined nodes) in every fresh process, a
 * fifth of its compile time at 100k items. The scans below give the same groups for a title that is
 * stripped (no regex whitespace {@code \s} at either end), holds no line terminator (which {@code
 * .} does not match) and no surrogate (the patterns count code points): every other title still
 * goes to the patterns.
 */
final class SiteAffixes {

  /** {@code ^\s*([^:|]{1,40}?)\s*([:|])\s+(.+)$}: a site, a separator, the rest. */
  private static final Pattern PREFIX = Pattern.compile("^\\s*([^:|]{1,40}?)\\s*([:|])\\s+(.+)$");

  /** {@code ^(.+?)\s+(\||-|–|—)\s+([^|]{1,40})$}: the rest, a separator, a site. */
  private static final Pattern SUFFIX =
      Pattern.compile("^(.+?)\\s+(\\||-|\u2013|\u2014)\\s+([^|]{1,40})$");

  /** The most chars (code points) of a site segment, the patterns' {@code {1,40}}. */
  private static final int MAX_SITE = 40;

  private SiteAffixes() {}

  /**
   * A match of either pattern: the segment that may name the site, whether a bar cut it off, and
   * the other side.
   */
  record Split(String site, boolean barred, String rest) {}

  /**
   * The prefix pattern's groups for a title.
   *
   * @param t a title
   * @return the site (group 1), whether the separator is a bar, the rest (group 3); null if the
   *     pattern does not match
   */
  static Split prefix(String t) {
    char[] c = t.toCharArray();
    if (!plain(c)) {
      Matcher m = PREFIX.matcher(t);
      return m.matches() ? new Split(m.group(1), m.group(2).equals("|"), m.group(3)) : null;
    }
    int n = c.length;
    // The site cannot hold a separator, nor can the whitespace after it: the separator is the
    // first ':' or '|'. The lazy site ends where the whitespace run before it starts (at least
    // one char: c[0] is no whitespace here), so any longer site leaves the same rest to match.
    int p = 0;
    while (p < n && c[p] != ':' && c[p] != '|') {
      p++;
    }
    if (p == 0 || p == n) {
      return null;
    }
    int q = p;
    while (isSpace(c[q - 1])) {
      q--; // stops at 1 at the latest: c[0] is no whitespace
    }
    if (q > MAX_SITE) {
      return null;
    }
    int k = p + 1;
    while (k < n && isSpace(c[k])) {
      k++;
    }
    // \s+ needs one char; (.+)$ takes the rest, which is not empty as c[n - 1] is no whitespace.
    if (k == p + 1) {
      return null;
    }
    return new Split(new String(c, 0, q), c[p] == '|', new String(c, k, n - k));
  }

  /**
   * The suffix pattern's groups for a title.
   *
   * @param t a title
   * @return the site (group 3), whether the separator is a bar, the rest (group 1); null if the
   *     pattern does not match
   */
  static Split suffix(String t) {
    char[] c = t.toCharArray();
    if (!plain(c)) {
      Matcher m = SUFFIX.matcher(t);
      return m.matches() ? new Split(m.group(3), m.group(2).equals("|"), m.group(1)) : null;
    }
    int n = c.length;
    int lastBar = -1;
    for (int i = 0; i < n; i++) {
      if (c[i] == '|') {
        lastBar = i;
      }
    }
    // The lazy rest grows until a whitespace run, a separator and a whitespace run follow it and
    // what is left is a site: at most 40 chars and no bar. A shorter second run would only leave
    // a longer site, so the runs are taken whole; the rest ends where a run starts.
    for (int l = 1; l < n; l++) {
      if (!isSpace(c[l])) {
        continue;
      }
      int a = l;
      while (a < n && isSpace(c[a])) {
        a++;
      }
      if (a + 1 < n && isSeparator(c[a]) && isSpace(c[a + 1])) {
        int b = a + 1;
        while (b < n && isSpace(c[b])) {
          b++;
        }
        if (b > lastBar && n - b <= MAX_SITE) {
          return new Split(new String(c, b, n - b), c[a] == '|', new String(c, 0, l));
        }
      }
      l = a - 1; // a run's later chars give the same separator and site: the first one decides
    }
    return null;
  }

  /**
   * The words of a stripped segment as {@code segment.split("\\s+")} cuts them: the runs of chars
   * other than {@code \s}, and one empty word for an empty segment.
   *
   * @param stripped a {@link String#strip stripped} segment (no {@code \s} at either end)
   * @return its words
   */
  static String[] words(String stripped) {
    char[] c = stripped.toCharArray();
    int count = 1;
    for (int i = 1; i < c.length; i++) {
      if (!isSpace(c[i]) && isSpace(c[i - 1])) {
        count++;
      }
    }
    String[] words = new String[count];
    int w = 0;
    int i = 0;
    while (w < count) {
      int start = i;
      while (i < c.length && !isSpace(c[i])) {
        i++;
      }
      words[w++] = new String(c, start, i - start);
      while (i < c.length && isSpace(c[i])) {
        i++;
      }
    }
    return words;
  }

  /**
   * {@code .*\.(org|com|int|net|news)$} matched against the whole of a lower-cased segment: a
   * domain ending, and no line terminator before it (which {@code .} does not match, and {@code $}
   * may precede only at the end, which a whole match does not allow).
   *
   * @param lower a segment in lower case
   * @return true if the pattern matches all of it
   */
  static boolean isDomain(String lower) {
    if (!(lower.endsWith(".org")
        || lower.endsWith(".com")
        || lower.endsWith(".int")
        || lower.endsWith(".net")
        || lower.endsWith(".news"))) {
      return false;
    }
    // indexOf per terminator, not a charAt loop (see TextShape's note on the two codings).
    return lower.indexOf('\n') < 0
        && lower.indexOf('\r') < 0
        && lower.indexOf('\u0085') < 0
        && lower.indexOf('\u2028') < 0
        && lower.indexOf('\u2029') < 0;
  }

  /**
   * Whether the scans give the patterns' groups: a title not empty, with no {@code \s} at either
   * end, no line terminator and no surrogate.
   */
  private static boolean plain(char[] c) {
    int n = c.length;
    if (n == 0 || isSpace(c[0]) || isSpace(c[n - 1])) {
      return false;
    }
    for (char ch : c) {
      if (isLineTerminator(ch) || Character.isSurrogate(ch)) {
        return false;
      }
    }
    return true;
  }

  /** Regex {@code \s} without {@code UNICODE_CHARACTER_CLASS}: {@code [ \t\n\x0B\f\r]}. */
  private static boolean isSpace(char ch) {
    return ch == ' ' || (ch >= '\t' && ch <= '\r');
  }

  /** What regex {@code .} does not match (without {@code DOTALL} and {@code UNIX_LINES}). */
  private static boolean isLineTerminator(char ch) {
    return ch == '\n' || ch == '\r' || ch == '\u0085' || ch == '\u2028' || ch == '\u2029';
  }

  private static boolean isSeparator(char ch) {
    return ch == '|' || ch == '-' || ch == '\u2013' || ch == '\u2014';
  }
}
