package org.bulletins.dedup.internal.terms;

/** How a text is written, which decides what may be a name or an acronym. */
enum TextMode {
  /** Ordinary text: names and acronyms. */
  PLAIN,
  /** A title with most words capitalised: no names (every word looks like one). */
  TITLE_CASE,
  /** Text in capitals: neither names nor acronyms. */
  CAPITALS;

  /**
   * The mode of a text: capitals if at least 70% of its letters are (and it has three words or
   * more); title case if it is a title and at least 60% of its words that are not function words
   * start with a capital (three such words or more); else plain.
   *
   * @param tokens the words of the text
   * @param title the text is a title
   * @return its mode
   */
  static TextMode of(WordTokens tokens, boolean title) {
    // The counts are summed as the words are found (WordTokens.put), not in a loop here.
    int letters = tokens.totalLetters();
    int upper = tokens.totalUpperLetters();
    int words = tokens.modeWords();
    int capitalised = tokens.modeCapitalised();
    if (tokens.count() >= 3 && letters > 0 && upper * 10 >= letters * 7) {
      return CAPITALS;
    }
    if (title && words >= 3 && capitalised * 10 >= words * 6) {
      return TITLE_CASE;
    }
    return PLAIN;
  }
}
