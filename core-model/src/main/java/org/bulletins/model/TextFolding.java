package org.bulletins.model;

import com.google.common.base.CharMatcher;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text to a form that ignores typography, for comparing and identifying items.
 *
 * <p>{@link #fold(String)} applies, in order: Unicode NFKC normalisation (so that ligatures,
 * full-width letters and non-breaking spaces become their plain forms); curly single and double
 * quotes, primes and guillemets become {@code '} and {@code "}; every dash and minus becomes {@code
 * -}; the ellipsis character becomes {@code ...}; every default-ignorable code point (the Unicode
 * property {@code Default_Ignorable_Code_Point}: zero-width spaces and joiners, soft hyphens,
 * byte-order marks, invisible operators, variation selectors, fillers, bidi controls, tag
 * characters) is removed (and, if any was, NFKC is applied again, so that a letter and its accent
 * that one kept apart compose); runs of whitespace become one space; the result is trimmed and
 * lower-cased with {@link Locale#ROOT}. Accents are kept: {@code "Dajabón"} and {@code "Dajabon"}
 * fold differently.
 *
 * <p>Folding is idempotent: {@code fold(fold(s)).equals(fold(s))}.
 *
 * <pre>{@code
 * TextFolding.fold("  “Pensalo 2 veces” — IOM ") // "\"pensalo 2 veces\" - iom"
 * }</pre>
 *
 * @since 0.1.0
 */
public final class TextFolding {

  private static final CharMatcher DOUBLE_QUOTES =
      CharMatcher.anyOf("\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB");
  private static final CharMatcher SINGLE_QUOTES =
      CharMatcher.anyOf("\u2018\u2019\u201A\u201B\u2032\u2039\u203A`\u00B4");
  private static final CharMatcher DASHES =
      CharMatcher.anyOf("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D");
  private static final CharMatcher WHITESPACE =
      CharMatcher.whitespace().or(CharMatcher.anyOf("\u00A0\u202F\u2007"));

  // What fold does with each char of the Basic Multilingual Plane, looked up once from the matchers
  // above (whitespace first, then invisible, quotes, dashes, the ellipsis): one array read per
  // char instead of four matchers, three of them binary searches.
  private static final byte KEEP = 0;
  private static final byte SPACE = 1;
  private static final byte IGNORABLE = 2;
  private static final byte DOUBLE_QUOTE = 3;
  private static final byte SINGLE_QUOTE = 4;
  private static final byte DASH = 5;
  private static final byte ELLIPSIS = 6;
  private static final byte[] CHAR_CLASS = charClasses();

  private TextFolding() {}

  private static byte[] charClasses() {
    byte[] classes = new byte[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      if (WHITESPACE.matches(ch)) {
        classes[c] = SPACE;
      } else if (DefaultIgnorable.is(c)) {
        classes[c] = IGNORABLE;
      } else if (DOUBLE_QUOTES.matches(ch)) {
        classes[c] = DOUBLE_QUOTE;
      } else if (SINGLE_QUOTES.matches(ch)) {
        classes[c] = SINGLE_QUOTE;
      } else if (DASHES.matches(ch)) {
        classes[c] = DASH;
      } else if (ch == '\u2026') {
        classes[c] = ELLIPSIS;
      }
    }
    return classes;
  }

  /**
   * True when folding can only lower the case: printable ASCII (which NFKC keeps and no matcher
   * below replaces, but for the backtick), no space at either end and no two spaces in a row. Most
   * text is like this, and the general path makes seven passes and copies.
   */
  private static boolean isPlainAscii(char[] chars, int n) {
    if (n > 0 && (chars[0] == ' ' || chars[n - 1] == ' ')) {
      return false;
    }
    char previous = 'x';
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      if (c < 0x20 || c > 0x7E || c == '`' || (c == ' ' && previous == ' ')) {
        return false;
      }
      previous = c;
    }
    return true;
  }

  /**
   * This thread's copy of a text's chars, at {@code [0, text.length())}: the loops above read a
   * {@code char[]}, not {@code String.charAt}. A {@code charAt} loop compiled while the texts met
   * so far had one of String's two codings (Latin-1 or UTF-16) is thrown away at the first text of
   * the other ({@code profile_predicate} traps), which in a fresh process sent {@code fold} back to
   * the slow tiers twice in the first seconds of signing; {@code getChars} tests the coding once,
   * out of any loop.
   */
  private static char[] charsOf(String text) {
    int n = text.length();
    char[] chars = n <= KEPT_CHARS ? CHARS.get() : new char[n]; // a longer one's is not kept
    text.getChars(0, n, chars, 0);
    return chars;
  }

  /**
   * Longer than nearly every paragraph, so the copy is made once per thread (8 KB kept per thread
   * that folds: this is a library class any thread may call).
   */
  private static final int KEPT_CHARS = 1 << 12;

  @SuppressWarnings("ThreadLocalUsage") // one, static
  private static final ThreadLocal<char[]> CHARS =
      ThreadLocal.withInitial(() -> new char[KEPT_CHARS]);

  /**
   * Tells whether {@link #fold} removes a code point: the Unicode property {@code
   * Default_Ignorable_Code_Point}, for code that reads unfolded text and must see through the same
   * invisible characters.
   *
   * @param codePoint any code point
   * @return true if the code point is default-ignorable
   */
  public static boolean isDefaultIgnorable(int codePoint) {
    return DefaultIgnorable.is(codePoint);
  }

  /**
   * Folds text as described in the class comment.
   *
   * @param text any text
   * @return the folded text, never null
   */
  public static String fold(String text) {
    if (isPlainAscii(charsOf(text), text.length())) {
      return text.toLowerCase(Locale.ROOT);
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
    // One pass for the steps that follow NFKC: drop invisible characters, replace quotes, dashes
    // and the ellipsis, collapse whitespace runs (a run pending until the next kept char, so that
    // runs at either end are dropped, as a trim would) and lower the case, in a copy of the chars
    // written in place (no char is written before it is read): no codePointAt nor appendCodePoint
    // per char, no second pass by String.toLowerCase. The general path cost as much as NFKC.
    char[] c = s.toCharArray();
    int n = c.length;
    int length = 0;
    boolean spacePending = false;
    for (int i = 0; i < n; ) {
      char ch = c[i];
      int cp = ch;
      if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(c[i + 1])) {
        cp = Character.toCodePoint(ch, c[i + 1]);
      }
      int width = Character.charCount(cp);
      i += width;
      int kind = cp <= Character.MAX_VALUE ? CHAR_CLASS[cp] : KEEP;
      if (kind == SPACE) {
        spacePending = length > 0;
        continue;
      }
      int lower = Character.toLowerCase(cp);
      if (kind == IGNORABLE
          || kind == ELLIPSIS
          || (cp > Character.MAX_VALUE && DefaultIgnorable.is(cp))
          || cp == '\u03A3'
          || cp == '\u0130'
          || Character.charCount(lower) != width) {
        // A removed char (after which NFKC comes again, before lower-casing), one that
        // String.toLowerCase does not lower alone (the final sigma reads its neighbours, the
        // dotted I becomes two chars), or one that writes more chars than it takes (the ellipsis):
        // the steps one after the other, as the class comment says.
        return foldInSteps(s);
      }
      if (spacePending) {
        c[length++] = ' '; // where the run's first space was
        spacePending = false;
      }
      switch (kind) {
        case DOUBLE_QUOTE -> c[length++] = '"';
        case SINGLE_QUOTE -> c[length++] = '\'';
        case DASH -> c[length++] = '-';
        default -> {
          // Every code point but the two above is lowered alone by String.toLowerCase with
          // Locale.ROOT, to Character.toLowerCase of it (TextFoldingProperties checks them all).
          if (width == 1) {
            c[length++] = (char) lower;
          } else {
            length += Character.toChars(lower, c, length);
          }
        }
      }
    }
    return canonicalOrder(new String(c, 0, length), c, length);
  }

  /**
   * The steps of {@link #fold} after NFKC, one after the other: for text with a removed char or a
   * char whose lower case depends on its neighbours.
   *
   * @param s the text in NFKC
   * @return its fold
   */
  private static String foldInSteps(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean spacePending = false;
    boolean removed = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      int kind = cp <= Character.MAX_VALUE ? CHAR_CLASS[cp] : KEEP;
      if (kind == SPACE) {
        spacePending = out.length() > 0;
        continue;
      }
      if (kind == IGNORABLE || (cp > Character.MAX_VALUE && DefaultIgnorable.is(cp))) {
        removed = true;
        continue;
      }
      if (spacePending) {
        out.append(' ');
        spacePending = false;
      }
      switch (kind) {
        case DOUBLE_QUOTE -> out.append('"');
        case SINGLE_QUOTE -> out.append('\'');
        case DASH -> out.append('-');
        case ELLIPSIS -> out.append("...");
        default -> out.appendCodePoint(cp);
      }
    }
    String kept = out.toString();
    if (removed) {
      // A removed soft hyphen or zero-width char may have kept a letter and its combining accent
      // apart: normalise again, or folding the result would compose them and fold would not be
      // idempotent.
      kept = Normalizer.normalize(kept, Normalizer.Form.NFKC);
    }
    String lower = kept.toLowerCase(Locale.ROOT);
    return canonicalOrder(lower, lower.toCharArray(), lower.length());
  }

  /**
   * Lower-cased NFKC text, normalised once more if that left marks out of canonical order ({@code
   * "\u0130\u0316"} becomes i, dot above, grave below), or folding the result would reorder them.
   */
  private static String canonicalOrder(String lower, char[] chars, int length) {
    return !hasCombiningMark(chars, length) || Normalizer.isNormalized(lower, Normalizer.Form.NFKC)
        ? lower
        : Normalizer.normalize(lower, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }

  /**
   * True if the text holds a combining mark (or a surrogate, not looked into): without one,
   * lower-casing NFKC text leaves nothing to compose or reorder, and the normaliser's check, as
   * costly as the lower-casing, is skipped.
   */
  private static boolean hasCombiningMark(char[] chars, int length) {
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      if (c >= '\u0300') {
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK
            || type == Character.COMBINING_SPACING_MARK
            || type == Character.ENCLOSING_MARK
            || Character.isSurrogate(c)) {
          return true;
        }
      }
    }
    return false;
  }
}
