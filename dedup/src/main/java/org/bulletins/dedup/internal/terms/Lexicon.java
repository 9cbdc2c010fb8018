package org.bulletins.dedup.internal.terms;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The word lists that the term rules read, in one place: function words (a name does not start with
 * one), connectors (they join the words of a name), months and weekdays (not names), and the number
 * and ordinal words with their values. A word is looked up once per token, by its region of the
 * text ({@link WordTable}), and the answer is an entry whose flags say which lists hold it.
 */
final class Lexicon {

  /** Function words: {@code the}, {@code of}, {@code today}... */
  static final int FUNCTION = 1;

  /** Words that join the words of a name: {@code of}, {@code and}, {@code de}... */
  static final int CONNECTOR = 2;

  /** Months and weekdays. */
  static final int MONTH_OR_DAY = 4;

  /** The number words {@code two} to {@code twenty}, tens, {@code hundred}, {@code thousand}. */
  static final int NUMBER_WORD = 8;

  /** The ordinal words {@code first} to {@code tenth}. */
  static final int ORDINAL_WORD = 16;

  /**
   * The first words of the {@link Countries} forms: a word that starts none needs no country
   * look-up, and one probe of this table answers both questions.
   */
  static final int COUNTRY_START = 32;

  private static final String NUMBER_WORDS =
      "two=2 three=3 four=4 five=5 six=6 seven=7 eight=8 nine=9 ten=10 eleven=11 twelve=12"
          + " thirteen=13 fourteen=14 fifteen=15 sixteen=16 seventeen=17 eighteen=18"
          + " nineteen=19 twenty=20 thirty=30 forty=40 fifty=50 hundred=100 thousand=1000";
  private static final String ORDINAL_WORDS =
      "first=1 second=2 third=3 fourth=4 fifth=5 sixth=6 seventh=7 eighth=8 ninth=9 tenth=10";
  private static final String CONNECTORS = "of for and de del la las los y on against &";
  private static final String FUNCTION_WORDS =
      "the a an on in at with within since during from for by to of and but this that these"
          + " those its their our his her as after before last next closing through between"
          + " among under over while when where according both all some more most many"
          + " also new read it we they he she there here today yesterday";
  private static final String CALENDAR =
      "january february march april may june july august september october november december"
          + " monday tuesday wednesday thursday friday saturday sunday";

  private static final Lexicon ENGLISH = build();

  private final WordTable table;
  private final List<String> words;
  private final int[] flags;
  private final String[] values;
  // For a word that starts only one-word country forms: that country's term, made once.
  private final Term[] oneWordCountries;

  private Lexicon(List<String> words, int[] flags, String[] values) {
    this.table = new WordTable(words);
    this.words = words;
    this.flags = flags;
    this.values = values;
    this.oneWordCountries = new Term[words.size()];
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if ((flags[i] & COUNTRY_START) != 0 && Countries.longestFrom(word) == 1) {
        oneWordCountries[i] = Countries.oneWordTerm(word);
      }
    }
  }

  /**
   * The English lists.
   *
   * @return the lexicon
   */
  static Lexicon english() {
    return ENGLISH;
  }

  /**
   * The entry of the word that a region of a text spells, ASCII capitals read as lower case (pass a
   * word that is not all ASCII in lower case).
   *
   * @param text a text
   * @param from the word's start
   * @param to the word's end
   * @param hash the region's {@link WordTable#hash}, computed once for several tables
   * @return the entry, or -1 for a word in no list
   */
  int entry(String text, int from, int to, int hash) {
    return table.find(text, from, to, hash);
  }

  /**
   * {@link #entry(String, int, int, int)} of a region of copied chars (an ASCII word's).
   *
   * @param c a text's chars
   * @param from the word's start
   * @param to the word's end
   * @param hash the region's {@link WordTable#hash(char[], int, int)}
   * @return the entry, or -1 for a word in no list
   */
  int entry(char[] c, int from, int to, int hash) {
    return table.find(c, from, to, hash);
  }

  /**
   * The lists an entry is in.
   *
   * @param entry an entry, or -1
   * @return the flags ({@link #FUNCTION}...), 0 for -1
   */
  int flags(int entry) {
    return entry < 0 ? 0 : flags[entry];
  }

  /**
   * The country that a word of the lexicon names alone, when every country form it starts is one
   * word: what {@link Countries#atLowerCase} finds at it, without a look-up.
   *
   * @param entry an entry, or -1
   * @return the country's term, or null (a word that starts a longer form, or none)
   */
  Term oneWordCountry(int entry) {
    return entry < 0 ? null : oneWordCountries[entry];
  }

  /**
   * The digits of a number or ordinal word ({@code twelve}: {@code 12}).
   *
   * @param entry the entry of a {@link #NUMBER_WORD} or {@link #ORDINAL_WORD}
   * @return its value in digits
   */
  String value(int entry) {
    return values[entry];
  }

  /**
   * The word of an entry, in lower case: what {@link String#toLowerCase} with {@link
   * java.util.Locale#ROOT} makes of every region {@link #entry} finds it for.
   *
   * @param entry an entry, not -1
   * @return its word
   */
  String word(int entry) {
    return words.get(entry);
  }

  private static Lexicon build() {
    Map<String, Integer> flags = new LinkedHashMap<>();
    Map<String, String> values = new LinkedHashMap<>();
    addWords(flags, FUNCTION_WORDS, FUNCTION);
    addWords(flags, CONNECTORS, CONNECTOR);
    addWords(flags, CALENDAR, MONTH_OR_DAY);
    addValues(flags, values, NUMBER_WORDS, NUMBER_WORD);
    addValues(flags, values, ORDINAL_WORDS, ORDINAL_WORD);
    // Spanish, French and Portuguese (issue 17): the same flags from their own lists.
    addWords(flags, RomanceWords.FUNCTION_WORDS, FUNCTION);
    addWords(flags, RomanceWords.CONNECTORS, CONNECTOR);
    addWords(flags, RomanceWords.CALENDAR, MONTH_OR_DAY);
    addWords(flags, Countries.firstWords(), COUNTRY_START);
    List<String> words = ImmutableList.copyOf(flags.keySet());
    int[] flagArray = new int[words.size()];
    String[] valueArray = new String[words.size()];
    for (int i = 0; i < words.size(); i++) {
      flagArray[i] = flags.get(words.get(i));
      valueArray[i] = values.get(words.get(i));
    }
    return new Lexicon(words, flagArray, valueArray);
  }

  private static void addWords(Map<String, Integer> flags, String words, int flag) {
    addWords(flags, List.of(words.split(" ")), flag);
  }

  private static void addWords(Map<String, Integer> flags, Iterable<String> words, int flag) {
    for (String word : words) {
      flags.merge(word, flag, (x, y) -> x | y);
    }
  }

  private static void addValues(
      Map<String, Integer> flags, Map<String, String> values, String spec, int flag) {
    List<String> words = new ArrayList<>();
    for (String pair : spec.split(" ")) {
      String[] kv = pair.split("=");
      words.add(kv[0]);
      values.put(kv[0], kv[1]);
    }
    addWords(flags, String.join(" ", words), flag);
  }
}
