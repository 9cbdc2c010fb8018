package org.bulletins.dedup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The gate's least counts against a count-by-count search with the verifier's own measures. */
class SignatureGateTest {

  private static final double[] THRESHOLDS = {0.0, 0.3, 0.34, 0.4, 0.5, 0.6, 0.8, 0.9, 1.0, 0.71};

  @Test
  void leastCountsAreTheFirstCountsThatPass() {
    for (double t : THRESHOLDS) {
      for (int a = 0; a <= 120; a++) {
        for (int b = 0; b <= 120; b++) {
          assertThat(SignatureGate.leastJaccard(t, a, b))
              .as("jaccard %s, sizes %s %s", t, a, b)
              .isEqualTo(firstPassing(t, a, b, true));
          assertThat(SignatureGate.leastContainment(t, a, b))
              .as("containment %s, sizes %s %s", t, a, b)
              .isEqualTo(firstPassing(t, a, b, false));
        }
      }
    }
  }

  @Test
  void aThresholdAboveOneIsNeverReached() {
    assertThat(SignatureGate.leastJaccard(1.01, 10, 10)).isEqualTo(Integer.MAX_VALUE);
    assertThat(SignatureGate.leastContainment(1.01, 10, 10)).isEqualTo(Integer.MAX_VALUE);
    assertThat(SignatureGate.leastContainment(0.8, 10, 10)).isEqualTo(8);
    assertThat(SignatureGate.leastJaccard(0.9, 10, 10)).isEqualTo(10);
  }

  private static int firstPassing(double t, int a, int b, boolean jaccard) {
    for (int c = 0; c <= Math.min(a, b); c++) {
      double m = jaccard ? PairVerifier.jaccard(c, a, b) : PairVerifier.containment(c, a, b);
      if (m >= t) {
        return c;
      }
    }
    return Integer.MAX_VALUE;
  }
}
