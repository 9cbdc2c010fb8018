package org.bulletins.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bulletins.dedup.internal.ItemFeatures;
import org.bulletins.dedup.internal.ItemSketch;
import org.bulletins.model.MatchEvidence;
import org.junit.jupiter.api.Test;

/**
 * {@code PairVerifier.mayBeSame}, the sketch filter of batch deduplication, never turns away a pair
 * that exact verification joins; over every pair of the evaluation set (seeds, their perturbations
 * and the hand-written rewrites and look-alikes).
 */
class SketchFilterTest {

  @Test
  void theFilterKeepsEveryPairThatVerificationJoins() throws IOException {
    List<EvaluationTest.Labelled> set = new ArrayList<>();
    Map<String, String> seedStoryByTitle = EvaluationTest.addSeedPerturbations(set);
    EvaluationTest.loadHandWritten(set, seedStoryByTitle);
    DedupEngine engine = DedupEngine.create();
    PairVerifier verifier = engine.verifier();
    List<ItemFeatures> features = new ArrayList<>();
    List<ItemSketch> sketches = new ArrayList<>();
    for (EvaluationTest.Labelled l : set) {
      ItemFeatures f = ItemFeatures.of(l.item(), engine.options().shingleSize());
      features.add(f);
      sketches.add(ItemSketch.of(f));
    }
    Map<String, Integer> outcomes = new HashMap<>();
    for (int i = 0; i < set.size(); i++) {
      for (int j = i + 1; j < set.size(); j++) {
        MatchEvidence exact = verifier.verify(features.get(i), features.get(j));
        boolean kept = verifier.mayBeSame(sketches.get(i), sketches.get(j));
        if (exact.sameStory()) {
          assertThat(kept)
              .as("%s joins %s and %s", exact.rule(), set.get(i).item().title(), set.get(j).item().title())
              .isTrue();
        }
        outcomes.merge((exact.sameStory() ? "same" : "apart") + (kept ? "-kept" : "-dropped"), 1, Integer::sum);
      }
    }
    // The filter must also do its job: most pairs that are apart never reach exact verification.
    assertThat(outcomes.getOrDefault("same-kept", 0)).isGreaterThan(50);
    assertThat(outcomes.getOrDefault("apart-dropped", 0))
        .isGreaterThan(9 * outcomes.getOrDefault("apart-kept", 0));
    System.out.println("sketch filter over the evaluation set: " + outcomes);
  }

  @Test
  void theIntersectionOfSortedHashesCountsMatchedValues() {
    assertThat(ItemSketch.intersection(new long[] {1, 3, 5, 7}, new long[] {0, 3, 4, 7, 9})).isEqualTo(2);
    assertThat(ItemSketch.intersection(new long[] {2, 2, 5}, new long[] {2, 5, 5})).isEqualTo(2);
    assertThat(ItemSketch.intersection(new long[] {}, new long[] {1})).isZero();
    assertThat(ItemSketch.hash("iom")).isNotEqualTo(ItemSketch.hash("moi"));
  }
}
