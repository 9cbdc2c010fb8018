package org.bulletins.facts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Folding#foldPastAscii} (the language scan's fold of its words past ASCII) is {@link
 * Folding#fold}, and both are the definition: NFKD, non-spacing marks dropped, lower case.
 */
class FoldingTest {

  @Property(tries = 2000)
  void foldPastAsciiIsTheDefinition(@ForAll("pastAscii") String word) {
    assertThat(Folding.foldPastAscii(word))
        .isEqualTo(Folding.fold(word))
        .isEqualTo(definition(word));
  }

  private static String definition(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder folded = new StringBuilder();
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        folded.append(c);
      }
    }
    return folded.toString().toLowerCase(Locale.ROOT);
  }

  @Provide
  Arbitrary<String> pastAscii() {
    Arbitrary<String> letters =
        Arbitraries.oneOf(
            Arbitraries.strings().withCharRange('A', 'z').ofMaxLength(8),
            Arbitraries.strings().withCharRange('\u00C0', '\u017F').ofMaxLength(8),
            Arbitraries.strings().all().ofMaxLength(8),
            Arbitraries.of("e\u0301", "\uFB01", "\u00DF", "\u0130", "\u03A3\u03C3", "\u1E9E"));
    return Arbitraries.oneOf(
            Arbitraries.strings().withCharRange('\u0080', '\uFFFF').ofMinLength(1).ofMaxLength(3),
            Arbitraries.of("\u00E9", "\u0394", "\u0301", "\u00FF"))
        .flatMap(past -> letters.tuple2().map(t -> t.get1() + past + t.get2()));
  }
}
