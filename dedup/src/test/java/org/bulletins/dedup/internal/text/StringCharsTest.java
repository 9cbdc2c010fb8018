package org.bulletins.dedup.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bulletins.dedup.internal.sketch.Hash64;

/**
 * {@link StringChars} holds each string's own chars, whatever came before it on the thread: short
 * and long (past the kept buffer's 16k), Latin-1 and not; and the hash that reads two copies one
 * after the other is the hash of the joined string.
 */
class StringCharsTest {

  @Property(tries = 300)
  void eachStringsOwnChars(@ForAll("strings") String a, @ForAll("strings") String b) {
    for (String s : new String[] {a, b, a + b, b, "", a}) {
      char[] chars = StringChars.of(s);
      assertThat(Arrays.copyOf(chars, s.length())).isEqualTo(s.toCharArray());
    }
  }

  @Property(tries = 300)
  void twoStringsHashAsTheirJoin(@ForAll("strings") String a, @ForAll("strings") String b) {
    assertThat(Hash64.of(a, b))
        .isEqualTo(Hash64.of(a + b))
        .isEqualTo(Hash64.of((CharSequence) (a + b)));
  }

  @Provide
  Arbitrary<String> strings() {
    Arbitrary<String> latin1 =
        Arbitraries.strings().withCharRange('\u0000', '\u00FF').ofMaxLength(40);
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(40);
    Arbitrary<String> shortOnes = Arbitraries.oneOf(latin1, any);
    return Arbitraries.oneOf(
        shortOnes,
        shortOnes.flatMap(
            s ->
                Arbitraries.integers()
                    .between(400, 1200)
                    .map(k -> (s + "x\u00E9\u0394").repeat(k))));
  }
}
