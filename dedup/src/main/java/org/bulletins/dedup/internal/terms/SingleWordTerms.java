package org.bulletins.dedup.internal.terms;

import java.util.Locale;

/**
 * The terms that one word makes on its own: numbers (digits, or number words), ordinals (ordinal
 * words, Roman numerals) and acronyms. Only such a word is made into a {@code String}.
 */
final class SingleWordTerms {

  private SingleWordTerms() {}

  /**
   * The term that word {@code i} makes alone.
   *
   * @param tokens the words of a text
   * @param i the word
   * @param mode how the text is written (text in capitals has no Roman numerals nor acronyms)
   * @param lexicon the word lists the tokens were looked up in
   * @return the term, or null for none
   */
  static Term of(WordTokens tokens, int i, TextMode mode, Lexicon lexicon) {
    if (!tokens.mayMakeTerm(i)) {
      return null; // most words: the tests below would all fail
    }
    char[] text = tokens.chars(); // no string of the whole text
    int from = tokens.start(i);
    int to = tokens.end(i);
    int digits = Numerals.numberLength(text, from, to);
    if (digits > 0) {
      String word = tokens.word(i);
      // The digits are most often the whole word ("2021"): its string, not a second copy.
      String digitsWritten = digits == word.length() ? word : word.substring(0, digits);
      return new Term(Term.Kind.NUMBER, Numerals.numberKey(digitsWritten), word);
    }
    if (Character.isDigit(text[from])) {
      Term time = ClockTimes.ofWord(text, from, to); // 14h30
      if (time != null) {
        return time;
      }
    }
    if (tokens.is(i, Lexicon.NUMBER_WORD)) {
      return new Term(Term.Kind.NUMBER, lexicon.value(tokens.lexiconEntry(i)), tokens.word(i));
    }
    if (tokens.is(i, Lexicon.ORDINAL_WORD)) {
      return new Term(Term.Kind.ORDINAL, lexicon.value(tokens.lexiconEntry(i)), tokens.word(i));
    }
    if (mode == TextMode.CAPITALS) {
      return null;
    }
    if (Numerals.isRoman(text, from, to)) {
      String word = tokens.word(i);
      return new Term(Term.Kind.ORDINAL, Integer.toString(Numerals.romanValue(word)), word);
    }
    if (tokens.acronymShape(i)) {
      String word = tokens.word(i);
      return new Term(Term.Kind.ACRONYM, word.replace(".", "").toUpperCase(Locale.ROOT), word);
    }
    return null;
  }
}
