package org.bulletins.dedup.internal.sketch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link ItemSignature#intersection} counts the shared values, and {@link
 * ItemSignature#intersectionReaches} answers as the full count does.
 */
class IntersectionReachesProperties {

  @Property(tries = 2000)
  void reachesExactlyWhenTheFullIntersectionDoes(
      @ForAll("smallSets") Set<Integer> a,
      @ForAll("smallSets") Set<Integer> b,
      @ForAll @IntRange(min = -1, max = 45) int need) {
    int[] x = sorted(a);
    int[] y = sorted(b);
    int common = ItemSignature.intersection(x, y);
    assertThat(ItemSignature.intersectionReaches(x, y, need))
        .as("common %s, need %s", common, need)
        .isEqualTo(common >= need);
    assertThat(ItemSignature.intersectionReaches(y, x, need)).isEqualTo(common >= need);
  }

  @Property(tries = 500)
  void theNeedAtTheCountIsReachedAndOneMoreIsNot(
      @ForAll("smallSets") Set<Integer> a, @ForAll("smallSets") Set<Integer> b) {
    int[] x = sorted(a);
    int[] y = sorted(b);
    int common = ItemSignature.intersection(x, y);
    assertThat(ItemSignature.intersectionReaches(x, y, common)).isTrue();
    assertThat(ItemSignature.intersectionReaches(x, y, common + 1)).isFalse();
  }

  /** The merge count is the size of the sets' intersection, in either order. */
  @Property(tries = 2000)
  void intersectionCountsTheSharedValues(
      @ForAll("smallSets") Set<Integer> a, @ForAll("smallSets") Set<Integer> b) {
    Set<Integer> shared = new java.util.HashSet<>(a);
    shared.retainAll(b);
    assertThat(ItemSignature.intersection(sorted(a), sorted(b))).isEqualTo(shared.size());
    assertThat(ItemSignature.intersection(sorted(b), sorted(a))).isEqualTo(shared.size());
  }

  @Example
  void signedValuesAreComparedAsInts() {
    int[] a = {Integer.MIN_VALUE, -5, 0, 7, Integer.MAX_VALUE};
    int[] b = {Integer.MIN_VALUE, -4, 7, Integer.MAX_VALUE};
    assertThat(ItemSignature.intersectionReaches(a, b, 3)).isTrue();
    assertThat(ItemSignature.intersectionReaches(a, b, 4)).isFalse();
    assertThat(ItemSignature.intersectionReaches(new int[0], new int[0], 0)).isTrue();
    assertThat(ItemSignature.intersectionReaches(new int[0], b, 1)).isFalse();
  }

  /** Sets from a range of 60 values, so that two sets share many of them. */
  @Provide
  Arbitrary<Set<Integer>> smallSets() {
    return Arbitraries.integers().between(-30, 29).map(v -> v * 0x9E3779B1).set().ofMaxSize(40);
  }

  private static int[] sorted(Set<Integer> set) {
    return set.stream().mapToInt(Integer::intValue).sorted().toArray();
  }
}
