package org.bulletins.facts.internal;

import java.util.List;
import org.bulletins.facts.Language;

/**
 * {@link LanguageGuesser#guess} over texts read in place: the same words as {@link
 * Tokenizer#tokenize} (runs of letters and marks), the same scores added in the same order, but no
 * {@link Token} per token and, for a plain ASCII word (nearly all words), no {@code String} at all:
 * its letters are packed into a long and looked up in a table of the function words, and its
 * spelling marks are noted in the same pass. Words with other letters take the guesser's own path
 * ({@link Folding}, {@link Stopwords}, {@link Spelling}). The deduplication engine guesses the
 * language of every item of a batch, so this is on its hot path; {@code LanguageScanTest} checks
 * that both ways give one answer on any text. Not thread-safe: one per guess.
 */
public final class LanguageScan {

  private static final Language[] LANGUAGES = {Language.EN, Language.ES, Language.FR, Language.PT};

  /** The function words of the four languages by their packed key, for plain ASCII words. */
  private static final FunctionWords FUNCTION_WORDS = FunctionWords.build();

  /** The longest copy kept for the next text; a longer text is copied into an array of its own. */
  private static final int MAX_KEPT = 1 << 16;

  /** The first copy's length: longer than nearly every paragraph, so that it rarely grows. */
  static final int FIRST_LENGTH = 1 << 14;

  /**
   * Each thread's copy of the text being read, grown to the longest text it read. It starts at
   * {@link #FIRST_LENGTH}, not small: Java 17's common pool erases its workers' thread locals
   * whenever they go idle, so a worker starts every parallel guess with a new copy. A small one
   * grew at the first long paragraph of each run, a branch the compiled {@link #add(String)} had
   * never seen taken, which threw that code away on the worker in every run after the first.
   */
  private static final ThreadLocal<char[]> SCRATCH =
      ThreadLocal.withInitial(() -> new char[FIRST_LENGTH]);

  private final double[] score = new double[LANGUAGES.length];
  private final boolean[] shared = new boolean[LANGUAGES.length];

  /**
   * Adds the words of one text, as {@link Tokenizer#tokenize} would cut it.
   *
   * @param text any text
   * @return this scan
   */
  public LanguageScan add(String text) {
    // Read from a copy in this thread's array: the loops below index an array, where String's
    // charAt checks the string's coding and bounds at every character (0.9x the guess's time).
    int n = text.length();
    char[] chars = SCRATCH.get();
    if (chars.length < n) {
      chars = new char[Math.max(n, 2 * chars.length)];
      if (chars.length <= MAX_KEPT) {
        SCRATCH.set(chars);
      }
    }
    text.getChars(0, n, chars, 0);
    return add(chars, n);
  }

  private LanguageScan add(char[] text, int n) {
    int i = 0;
    while (i < n) {
      char c = text[i];
      if (c < 0x80) {
        // ASCII: whitespace and punctuation both move one char on; only words and numbers count.
        if (isAsciiLetter(c)) {
          i = asciiWord(text, n, i);
        } else if (c >= '0' && c <= '9') {
          i = afterNumber(text, n, i);
        } else {
          i++;
        }
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
      } else if (Character.isLetter(c)) {
        i = otherWord(text, n, i, i);
      } else {
        i += Character.charCount(Character.codePointAt(text, i, n));
      }
    }
    return this;
  }

  /**
   * Reads the word that starts with an ASCII letter at {@code start}: while it stays ASCII, its
   * lower-case letters are packed into a long (the function-word key) and its ASCII spelling marks
   * noted on the way; a letter or mark past ASCII hands it to {@link #otherWord}.
   *
   * @return the index after the word
   */
  @SuppressWarnings("ShortCircuitBoolean") // on purpose: see the "lh" flag below
  private int asciiWord(char[] text, int n, int start) {
    int i = start;
    long key = 0;
    char prev2 = 0;
    char prev = 0;
    boolean th = false;
    boolean w = false;
    boolean lh = false;
    boolean eau = false;
    while (i < n) {
      char c = text[i];
      if (c >= 0x80) {
        if (Character.isLetter(c) || isMark(c)) {
          return otherWord(text, n, start, i);
        }
        break;
      }
      if (!isAsciiLetter(c)) {
        break;
      }
      char lower = (char) (c | 0x20);
      key = key << 8 | lower; // only read for words of at most 8 letters
      // "l then h" without a short circuit: each comparison alone is often true and often false,
      // while "lh" may never occur in the words the compiler saw before it compiled this loop.
      // Its branch was then compiled as a trap that sent the thread back to the interpreter at
      // each later "lh" without compiling again (9,336 times in a 1M-item dedup, JFR's
      // jdk.Deoptimization: unstable_if, action none). Only this flag: evaluating every
      // comparison of all three flags cost 1.3x the loop's time (RESULTS.md, session 13).
      th |= prev == 't' && lower == 'h';
      lh |= prev == 'l' & lower == 'h';
      eau |= prev2 == 'e' && prev == 'a' && lower == 'u';
      w |= lower == 'w';
      prev2 = prev;
      prev = lower;
      i++;
    }
    int length = i - start;
    if (length <= Long.BYTES) {
      byte languages = FUNCTION_WORDS.languages(key);
      if (languages != 0) {
        double share = 1.0 / Integer.bitCount(languages);
        for (int l = 0; l < LANGUAGES.length; l++) {
          if ((languages & 1 << l) != 0) {
            score[l] += share;
          }
        }
      }
    }
    if (length >= 3) {
      // Spelling.of's order of languages: Spanish, Portuguese, French, English. Each suffix is
      // compared only when the word ends in its last letter (prev, in lower case): most words
      // end in none of them, and comparing all six suffixes took a fifth of the guess's time.
      int mark = -1;
      if ((prev == 's' && endsWith(text, i, length, "ciones"))
          || (prev == 'n'
              && (endsWith(text, i, length, "aron") || endsWith(text, i, length, "ieron")))) {
        mark = slot(Language.ES);
      } else if (lh || (prev == 'm' && endsWith(text, i, length, "aram"))) {
        mark = slot(Language.PT);
      } else if (eau || (prev == 'x' && endsWith(text, i, length, "eux"))) {
        mark = slot(Language.FR);
      } else if (th || w || (length > 5 && prev == 'g' && endsWith(text, i, length, "ing"))) {
        mark = slot(Language.EN);
      }
      if (mark >= 0) {
        score[mark] += LanguageGuesser.SPELLING;
      }
    }
    return i;
  }

  /**
   * Reads the rest of a word with letters past ASCII, {@code start} its first letter and {@code
   * from} where to go on, and scores it as {@link LanguageGuesser} does: folded by {@link Folding},
   * marked by {@link Spelling}.
   *
   * @return the index after the word
   */
  private int otherWord(char[] text, int n, int start, int from) {
    int i = from;
    while (i < n && (Character.isLetter(text[i]) || isMark(text[i]))) {
      i++;
    }
    String word = new String(text, start, i - start);
    String folded = Folding.foldPastAscii(word); // the word holds text[from], past ASCII
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
    List<Language> marked = Spelling.of(word);
    for (Language language : marked) {
      score[slot(language)] += LanguageGuesser.SPELLING / marked.size();
    }
    return i;
  }

  /** The index after the number that starts at {@code start}, as {@link Tokenizer} cuts it. */
  private static int afterNumber(char[] text, int n, int start) {
    int i = start + 1;
    while (i < n) {
      char d = text[i];
      if (d >= '0' && d <= '9') {
        i++;
      } else if ((d == '.' || d == ',') && i + 1 < n && text[i + 1] >= '0' && text[i + 1] <= '9') {
        i += 2;
      } else {
        break;
      }
    }
    return i;
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

  private static boolean endsWith(char[] text, int end, int length, String suffix) {
    return length >= suffix.length() && matchesAt(text, end - suffix.length(), suffix);
  }

  /** Whether {@code part} (lower case ASCII) is at {@code at}, ignoring ASCII case. */
  private static boolean matchesAt(char[] text, int at, String part) {
    for (int k = 0; k < part.length(); k++) {
      if ((text[at + k] | 0x20) != part.charAt(k)) {
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

  /**
   * The function words, folded, as an open-addressing table from the word's letters packed one per
   * byte (words of up to 8 ASCII letters; every function word is one) to the set of languages that
   * have it (bit {@code l} for {@code LANGUAGES[l]}). No {@code String} is made to look a word up.
   */
  private static final class FunctionWords {
    private final long[] keys;
    private final byte[] languages;
    private final int shift;

    private FunctionWords(long[] keys, byte[] languages, int shift) {
      this.keys = keys;
      this.languages = languages;
      this.shift = shift;
    }

    static FunctionWords build() {
      int bits = 10; // 1,024 slots for about 230 words
      long[] keys = new long[1 << bits];
      byte[] languages = new byte[1 << bits];
      FunctionWords table = new FunctionWords(keys, languages, 64 - bits);
      for (int l = 0; l < LANGUAGES.length; l++) {
        for (String word : Stopwords.of(LANGUAGES[l])) {
          if (word.length() > Long.BYTES || !word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            throw new IllegalStateException("not a short ASCII function word: " + word);
          }
          long key = 0;
          for (int k = 0; k < word.length(); k++) {
            key = key << 8 | word.charAt(k);
          }
          int slot = table.slot(key);
          keys[slot] = key;
          languages[slot] |= (byte) (1 << l);
        }
      }
      return table;
    }

    /** The languages of a packed word, 0 for none. */
    byte languages(long key) {
      return languages[slot(key)];
    }

    /** The slot of a key: its own, or the empty one where it would go. */
    private int slot(long key) {
      int mask = keys.length - 1;
      int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
      while (keys[slot] != 0 && keys[slot] != key) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }
  }
}
