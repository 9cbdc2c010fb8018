package org.bulletins.dedup.internal.terms;

import java.util.regex.Pattern;

/** The shapes of numbers written with digits and of Roman numerals, read off a region of text. */
public final class Numerals {

  private static final Pattern ROMAN = Pattern.compile("(?:X{0,2})(?:IX|IV|V?I{0,3})");

  private Numerals() {}

  /**
   * If the word is a number ({@code 260}, {@code 1,000}, {@code 3.5}, {@code 26th}: ASCII digits in
   * groups joined by one {@code .} or {@code ,}, then perhaps an ordinal suffix), the end of its
   * digits; else 0. A loop, not the regex {@code \\d+(?:[.,]\\d+)*(?:st|nd|rd|th)?}, whose repeated
   * group recursed once per group and overflowed the stack on a run such as {@code 1,2,3,...,1500}.
   *
   * @param word a word
   * @return the length of its digits, or 0
   */
  static int numberEnd(String word) {
    return numberLength(word.toCharArray(), 0, word.length());
  }

  /**
   * {@link #numberEnd} of the word {@code text[from, to)}: read off the chars {@link WordTokens}
   * copied, so that a body need not be one {@code String}.
   *
   * @param text a text's chars
   * @param from the word's start
   * @param to the word's end
   * @return the length of its digits, or 0
   */
  static int numberLength(char[] text, int from, int to) {
    int end = to;
    if (end - from > 2 && isOrdinalSuffix(text[end - 2], text[end - 1])) {
      end -= 2;
    }
    if (end == from || !isAsciiDigit(text[from]) || !isAsciiDigit(text[end - 1])) {
      return 0;
    }
    for (int i = from + 1; i < end - 1; i++) {
      char c = text[i];
      if (!isAsciiDigit(c)
          && !((c == '.' || c == ',') && isAsciiDigit(text[i - 1]) && isAsciiDigit(text[i + 1]))) {
        return 0;
      }
    }
    return end - from;
  }

  /**
   * The key of a number's digits as written, so that one number written in two ways has one key:
   * groups of thousands lose their separator ({@code 1,032}, {@code 1.032} and {@code 1032} are
   * {@code 1032}; {@code 2.750.000} is {@code 2750000}), and a decimal mark is a point ({@code 6,5}
   * and {@code 6.5} are {@code 6.5}; {@code 1.234,5} and {@code 1,234.5} are {@code 1234.5}). One
   * separator before three digits reads as thousands, as news writes figures.
   *
   * @param digits ASCII digits in groups joined by one {@code .} or {@code ,} ({@link #numberEnd})
   * @return the number's key
   */
  public static String numberKey(String digits) {
    int lastMark = Math.max(digits.lastIndexOf('.'), digits.lastIndexOf(','));
    if (lastMark < 0) {
      return digits;
    }
    char mark = digits.charAt(lastMark);
    boolean oneKind = digits.indexOf(mark == '.' ? ',' : '.') < 0;
    if (oneKind && isThousands(digits, mark)) {
      return digits.replace(Character.toString(mark), "");
    }
    if (oneKind && digits.indexOf(mark) != lastMark) {
      return digits.replace(",", "").replace(".", ""); // "1.2.3": a list, not one number
    }
    // The last mark is the decimal one; any other mark groups thousands.
    StringBuilder key = new StringBuilder(digits.length());
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (i == lastMark) {
        key.append('.');
      } else if (c != '.' && c != ',') {
        key.append(c);
      }
    }
    return key.toString();
  }

  /** Whether every mark parts groups of three digits after a first group of one to three. */
  private static boolean isThousands(String digits, char mark) {
    int first = digits.indexOf(mark);
    if (first < 1 || first > 3) {
      return false;
    }
    int group = 0;
    for (int i = first + 1; i < digits.length(); i++) {
      if (digits.charAt(i) == mark) {
        if (group != 3) {
          return false;
        }
        group = 0;
      } else {
        group++;
      }
    }
    return group == 3;
  }

  /**
   * Tells whether {@code text[from, to)} is a Roman numeral from {@code II} to {@code XXIX} (or
   * {@code V}, {@code X}...), not the pronoun {@code I}.
   *
   * @param text a text's chars
   * @param from the word's start
   * @param to the word's end
   * @return true for a Roman numeral
   */
  static boolean isRoman(char[] text, int from, int to) {
    if (to - from == 1 && text[from] == 'I') {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = text[i];
      if (c != 'I' && c != 'V' && c != 'X') {
        return false;
      }
    }
    // Only a word of I, V and X gets here (rare): its string for the regex.
    return to > from && ROMAN.matcher(new String(text, from, to - from)).matches();
  }

  /**
   * The value of a Roman numeral.
   *
   * @param roman a numeral that {@link #isRoman} accepts
   * @return its value
   */
  static int romanValue(String roman) {
    // From the right, each digit read once: a digit less than the one after it is subtracted.
    // (Reading ahead to the next digit, when there is one, was a read the compiler hoisted on a
    // guess from its profile that later numerals broke, throwing the compiled term extraction
    // away.) `i > 0` on the digit before, not `i >= 0`: C2 (JDK 17) also deoptimizes it, once,
    // when a `>=` bound allows a single pass (a one-digit numeral).
    int total = 0;
    int next = 0;
    for (int i = roman.length(); i > 0; i--) {
      int v = value(roman.charAt(i - 1));
      total += v < next ? -v : v;
      next = v;
    }
    return total;
  }

  private static int value(char romanDigit) {
    return switch (romanDigit) {
      case 'I' -> 1;
      case 'V' -> 5;
      default -> 10;
    };
  }

  /**
   * The value of the {@code n} chars at {@code from} when they are all ASCII digits (a clock's
   * hours and minutes, a group of thousands: {@code n} at most 9).
   *
   * @param c a text's chars
   * @param from the first
   * @param n how many, at least 1
   * @return their value, or -1 if {@code n} is less than 1 or a char is no digit
   */
  static int digitsValue(char[] c, int from, int n) {
    if (n <= 0) {
      return -1;
    }
    int value = 0;
    for (int k = from; k < from + n; k++) {
      if (!isAsciiDigit(c[k])) {
        return -1;
      }
      value = value * 10 + (c[k] - '0');
    }
    return value;
  }

  private static boolean isOrdinalSuffix(char a, char b) {
    return (a == 's' && b == 't')
        || (a == 'n' && b == 'd')
        || (a == 'r' && b == 'd')
        || (a == 't' && b == 'h');
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
