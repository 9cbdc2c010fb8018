package org.bulletins.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LshBandingTest {

  @Test
  void theSCurveOfTheDefaults() {
    assertThat(LshBanding.probability(0.3, 20, 5)).isCloseTo(0.047, within(0.005));
    assertThat(LshBanding.probability(0.5, 20, 5)).isCloseTo(0.47, within(0.01));
    assertThat(LshBanding.probability(0.7, 20, 5)).isCloseTo(0.975, within(0.005));
    assertThat(LshBanding.probability(0.5, 8, 2)).isCloseTo(0.90, within(0.01));
  }

  @Test
  void minHashEstimatesJaccard() {
    Set<String> a = new HashSet<>();
    Set<String> b = new HashSet<>();
    for (int i = 0; i < 300; i++) {
      a.add("s" + i);
      b.add("s" + (i + 100)); // Jaccard 200 / 400 = 0.5
    }
    MinHashSigner signer = new MinHashSigner(400, DedupOptions.DEFAULT_HASH_SEED);
    assertThat(MinHashSigner.estimateJaccard(signer.signature(a), signer.signature(b)))
        .isCloseTo(0.5, within(0.08));
  }

  @Test
  void sameSeedSameKeysOtherSeedOtherKeys() {
    Set<String> shingles = Set.of("iom trains igm", "trains igm staff");
    LshBanding banding = new LshBanding(20, 5, "text");
    var keys = banding.bandKeys(new MinHashSigner(100, 1).signature(shingles));
    assertThat(banding.bandKeys(new MinHashSigner(100, 1).signature(shingles))).isEqualTo(keys);
    assertThat(banding.bandKeys(new MinHashSigner(100, 2).signature(shingles))).doesNotContainAnyElementsOf(keys);
    assertThat(banding.bandKeys(new MinHashSigner(100, 1).signature(Set.of()))).isEmpty();
  }
}
