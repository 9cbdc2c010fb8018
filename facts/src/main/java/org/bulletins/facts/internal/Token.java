package org.bulletins.facts.internal;

/**
 * One token of a text: a word (letters, possibly with inner hyphens removed by splitting), a run of
 * digits with inner separators ({@code 1.202}, {@code 1,500}), or one punctuation character.
 *
 * @param text the token as written
 * @param folded the token folded (see {@link Folding})
 * @param kind what it is
 * @param spaceBefore whether whitespace precedes it
 */
public record Token(String text, String folded, Kind kind, boolean spaceBefore) {

  /** The kinds of token. */
  public enum Kind {
    /** Letters. */
    WORD,
    /** Digits, possibly with inner {@code .} or {@code ,} between digits. */
    NUMBER,
    /** Anything else, one character. */
    PUNCT
  }

  /**
   * Whether this is a word starting with an upper-case letter.
   *
   * @return true for {@code Honduras}, {@code IOM}
   */
  public boolean capitalized() {
    return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
  }

  /**
   * Whether this is a word of two or more letters, all upper case: {@code IOM}, {@code OCAM}.
   *
   * @return true for an acronym-shaped word
   */
  public boolean allCaps() {
    if (kind != Kind.WORD || text.length() < 2) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isUpperCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether this is the punctuation character {@code c}.
   *
   * @param c a character
   * @return true if so
   */
  public boolean is(char c) {
    return kind == Kind.PUNCT && text.charAt(0) == c;
  }
}
