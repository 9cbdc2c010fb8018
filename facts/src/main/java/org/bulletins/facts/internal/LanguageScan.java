package org.bulletins.facts.internal;

import java.util.List;
import java.util.Locale;
import org.bulletins.facts.Language;

/**
 * {@link LanguageGuesser#guess} over texts read in place: the same words as {@link
 * Tokenizer#tokenize} (runs of letters and marks), the same scores added in the same order, but no
 * {@link Token} per token, no folded {@code String} per word that cannot be a function word, and
 * the spelling marks of plain ASCII words read without lower-casing a copy. The deduplication
 * engine guesses the language of every item of a batch, so this is on its hot path; {@code
 * LanguageScanTest} checks that both give one answer on any text. Not thread-safe: one per guess.
 */
public final class LanguageScan {

  private static final Language[] LANGUAGES = {Language.EN, Language.ES, Language.FR, Language.PT};

  /** The longest function word: a longer plain ASCII word is none. */
  private static final int LONGEST_FUNCTION_WORD = longestFunctionWord();

  private final double[] score = new double[LANGUAGES.length];
  private final boolean[] shared = new boolean[LANGUAGES.length];

  /**
   * Adds the words of one text, as {@link Tokenizer#tokenize} would cut it.
   *
   * @param text any text
   * @return this scan
   */
  public LanguageScan add(String text) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
      } else if (Character.isLetter(c)) {
        int start = i;
        boolean ascii = true;
        while (i < n) {
          char d = text.charAt(i);
          if (d < 0x80 ? isAsciiLetter(d) : Character.isLetter(d) || isMark(d)) {
            ascii &= d < 0x80;
            i++;
          } else {
            break;
          }
        }
        word(text, start, i, ascii);
      } else if (c >= '0' && c <= '9') {
        i++;
        while (i < n) {
          char d = text.charAt(i);
          if (d >= '0' && d <= '9') {
            i++;
          } else if ((d == '.' || d == ',')
              && i + 1 < n
              && text.charAt(i + 1) >= '0'
              && text.charAt(i + 1) <= '9') {
            i += 2;
          } else {
            break;
          }
        }
      } else {
        i += Character.charCount(text.codePointAt(i));
      }
    }
    return this;
  }

  /**
   * The language of the words added so far, as {@link LanguageGuesser#guess} decides it.
   *
   * @return the language, or UNKNOWN
   */
  public Language guess() {
    Language best = Language.UNKNOWN;
    double first = 0;
    double second = 0;
    // In enum order, as the guesser's EnumMap iterates; a language never scored is at 0 and,
    // like a missing map entry, changes nothing.
    for (int l = 0; l < LANGUAGES.length; l++) {
      double value = score[l];
      if (value > first) {
        second = first;
        first = value;
        best = LANGUAGES[l];
      } else if (value > second) {
        second = value;
      }
    }
    boolean clear = first >= LanguageGuesser.MIN_SCORE && first > second * LanguageGuesser.LEAD;
    boolean clearAlone = first >= 1.0 && first > second * LanguageGuesser.CLEAR_LEAD;
    return clear || clearAlone ? best : Language.UNKNOWN;
  }

  /** One word, {@code text[start, end)}: its function-word share, then its spelling mark. */
  private void word(String text, int start, int end, boolean ascii) {
    int length = end - start;
    if (!ascii || length <= LONGEST_FUNCTION_WORD) {
      String folded =
          ascii
              ? text.substring(start, end).toLowerCase(Locale.ROOT)
              : Folding.fold(text.substring(start, end));
      int count = 0;
      for (int l = 0; l < LANGUAGES.length; l++) {
        shared[l] = Stopwords.of(LANGUAGES[l]).contains(folded);
        count += shared[l] ? 1 : 0;
      }
      for (int l = 0; l < LANGUAGES.length; l++) {
        if (shared[l]) {
          score[l] += 1.0 / count;
        }
      }
    }
    if (ascii) {
      asciiSpelling(text, start, end);
    } else {
      List<Language> marked = Spelling.of(text.substring(start, end));
      for (Language language : marked) {
        score[slot(language)] += LanguageGuesser.SPELLING / marked.size();
      }
    }
  }

  /**
   * {@link Spelling#of} for a plain ASCII word: only its ASCII marks can match, in the same order
   * of languages (Spanish, Portuguese, French, English), case-insensitive.
   */
  private void asciiSpelling(String text, int start, int end) {
    int length = end - start;
    if (length < 3) {
      return;
    }
    Language mark = null;
    if (endsWith(text, end, length, "ciones")
        || endsWith(text, end, length, "aron")
        || endsWith(text, end, length, "ieron")) {
      mark = Language.ES;
    } else if (contains(text, start, end, "lh") || endsWith(text, end, length, "aram")) {
      mark = Language.PT;
    } else if (contains(text, start, end, "eau") || endsWith(text, end, length, "eux")) {
      mark = Language.FR;
    } else if (contains(text, start, end, "th")
        || contains(text, start, end, "w")
        || (length > 5 && endsWith(text, end, length, "ing"))) {
      mark = Language.EN;
    }
    if (mark != null) {
      score[slot(mark)] += LanguageGuesser.SPELLING;
    }
  }

  private static boolean endsWith(String text, int end, int length, String suffix) {
    return length >= suffix.length() && matchesAt(text, end - suffix.length(), suffix);
  }

  private static boolean contains(String text, int start, int end, String part) {
    for (int i = start; i + part.length() <= end; i++) {
      if (matchesAt(text, i, part)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code part} (lower case ASCII) is at {@code at}, ignoring ASCII case. */
  private static boolean matchesAt(String text, int at, String part) {
    for (int k = 0; k < part.length(); k++) {
      if ((text.charAt(at + k) | 0x20) != part.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The place of one of the four languages in {@link #LANGUAGES}. */
  private static int slot(Language language) {
    return switch (language) {
      case EN -> 0;
      case ES -> 1;
      case FR -> 2;
      case PT -> 3;
      case UNKNOWN -> throw new IllegalArgumentException("no score for " + language);
    };
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isMark(char c) {
    return Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static int longestFunctionWord() {
    int longest = 0;
    for (Language language : LANGUAGES) {
      for (String word : Stopwords.of(language)) {
        longest = Math.max(longest, word.length());
      }
    }
    return longest;
  }
}
