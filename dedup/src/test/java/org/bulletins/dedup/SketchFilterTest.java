package org.bulletins.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bulletins.dedup.internal.PairVerifier;
import org.bulletins.dedup.internal.Pipeline;
import org.bulletins.dedup.internal.sketch.ItemSignature;
import org.bulletins.dedup.internal.terms.DistinctiveTerms;
import org.bulletins.model.MatchEvidence;
import org.junit.jupiter.api.Test;

/**
 * {@code PairVerifier.mayBeSame} decides from signatures alone and must never drop a pair that full
 * verification (with terms) would join: checked on every pair of the evaluation set.
 */
class SketchFilterTest {

  @Test
  void theFilterKeepsEveryPairThatVerificationJoins() throws IOException {
    List<EvaluationTest.Labelled> set = new ArrayList<>();
    Map<String, String> seedStoryByTitle = EvaluationTest.addSeedPerturbations(set);
    EvaluationTest.loadHandWritten(set, seedStoryByTitle);
    DedupEngine engine = DedupEngine.create();
    PairVerifier verifier = engine.pipeline().verifier();
    List<ItemSignature> signatures = new ArrayList<>();
    List<DistinctiveTerms> terms = new ArrayList<>();
    for (EvaluationTest.Labelled l : set) {
      signatures.add(engine.pipeline().signer().sign(l.item()).signature());
      terms.add(Pipeline.terms(l.item()));
    }
    Map<String, Integer> outcomes = new HashMap<>();
    for (int i = 0; i < set.size(); i++) {
      for (int j = i + 1; j < set.size(); j++) {
        MatchEvidence exact =
            verifier.verify(signatures.get(i), terms.get(i), signatures.get(j), terms.get(j));
        boolean kept = verifier.mayBeSame(signatures.get(i), signatures.get(j));
        // The gate (least counts, merges cut short) answers as the rules on full intersections.
        assertThat(kept).isEqualTo(verifier.mayBeSameByRules(signatures.get(i), signatures.get(j)));
        if (exact.sameStory()) {
          assertThat(kept)
              .as(
                  "%s joins %s and %s",
                  exact.rule(), set.get(i).item().title(), set.get(j).item().title())
              .isTrue();
        }
        outcomes.merge(
            (exact.sameStory() ? "same" : "apart") + (kept ? "-kept" : "-dropped"),
            1,
            Integer::sum);
      }
    }
    // The filter must also do its job: most pairs that are apart never reach term extraction.
    assertThat(outcomes.getOrDefault("same-kept", 0)).isGreaterThan(50);
    assertThat(outcomes.getOrDefault("apart-dropped", 0))
        .isGreaterThan(9 * outcomes.getOrDefault("apart-kept", 0));
    System.out.println("signature filter over the evaluation set: " + outcomes);
  }

  @Test
  void theIntersectionOfSortedHashesCountsMatchedValues() {
    assertThat(ItemSignature.intersection(new int[] {1, 3, 5, 7}, new int[] {0, 3, 4, 7, 9}))
        .isEqualTo(2);
    assertThat(ItemSignature.intersection(new int[] {}, new int[] {1})).isZero();
  }
}
