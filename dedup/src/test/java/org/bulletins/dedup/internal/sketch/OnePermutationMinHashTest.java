package org.bulletins.dedup.internal.sketch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The estimate error of one-permutation MinHash with optimal densification against exact Jaccard,
 * on random set pairs of every size (down to sets far smaller than the signature, where most bins
 * are borrowed) and every similarity. With k values the estimate of similarity J has standard
 * deviation sqrt(J(1-J)/k), at most 0.05 for k = 100: the mean absolute error must be about 0.8 of
 * that (the mean of a normal's absolute value), and the bias near zero.
 */
class OnePermutationMinHashTest {

  private static final int K = 100;

  @Test
  void estimatesJaccardWithoutBiasForSmallAndLargeSets() {
    OnePermutationMinHash minHash = new OnePermutationMinHash(K, 42);
    SplittableRandom random = new SplittableRandom(7);
    int[] sizes = {3, 10, 30, 100, 300, 1000};
    double[] similarities = {0.1, 0.3, 0.5, 0.7, 0.9};
    StringBuilder report =
        new StringBuilder("size  J     bias    meanAbsErr  (k=" + K + ", 200 pairs each)\n");
    for (int size : sizes) {
      for (double target : similarities) {
        double sumError = 0;
        double sumAbs = 0;
        double sumSquaredModel = 0;
        int pairs = 200;
        for (int p = 0; p < pairs; p++) {
          // Two sets of `size` elements sharing `common` of them.
          int common = (int) Math.round(2 * size * target / (1 + target));
          long[] a = new long[size];
          long[] b = new long[size];
          for (int i = 0; i < size; i++) {
            a[i] = random.nextLong();
            b[i] = i < common ? a[i] : random.nextLong();
          }
          double exact = (double) common / (2 * size - common);
          double estimate =
              OnePermutationMinHash.estimateJaccard(
                  minHash.signature(a, size), minHash.signature(b, size));
          sumError += estimate - exact;
          sumAbs += Math.abs(estimate - exact);
          sumSquaredModel += exact * (1 - exact) / K;
        }
        double bias = sumError / pairs;
        double meanAbs = sumAbs / pairs;
        double modelSd = Math.sqrt(sumSquaredModel / pairs);
        report.append(
            String.format(
                "%4d  %.2f  %+.4f  %.4f (model %.4f)%n",
                size, target, bias, meanAbs, 0.8 * modelSd));
        assertThat(Math.abs(bias)).as("bias at size %d, J %.1f", size, target).isLessThan(0.02);
        // Sets with fewer elements than bins estimate a little worse than independent hashes
        // (the borrowed values repeat the same few elements); allow 40% over the model.
        assertThat(meanAbs)
            .as("error at size %d, J %.1f", size, target)
            .isLessThan(1.4 * 0.8 * modelSd + 0.005);
      }
    }
    System.out.print(report);
  }

  @Test
  void equalSetsHaveEqualSignaturesAndTheEmptySetNone() {
    OnePermutationMinHash minHash = new OnePermutationMinHash(K, 1);
    long[] set = {5, 9, 11};
    long[] shuffledWithRepeats = {11, 5, 9, 5};
    assertThat(minHash.signature(set, 3)).isEqualTo(minHash.signature(shuffledWithRepeats, 4));
    assertThat(minHash.signature(set, 0)).containsOnly(OnePermutationMinHash.EMPTY);
    assertThat(Arrays.stream(minHash.signature(set, 3)).allMatch(v -> v >= 0)).isTrue();
    assertThat(new OnePermutationMinHash(K, 2).signature(set, 3))
        .isNotEqualTo(minHash.signature(set, 3));
  }
}
