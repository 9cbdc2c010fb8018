package org.bulletins.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.IntPredicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link HtmlEntities#decode(String, IntPredicate)} over a copy of the chars gives what the char by
 * char loop gave (written out below), on texts of both of String's codings made of references,
 * near-references, ampersands, semicolons and words, with every reference decoded or only those
 * that stand for whitespace.
 */
class HtmlEntitiesProperties {

  private static final String[] PIECES = {
    "&amp;",
    "&nbsp;",
    "&#8220;",
    "&#x201D;",
    "&#150;",
    "&eacute;",
    "&rsquo;",
    "&",
    ";",
    "#",
    "&#",
    "&#;",
    "&;",
    "&unknown;",
    "&abcdefghij;",
    "&abcdefghijk;",
    "AT&T",
    "a",
    "Morgan ",
    " ",
    "\u00e9",
    "\u2019",
    "\uD83D\uDE00",
    "&amp",
    "&&amp;",
    "x;",
    "\n\n"
  };

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(PIECES).list().ofMaxSize(16).map(parts -> String.join("", parts));
  }

  @Property(tries = 3000)
  void decodesAsTheCharLoopDid(@ForAll("texts") String text) {
    assertThat(HtmlEntities.decode(text)).isEqualTo(charLoop(text, c -> true));
    IntPredicate space = Character::isSpaceChar;
    assertThat(HtmlEntities.decode(text, space)).isEqualTo(charLoop(text, space));
  }

  /**
   * The former loop: every char in turn, a reference at each '&' (a name or number of at most ten
   * chars, then ';') decoded when its first char passes the test. A single reference is decoded by
   * the code under test alone (its table is not copied here); the loop around it is the reference.
   */
  private static String charLoop(String text, IntPredicate accept) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '&') {
        int semicolon = semicolon(text, i);
        if (semicolon >= 0) {
          String reference = text.substring(i, semicolon + 1);
          String decoded = HtmlEntities.decode(reference);
          if (!decoded.equals(reference) && accept.test(decoded.charAt(0))) {
            out.append(decoded);
            i = semicolon + 1;
            continue;
          }
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  private static int semicolon(String text, int amp) {
    int end = Math.min(text.length(), amp + 12);
    for (int j = amp + 1; j < end; j++) {
      char c = text.charAt(j);
      if (c == ';') {
        return j > amp + 1 ? j : -1;
      }
      boolean letterOrDigit =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!(c == '#' && j == amp + 1) && !letterOrDigit) {
        return -1;
      }
    }
    return -1;
  }
}
