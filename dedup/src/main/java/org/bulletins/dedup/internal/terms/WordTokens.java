package org.bulletins.dedup.internal.terms;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.RandomAccess;
import org.bulletins.dedup.internal.text.PerThread;
import org.bulletins.dedup.internal.text.TextShape;
import org.bulletins.model.TextFolding;

/**
 * The words of a {@linkplain TermText prepared text}, found in one pass, as offsets into the text
 * with what the term rules ask of each: its {@link Lexicon} entry, its letters and capitals, and
 * what the gap before it holds. No {@code String} is made for a word until a rule needs its text (a
 * term or the context of one): most words are neither.
 *
 * <p>A word is a run of letters and numbers joined by one of {@code ' - & . ,} ({@code O'Neill},
 * {@code Costa-Rica}, {@code 1,200}, {@code U.S}), without a possessive {@code 's}.
 */
final class WordTokens {

  // Bits of info[i].
  private static final int SENTENCE_START = 1;
  private static final int POSSESSIVE = 2;
  private static final int SPACE_GAP = 4;
  private static final int PAREN_GAP = 8;
  private static final int ACRONYM_SHAPE = 16;
  private static final int COUNTRY_START = 32;
  private static final int NOT_ASCII = 64;
  private static final int ROMAN_SHAPE = 128;
  private static final int FIRST_LETTER = 256;
  private static final int FIRST_UPPER = 512;
  private static final int MAY_MAKE_TERM = 1024;
  private static final int NAME_SHAPE = 2048;

  // Bits of a gap's flags.
  private static final int ENDS_SENTENCE = 1;
  private static final int NOT_SPACE = 2;
  private static final int PAREN = 4;

  /**
   * Above this many words a thread does not keep its list for the next text: one huge text does not
   * hold its arrays for the rest of the run.
   */
  private static final int KEPT_CAPACITY = 1 << 14;

  /** Above this many chars a thread does not keep its copy of a text for the next. */
  private static final int KEPT_CHARS = 1 << 16;

  /**
   * A list per thread, refilled for each text ({@link #reused}): at a million items, new arrays per
   * text (grown by doubling) were a fifth of what signing allocated.
   */
  private static final PerThread<WordTokens> REUSED =
      PerThread.withInitial(() -> new WordTokens("", null));

  // The text, made from chars only when asked for (text()) if the words were cut from the
  // paragraphs of a body copied in place (reusedBody): no joined body string per item.
  private String text;
  private char[] chars = new char[256]; // the text's chars, copied once for the loops of fill
  private int length; // the text's length: its chars are chars[0, length)
  private Lexicon lexicon;
  private int count;
  private int[] start = new int[32];
  private int[] end = new int[32];
  private int[] info = new int[32];
  private int[] entry = new int[32];
  private int[] letters = new int[32];
  private int[] upperLetters = new int[32];
  private char[] first = new char[32]; // read for every word by the mode and name rules
  private String[] lower = new String[32];
  private String[] word = new String[32];
  private Term[] single = new Term[32]; // the term each word makes alone, for TermExtractor
  // TextMode's counts over the words: letters, capitals, and the words that start with a letter
  // and are no function word, and of those the capitalised ones.
  private int totalLetters;
  private int totalUpperLetters;
  private int modeWords;
  private int modeCapitalised;

  private WordTokens(String text, Lexicon lexicon) {
    this.text = text;
    this.lexicon = lexicon;
  }

  /**
   * The words of a prepared text.
   *
   * @param text a text from {@link TermText#of}
   * @param lexicon the word lists to look each word up in
   * @return its words
   */
  static WordTokens of(String text, Lexicon lexicon) {
    return new WordTokens(text, lexicon).fill();
  }

  /**
   * The words of a prepared text, in this thread's reused list: valid until the thread's next call,
   * so the caller must not keep the list (nor {@link #lowerWords()}) beyond its own use.
   *
   * @param text a text from {@link TermText#of}
   * @param lexicon the word lists to look each word up in
   * @return its words
   */
  static WordTokens reused(String text, Lexicon lexicon) {
    WordTokens tokens = emptied(lexicon);
    tokens.text = text;
    return tokens.fill();
  }

  /**
   * {@link #reused} of {@link TermText#of}{@code (raw)}: the test of its shortcut (a text of ASCII
   * chars without {@code &} is its own prepared text) reads the chars this list copies anyway, not
   * the string a second time.
   *
   * @param raw a title or body as parsed
   * @param lexicon the word lists to look each word up in
   * @return its words, valid until the thread's next call
   */
  static WordTokens reusedRaw(String raw, Lexicon lexicon) {
    WordTokens tokens = emptied(lexicon);
    tokens.text = raw;
    tokens.copy();
    if (!isAsciiWithoutEntity(tokens.chars, raw.length())) {
      tokens.prepare(raw);
    }
    return tokens.scan();
  }

  /**
   * {@link #reusedRaw} of the paragraphs joined by blank lines ({@code NewsItem.body()}), without
   * the joined string when they are ASCII without {@code &} (most bodies): the paragraphs are
   * copied into this list's chars with {@code "\n\n"} between them, which are the joined string's
   * chars, so every word and gap is the same. Any other body is joined and prepared as before.
   *
   * @param paragraphs a body's paragraphs as parsed
   * @param lexicon the word lists to look each word up in
   * @return its words, valid until the thread's next call
   */
  static WordTokens reusedBody(List<String> paragraphs, Lexicon lexicon) {
    WordTokens tokens = emptied(lexicon);
    int size = paragraphs.size();
    int n = 0;
    for (int p = 0; p < size; p++) {
      n += paragraphs.get(p).length();
    }
    n += size == 0 ? 0 : 2 * (size - 1);
    tokens.reserve(n);
    char[] c = tokens.chars;
    int at = 0;
    for (int p = 0; p < size; p++) {
      if (p > 0) {
        c[at++] = '\n';
        c[at++] = '\n';
      }
      String paragraph = paragraphs.get(p);
      paragraph.getChars(0, paragraph.length(), c, at);
      at += paragraph.length();
    }
    tokens.length = n;
    if (isAsciiWithoutEntity(c, n)) {
      tokens.text = null; // made by text() if a caller asks
    } else {
      String raw = String.join("\n\n", paragraphs);
      tokens.text = raw;
      tokens.prepare(raw);
    }
    return tokens.scan();
  }

  /**
   * Makes the text {@link TermText#prepared}{@code (raw)}, with its chars copied, reading the
   * normalised text's chars once: with no default-ignorable char in it (nearly every text), the
   * prepared text is the normalised one with each curly apostrophe straightened, done here in the
   * copy and by {@link String#replace} (which returns the string itself if it holds none).
   */
  private void prepare(String raw) {
    text = TermText.normalized(raw);
    copy();
    char[] c = chars;
    int n = text.length();
    boolean apostrophe = false;
    for (int i = 0; i < n; i++) {
      char ch = c[i];
      if (ch < TermText.FIRST_IGNORABLE) {
        continue;
      }
      if (ch == '\u2019') {
        c[i] = '\'';
        apostrophe = true;
      } else if (Character.isSurrogate(ch) || TextFolding.isDefaultIgnorable(ch)) {
        // An invisible char to remove (or a supplementary one, which may be): the general way.
        text = TermText.prepared(raw);
        copy();
        return;
      }
    }
    if (apostrophe) {
      text = text.replace('\u2019', '\'');
    }
  }

  private static WordTokens emptied(Lexicon lexicon) {
    WordTokens tokens = REUSED.get();
    if (tokens.start.length > KEPT_CAPACITY || tokens.chars.length > KEPT_CHARS) {
      tokens = new WordTokens("", null);
      REUSED.set(tokens);
    }
    Arrays.fill(tokens.lower, 0, tokens.count, null);
    Arrays.fill(tokens.word, 0, tokens.count, null);
    Arrays.fill(tokens.single, 0, tokens.count, null);
    tokens.count = 0;
    tokens.totalLetters = 0;
    tokens.totalUpperLetters = 0;
    tokens.modeWords = 0;
    tokens.modeCapitalised = 0;
    tokens.lexicon = lexicon;
    return tokens;
  }

  /** {@link TermText#isAsciiWithoutEntity} of the first {@code n} chars. */
  private static boolean isAsciiWithoutEntity(char[] c, int n) {
    for (int i = 0; i < n; i++) {
      if (c[i] >= 0x80 || c[i] == '&') {
        return false;
      }
    }
    return true;
  }

  /** Copies the text's chars into {@link #chars}. */
  private void copy() {
    int n = text.length();
    reserve(n);
    text.getChars(0, n, chars, 0);
    length = n;
  }

  /** Makes {@link #chars} hold at least {@code n} chars (its content is lost if it grows). */
  private void reserve(int n) {
    if (chars.length < n) {
      chars = new char[Math.max(n, 2 * chars.length)];
    }
  }

  /**
   * Finds the words of the text; the list is empty when called. The loops read a copy of the text's
   * chars: {@link String#charAt} tests the string's coder for every char, and a loop compiled for
   * Latin-1 texts is thrown away at the first UTF-16 one.
   */
  private WordTokens fill() {
    copy();
    return scan();
  }

  /** Finds the words of the text, whose chars {@link #copy} copied. */
  private WordTokens scan() {
    int n = length;
    char[] c = chars;
    int last = 0;
    for (int from = TextShape.skipToWord(c, 0, n);
        from < n;
        from = TextShape.skipToWord(c, last, n)) {
      int end = asciiWord(c, from, n);
      boolean counted = end >= 0; // an ASCII word, counted and hashed as it was found
      if (!counted) {
        end = endOfWord(c, from, n);
      }
      int wordEnd = end;
      boolean possessive = false;
      if (end - from >= 2 && c[end - 2] == '\'' && (c[end - 1] == 's' || c[end - 1] == 'S')) {
        wordEnd -= 2;
        possessive = true;
      }
      if (wordEnd > from) {
        int gap = gapFlags(c, last, from, n);
        if (counted && !possessive) {
          addCounted(from, wordEnd, gap);
        } else {
          add(from, wordEnd, possessive, gap); // counts the word again, without its 's
        }
      }
      last = end;
    }
    return this;
  }

  // What asciiWord counted of the word it found, for addCounted.
  private int scannedHash;
  private int scannedUpper;
  private int scannedLower;
  private boolean scannedRoman;

  /**
   * The end of the word that starts at {@code from}, as {@link #endOfWord} finds it, found and
   * counted in one pass for a word of ASCII chars only (most words): its {@link WordTable#hash},
   * capitals, lower-case letters and whether it is all {@code I V X} go to the {@code scanned}
   * fields. Returns -1 at the first char that is not ASCII (the caller then finds and counts the
   * word the general way).
   */
  private int asciiWord(char[] c, int from, int n) {
    int h = 0;
    int upper = 0;
    int lowerCase = 0;
    boolean roman = true;
    int i = from;
    while (true) {
      // A run of ASCII letters and digits.
      for (; i < n; i++) {
        char ch = c[i];
        if (ch >= 'a' && ch <= 'z') {
          lowerCase++;
          roman = false;
          h = 31 * h + ch;
        } else if (ch >= 'A' && ch <= 'Z') {
          upper++;
          roman &= ch == 'I' || ch == 'V' || ch == 'X';
          h = 31 * h + (ch + ('a' - 'A'));
        } else if (ch >= '0' && ch <= '9') {
          roman = false;
          h = 31 * h + ch;
        } else if (ch >= 0x80) {
          return -1;
        } else {
          break;
        }
      }
      // A joiner continues the word if a letter or number follows it.
      if (i + 1 < n
          && isJoiner(c[i])
          && TextShape.isLetterOrNumber(Character.codePointAt(c, i + 1, n))) {
        roman = false;
        h = 31 * h + c[i];
        i++;
        continue;
      }
      scannedHash = h;
      scannedUpper = upper;
      scannedLower = lowerCase;
      scannedRoman = roman;
      return i;
    }
  }

  /** Adds the ASCII word {@code [from, to)} that {@link #asciiWord} just counted. */
  private void addCounted(int from, int to, int gap) {
    if (count == start.length) {
      grow();
    }
    int upper = scannedUpper;
    int lowerCase = scannedLower;
    char firstChar = chars[from];
    int lexiconEntry = lexicon.entry(chars, from, to, scannedHash);
    int flags =
        (count == 0 || (gap & ENDS_SENTENCE) != 0 ? SENTENCE_START : 0)
            | ((gap & NOT_SPACE) == 0 ? SPACE_GAP : 0)
            | ((gap & PAREN) != 0 ? PAREN_GAP : 0)
            | (upper >= 2 && upper > lowerCase ? ACRONYM_SHAPE : 0)
            | ((lexicon.flags(lexiconEntry) & Lexicon.COUNTRY_START) != 0 ? COUNTRY_START : 0)
            | (scannedRoman ? ROMAN_SHAPE : 0)
            | (firstChar >= 'A' && firstChar <= 'Z' ? FIRST_LETTER | FIRST_UPPER : 0)
            | (firstChar >= 'a' && firstChar <= 'z' ? FIRST_LETTER : 0);
    put(from, to, flags, lexiconEntry, upper + lowerCase, upper);
  }

  private void grow() {
    int size = count * 2;
    start = Arrays.copyOf(start, size);
    end = Arrays.copyOf(end, size);
    info = Arrays.copyOf(info, size);
    entry = Arrays.copyOf(entry, size);
    letters = Arrays.copyOf(letters, size);
    upperLetters = Arrays.copyOf(upperLetters, size);
    first = Arrays.copyOf(first, size);
    lower = Arrays.copyOf(lower, size);
    word = Arrays.copyOf(word, size);
    single = Arrays.copyOf(single, size);
  }

  private void add(int from, int to, boolean possessive, int gap) {
    if (count == start.length) {
      grow();
    }
    int letterCount = 0;
    int upperLetterCount = 0;
    int upper = 0;
    int lowerCase = 0;
    boolean ascii = true;
    boolean roman = true; // every char one of I V X, the letters of a Roman numeral
    int asciiHash = 0; // WordTable.hash of the word, read in this loop (used if it is all ASCII)
    char[] chars = this.chars;
    for (int i = from; i < to; i++) {
      char c = chars[i];
      if (c < 0x80) {
        // ASCII, where the Character tests below come down to these ranges.
        if (c >= 'A' && c <= 'Z') {
          roman &= c == 'I' || c == 'V' || c == 'X';
          upper++;
          letterCount++;
          upperLetterCount++;
          asciiHash = 31 * asciiHash + (c + ('a' - 'A'));
          continue;
        } else if (c >= 'a' && c <= 'z') {
          lowerCase++;
          letterCount++;
        }
        roman = false;
        asciiHash = 31 * asciiHash + c;
        continue;
      }
      ascii = false;
      roman = false;
      boolean isUpper = Character.isUpperCase(c);
      if (isUpper) {
        upper++;
      } else if (Character.isLowerCase(c)) {
        lowerCase++;
      }
      if (Character.isLetter(c)) {
        letterCount++;
        if (isUpper) {
          upperLetterCount++;
        }
      }
    }
    // The tables read ASCII capitals as lower case; any other word is looked up in lower case
    // (toLowerCase is not one char for one char everywhere, so it is not done by hand).
    int hash;
    int lexiconEntry;
    if (ascii) {
      hash = asciiHash;
      lexiconEntry = lexicon.entry(chars, from, to, hash);
    } else {
      String key = new String(chars, from, to - from).toLowerCase(Locale.ROOT);
      lower[count] = key;
      hash = WordTable.hash(key, 0, key.length());
      lexiconEntry = lexicon.entry(key, 0, key.length(), hash);
    }
    // One look-up answers both: the lexicon holds the first words of the country forms too.
    boolean countryStart = (lexicon.flags(lexiconEntry) & Lexicon.COUNTRY_START) != 0;
    int flags =
        (count == 0 || (gap & ENDS_SENTENCE) != 0 ? SENTENCE_START : 0)
            | (possessive ? POSSESSIVE : 0)
            | ((gap & NOT_SPACE) == 0 ? SPACE_GAP : 0)
            | ((gap & PAREN) != 0 ? PAREN_GAP : 0)
            | (upper >= 2 && upper > lowerCase ? ACRONYM_SHAPE : 0)
            | (countryStart ? COUNTRY_START : 0)
            | (ascii ? 0 : NOT_ASCII)
            | (roman ? ROMAN_SHAPE : 0)
            | (Character.isLetter(chars[from]) ? FIRST_LETTER : 0)
            | (Character.isUpperCase(chars[from]) ? FIRST_UPPER : 0);
    put(from, to, flags, lexiconEntry, letterCount, upperLetterCount);
  }

  /**
   * Stores a word with what the rules derive from its flags and entry, in the same pass: whether it
   * may make a term alone ({@link SingleWordTerms}) and be part of a name ({@link NameRuns}), and
   * its share of the counts {@link TextMode} reads.
   */
  private void put(int from, int to, int flags, int lexiconEntry, int letterCount, int upperCount) {
    int lists = lexicon.flags(lexiconEntry);
    char firstChar = chars[from];
    int derived = flags;
    // SingleWordTerms finds nothing in a word that is no number or ordinal word, not acronym- nor
    // Roman-shaped and does not start with a digit: each of its rules needs one of these.
    if ((lists & (Lexicon.NUMBER_WORD | Lexicon.ORDINAL_WORD)) != 0
        || (flags & (ACRONYM_SHAPE | ROMAN_SHAPE)) != 0
        || (firstChar >= '0' && firstChar <= '9')) {
      derived |= MAY_MAKE_TERM;
    }
    if ((flags & (FIRST_UPPER | ACRONYM_SHAPE)) == FIRST_UPPER
        && (lists & Lexicon.MONTH_OR_DAY) == 0) {
      derived |= NAME_SHAPE;
    }
    if ((flags & FIRST_LETTER) != 0 && (lists & Lexicon.FUNCTION) == 0) {
      modeWords++;
      if ((flags & FIRST_UPPER) != 0) {
        modeCapitalised++;
      }
    }
    totalLetters += letterCount;
    totalUpperLetters += upperCount;
    start[count] = from;
    end[count] = to;
    info[count] = derived;
    entry[count] = lexiconEntry;
    letters[count] = letterCount;
    upperLetters[count] = upperCount;
    first[count] = firstChar;
    count++;
  }

  /**
   * What the gap {@code text[from, to)} holds, in one pass: {@link #ENDS_SENTENCE} for one of
   * {@code . ! ? : ;} or a line break; {@link #NOT_SPACE} unless every code point is white space
   * (as {@link String#isBlank}) and none is a line break; {@link #PAREN} for {@code (}.
   */
  private static int gapFlags(char[] c, int from, int to, int n) {
    int flags = 0;
    for (int i = from; i < to; ) {
      if (c[i] == ' ') {
        i++; // the usual gap, which sets no flag
        continue;
      }
      int cp = Character.codePointAt(c, i, n);
      switch (cp) {
        case '.', '!', '?', ':', ';' -> flags |= ENDS_SENTENCE | NOT_SPACE;
        case '\n' -> flags |= ENDS_SENTENCE | NOT_SPACE;
        case '(' -> flags |= PAREN | NOT_SPACE;
        default -> {
          if (!Character.isWhitespace(cp)) {
            flags |= NOT_SPACE;
          }
        }
      }
      i += Character.charCount(cp);
    }
    return flags;
  }

  /**
   * The end of the word that starts at {@code from}: runs of letters and numbers joined by one of
   * {@code ' - & . ,}. A loop equal to the regex {@code
   * [\\p{L}\\p{N}]+(?:['\\-&.,][\\p{L}\\p{N}]+)*}, which cost a third of term extraction.
   */
  private static int endOfWord(char[] c, int from, int n) {
    int end = TextShape.endOfRun(c, from, n);
    while (end + 1 < n
        && isJoiner(c[end])
        && TextShape.isLetterOrNumber(Character.codePointAt(c, end + 1, n))) {
      end = TextShape.endOfRun(c, end + 1, n);
    }
    return end;
  }

  /** One of {@code ' - & . ,}, which join runs into one word. */
  private static boolean isJoiner(char c) {
    return c == '\'' || c == '-' || c == '&' || c == '.' || c == ',';
  }

  /**
   * An array for the term each word makes alone, null for every word: part of this list, so reused
   * with it (emptied for the next text).
   *
   * @return at least {@link #count} nulls
   */
  Term[] singleTerms() {
    return single;
  }

  /** The number of words. */
  int count() {
    return count;
  }

  /** The text the words are in (made on first use if the words were cut from a body's chars). */
  String text() {
    if (text == null) {
      text = new String(chars, 0, length);
    }
    return text;
  }

  /**
   * The text's chars, at the start of this array (longer than the text), valid until the thread's
   * next call: the list's own array, not a copy, to read and never write.
   */
  char[] chars() {
    return chars;
  }

  /** Where word {@code i} starts in the text. */
  int start(int i) {
    return start[i];
  }

  /** Where word {@code i} ends in the text (exclusive, before a possessive {@code 's}). */
  int end(int i) {
    return end[i];
  }

  /** The first char of word {@code i}. */
  char firstChar(int i) {
    return first[i];
  }

  /** Word {@code i} as written (made once, on first use). */
  String word(int i) {
    String w = word[i];
    if (w == null) {
      w = new String(chars, start[i], end[i] - start[i]);
      word[i] = w;
    }
    return w;
  }

  /** Word {@code i} in lower case, {@link Locale#ROOT} (made once, on first use). */
  String lower(int i) {
    String l = lower[i];
    if (l == null) {
      // A word of the lexicon (most context words: "the", "of") is its table's string: no copy.
      // A word without lower-case string yet is ASCII (add keeps the others' from the start), so
      // its lower case is its chars with A to Z lowered, made here without the word's string.
      l = entry[i] >= 0 ? lexicon.word(entry[i]) : lowerAscii(i);
      lower[i] = l;
    }
    return l;
  }

  /**
   * Words {@code first} to {@code last} as written, joined by one space.
   *
   * @param first the first word
   * @param last the last word (inclusive)
   * @return the words
   */
  String joined(int first, int last) {
    if (first == last) {
      return word(first);
    }
    for (int i = first; i < last; i++) {
      if (start[i + 1] - end[i] != 1 || chars[end[i]] != ' ') {
        return joined(first, last, false);
      }
    }
    // The usual name: its words one space apart in the text, which is then the joined words.
    return new String(chars, start[first], end[last] - start[first]);
  }

  /**
   * {@link TextFolding#fold} of {@link #joined}: for words of ASCII chars only (letters, digits and
   * joiners, all printable, none a backtick, joined by single spaces), the fold is the lower case,
   * made here in one copy; any other is folded.
   *
   * @param first the first word
   * @param last the last word (inclusive)
   * @return the folded words
   */
  String foldedJoined(int first, int last) {
    return foldedJoined(first, last, joined(first, last));
  }

  /**
   * {@link #foldedJoined(int, int)} of words whose {@link #joined} string is at hand: for ASCII
   * words it is its lower case ({@link String#toLowerCase} of a Latin-1 string, one pass over its
   * bytes), for any other its fold.
   *
   * @param first the first word
   * @param last the last word (inclusive)
   * @param joined {@code joined(first, last)}
   * @return the folded words
   */
  String foldedJoined(int first, int last, String joined) {
    // Exclusive bounds here and in joined: C2 (JDK 17) deoptimizes the compiled caller, once, when
    // a `<=` bound allows a single pass (one word).
    for (int i = first, stop = last + 1; i < stop; i++) {
      if ((info[i] & NOT_ASCII) != 0) {
        return TextFolding.fold(joined);
      }
    }
    return joined.toLowerCase(Locale.ROOT);
  }

  private String joined(int first, int last, boolean lowerAscii) {
    if (first == last && !lowerAscii) {
      return word(first);
    }
    int stop = last + 1; // exclusive: see foldedJoined
    int length = last - first;
    for (int i = first; i < stop; i++) {
      length += end[i] - start[i];
    }
    char[] out = new char[length];
    int n = 0;
    for (int i = first; i < stop; i++) {
      if (i > first) {
        out[n++] = ' ';
      }
      for (int k = start[i]; k < end[i]; k++) {
        char c = chars[k];
        out[n++] = lowerAscii && c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      }
    }
    return new String(out);
  }

  /** Word {@code i}, an ASCII word, with its capitals lowered. */
  private String lowerAscii(int i) {
    return upperLetters[i] == 0 ? word(i) : joined(i, i, true);
  }

  /** The words in lower case, as a list that makes each one when it is read. */
  List<String> lowerWords() {
    return new LowerWords();
  }

  /** Tells whether words {@code i} and {@code j} are written the same. */
  boolean sameWord(int i, int j) {
    int length = end[i] - start[i];
    return length == end[j] - start[j]
        && Arrays.equals(chars, start[i], end[i], chars, start[j], end[j]);
  }

  /** Tells whether word {@code i} is in one of the {@link Lexicon} lists {@code flags} name. */
  boolean is(int i, int flags) {
    return (lexicon.flags(entry[i]) & flags) != 0;
  }

  /** The {@link Lexicon} entry of word {@code i}, or -1. */
  int lexiconEntry(int i) {
    return entry[i];
  }

  /** The first word, or the gap before it holds one of {@code . ! ? : ;} or a line break. */
  boolean sentenceStart(int i) {
    return (info[i] & SENTENCE_START) != 0;
  }

  /** The word ended in {@code 's}. */
  boolean possessive(int i) {
    return (info[i] & POSSESSIVE) != 0;
  }

  /** The gap before the word is white space only (or empty), without a line break. */
  boolean spaceGap(int i) {
    return (info[i] & SPACE_GAP) != 0;
  }

  /** The gap before the word holds an opening parenthesis. */
  boolean parenGap(int i) {
    return (info[i] & PAREN_GAP) != 0;
  }

  /** At least two upper-case chars, and more upper- than lower-case ones. */
  boolean acronymShape(int i) {
    return (info[i] & ACRONYM_SHAPE) != 0;
  }

  /** The first char of word {@code i} is a letter ({@link Character#isLetter(char)}). */
  boolean firstIsLetter(int i) {
    return (info[i] & FIRST_LETTER) != 0;
  }

  /** The first char of word {@code i} is upper case ({@link Character#isUpperCase(char)}). */
  boolean firstIsUpperCase(int i) {
    return (info[i] & FIRST_UPPER) != 0;
  }

  /**
   * Word {@code i} may make a term on its own: a number or ordinal word, acronym- or Roman-shaped,
   * or starting with a digit ({@link SingleWordTerms} finds nothing in any other word).
   */
  boolean mayMakeTerm(int i) {
    return (info[i] & MAY_MAKE_TERM) != 0;
  }

  /**
   * Word {@code i} starts with a capital, is not acronym-shaped and is no month nor weekday: a name
   * word unless it makes a term alone ({@link NameRuns}).
   */
  boolean nameShape(int i) {
    return (info[i] & NAME_SHAPE) != 0;
  }

  /** The letters of all words ({@link #letters}). */
  int totalLetters() {
    return totalLetters;
  }

  /** The upper-case letters of all words ({@link #upperLetters}). */
  int totalUpperLetters() {
    return totalUpperLetters;
  }

  /** The words that start with a letter and are no {@link Lexicon#FUNCTION} word. */
  int modeWords() {
    return modeWords;
  }

  /** The {@link #modeWords} that start with an upper-case letter. */
  int modeCapitalised() {
    return modeCapitalised;
  }

  /** Every char of the word is one of {@code I V X} (as every Roman numeral's is). */
  boolean romanShape(int i) {
    return (info[i] & ROMAN_SHAPE) != 0;
  }

  /** The word starts a country's name or demonym ({@link Countries}): worth a look-up. */
  boolean mayStartCountry(int i) {
    return (info[i] & COUNTRY_START) != 0;
  }

  /** The letters of word {@code i} ({@link Character#isLetter(char)}). */
  int letters(int i) {
    return letters[i];
  }

  /** The letters of word {@code i} that are upper case. */
  int upperLetters(int i) {
    return upperLetters[i];
  }

  private final class LowerWords extends AbstractList<String> implements RandomAccess {
    @Override
    public String get(int index) {
      if (index < 0 || index >= count) {
        throw new IndexOutOfBoundsException(index);
      }
      return lower(index);
    }

    @Override
    public int size() {
      return count;
    }
  }
}
