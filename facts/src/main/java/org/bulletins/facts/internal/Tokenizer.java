package org.bulletins.facts.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into {@link Token tokens} in one left-to-right pass, without regular expressions, so
 * that no input (a 6 KB run of {@code 1,2,3,...}) costs more than linear time or any stack.
 * Apostrophes and hyphens separate words: {@code Costa Rica’s} gives {@code Rica}, {@code s};
 * {@code l’Équateur} gives {@code l}, {@code Équateur}.
 */
public final class Tokenizer {

  private Tokenizer() {}

  /**
   * Tokenises a text.
   *
   * @param text any text
   * @return its tokens, whitespace dropped
   */
  public static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    int n = text.length();
    int i = 0;
    boolean space = true;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
        i++;
        continue;
      }
      int start = i;
      Token.Kind kind;
      if (Character.isLetter(c)) {
        while (i < n && (Character.isLetter(text.charAt(i)) || isMark(text.charAt(i)))) {
          i++;
        }
        kind = Token.Kind.WORD;
      } else if (isDigit(c)) {
        i++;
        while (i < n) {
          char d = text.charAt(i);
          if (isDigit(d)) {
            i++;
          } else if ((d == '.' || d == ',') && i + 1 < n && isDigit(text.charAt(i + 1))) {
            i += 2;
          } else {
            break;
          }
        }
        kind = Token.Kind.NUMBER;
      } else {
        i += Character.charCount(text.codePointAt(i));
        kind = Token.Kind.PUNCT;
      }
      String word = text.substring(start, i);
      tokens.add(new Token(word, Folding.fold(word), kind, space));
      space = false;
    }
    return tokens;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isMark(char c) {
    return Character.getType(c) == Character.NON_SPACING_MARK;
  }
}
