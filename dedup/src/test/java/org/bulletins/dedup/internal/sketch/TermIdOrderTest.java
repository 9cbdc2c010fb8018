package org.bulletins.dedup.internal.sketch;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bulletins.dedup.internal.terms.Term;

/**
 * The signer orders and hashes term ids without making them: its order is the ids' string order,
 * its hash the id's {@link Hash64#of(CharSequence)}.
 */
class TermIdOrderTest {

  @Property(tries = 3000)
  void compareIdsIsTheIdsStringOrder(@ForAll("terms") Term a, @ForAll("terms") Term b) {
    assertThat(Integer.signum(ItemSigner.compareIds(a, b)))
        .isEqualTo(Integer.signum(a.id().compareTo(b.id())));
  }

  @Property(tries = 3000)
  void hashOfPrefixAndKeyIsTheIdsHash(@ForAll("terms") Term term) {
    assertThat(Hash64.of(term.kind().idPrefix(), term.key())).isEqualTo(Hash64.of(term.id()));
    assertThat(ItemSigner.termHash(term)).isEqualTo(Hash64.of(term.id()));
  }

  @Provide
  Arbitrary<Term> terms() {
    Arbitrary<String> keys =
        Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(3),
                Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(3),
                Arbitraries.strings()
                    .withChars("abc :-\u00E9\uD83D\uDE00")
                    .ofMinLength(1)
                    .ofMaxLength(4),
                Arbitraries.of("a", "a:", ":", "name", "number:1"))
            .filter(k -> !k.isBlank());
    return net.jqwik.api.Combinators.combine(Arbitraries.of(Term.Kind.class), keys)
        .as((kind, key) -> new Term(kind, key, key));
  }
}
