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
        byte kind = ASCII[c];
        if (kind >= 'a') {
          i = asciiWord(text, n, i);
        } else if (kind == DIGIT) {
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
   * lower-case letters are packed into a long, one per byte (the function-word key, and where the
   * spelling marks are read: {@link #marks}); a letter or mark past ASCII hands it to {@link
   * #otherWord}.
   *
   * @return the index after the word
   */
  private int asciiWord(char[] text, int n, int start) {
    int i = start;
    // The last eight letters: all of a word of at most eight (nearly every word), the others'
    // marks are read from the text. The loop does nothing else per letter: noting the marks here,
    // four comparisons per letter, was most of the guess's own time.
    long key = 0;
    while (i < n) {
      char c = text[i];
      if (c >= 0x80) {
        if (Character.isLetter(c) || isMark(c)) {
          return otherWord(text, n, start, i);
        }
        break;
      }
      byte lower = ASCII[c];
      if (lower < 'a') {
        break;
      }
      key = key << 8 | lower;
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
      char prev = (char) (key & 0xFF);
      int marks = length <= Long.BYTES ? marks(key) : marks(text, start, i);
      int mark = -1;
      if ((prev == 's' && endsWith(text, i, length, "ciones"))
          || (prev == 'n'
              && (endsWith(text, i, length, "aron") || endsWith(text, i, length, "ieron")))) {
        mark = slot(Language.ES);
      } else if ((marks & LH) != 0 || (prev == 'm' && endsWith(text, i, length, "aram"))) {
        mark = slot(Language.PT);
      } else if ((marks & EAU) != 0 || (prev == 'x' && endsWith(text, i, length, "eux"))) {
        mark = slot(Language.FR);
      } else if ((marks & (TH | W)) != 0
          || (length > 5 && prev == 'g' && endsWith(text, i, length, "ing"))) {
        mark = slot(Language.EN);
      }
      if (mark >= 0) {
        score[mark] += LanguageGuesser.SPELLING;
      }
    }
    return i;
  }

  /** {@link #marks} bits: "th", "lh", "eau" and "w" in the word. */
  static final int TH = 1;

  static final int LH = 2;
  static final int EAU = 4;
  static final int W = 8;

  private static final long ONES = 0x0101010101010101L;
  private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

  /**
   * The spelling marks of a word of at most eight ASCII letters packed one per byte in lower case,
   * the last letter lowest (unused bytes zero): each letter's bytes found at once, a mark being its
   * letters in adjacent bytes.
   *
   * @param key the packed word
   * @return {@link #TH}, {@link #LH}, {@link #EAU}, {@link #W} bits
   */
  static int marks(long key) {
    long t = bytesEqual(key, 't');
    long h = bytesEqual(key, 'h');
    long l = bytesEqual(key, 'l');
    long e = bytesEqual(key, 'e');
    long a = bytesEqual(key, 'a');
    long u = bytesEqual(key, 'u');
    // A letter is one byte above the next one: shifted down a byte, its mark meets the next's.
    return ((t >>> 8 & h) != 0 ? TH : 0)
        | ((l >>> 8 & h) != 0 ? LH : 0)
        | ((e >>> 16 & a >>> 8 & u) != 0 ? EAU : 0)
        | (bytesEqual(key, 'w') != 0 ? W : 0);
  }

  /** 0x80 in each byte of {@code v} equal to {@code c} (exact: no carry crosses a byte), else 0. */
  private static long bytesEqual(long v, char c) {
    long x = v ^ (ONES * c);
    return ~(((x & LOW7) + LOW7) | x | LOW7);
  }

  /**
   * The spelling marks of the ASCII letters in {@code text[start, end)}, any case: for words longer
   * than a packed key.
   *
   * @return {@link #TH}, {@link #LH}, {@link #EAU}, {@link #W} bits
   */
  static int marks(char[] text, int start, int end) {
    int marks = 0;
    char prev2 = 0;
    char prev = 0;
    for (int k = start; k < end; k++) {
      char lower = (char) (text[k] | 0x20);
      if (lower == 'h' && prev == 't') {
        marks |= TH;
      } else if (lower == 'h' && prev == 'l') {
        marks |= LH;
      } else if (lower == 'u' && prev == 'a' && prev2 == 'e') {
        marks |= EAU;
      } else if (lower == 'w') {
        marks |= W;
      }
      prev2 = prev;
      prev = lower;
    }
    return marks;
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

  /** {@link #ASCII}'s value for a digit; a letter's is its lower case, anything else's 0. */
  private static final byte DIGIT = 1;

  /**
   * What each ASCII char is to the scan, read in one load instead of four comparisons per char: a
   * letter's lower case, {@link #DIGIT}, or 0.
   */
  private static final byte[] ASCII = asciiKinds();

  private static byte[] asciiKinds() {
    byte[] kinds = new byte[0x80];
    for (char c = '0'; c <= '9'; c++) {
      kinds[c] = DIGIT;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      kinds[c] = (byte) c;
      kinds[Character.toUpperCase(c)] = (byte) c;
    }
    return kinds;
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
