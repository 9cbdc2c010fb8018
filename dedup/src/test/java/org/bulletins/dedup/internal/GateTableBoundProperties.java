package org.bulletins.dedup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.bulletins.dedup.internal.sketch.ItemSignature;
import org.junit.jupiter.api.Test;

/** {@code GateTable}'s bucket-count bound never falls below the true intersection. */
class GateTableBoundProperties {

  @Property(tries = 2000)
  void theBoundIsAtLeastTheIntersection(
      @ForAll @Size(max = 400) Set<@IntRange(min = -600, max = 600) Integer> a,
      @ForAll @Size(max = 400) Set<@IntRange(min = -600, max = 600) Integer> b) {
    int[] x = sorted(a);
    int[] y = sorted(b);
    int exact = ItemSignature.intersection(x, y);
    assertThat(GateTable.boundOf(x, y)).isGreaterThanOrEqualTo(exact);
  }

  /** With one value per bucket at most, the counts are the sets themselves: the bound is exact. */
  @Property(tries = 500)
  void theBoundIsExactWhenNoBucketHoldsTwoValues(
      @ForAll @Size(max = 64) Set<@IntRange(min = 0, max = 63) Integer> a,
      @ForAll @Size(max = 64) Set<@IntRange(min = 0, max = 63) Integer> b) {
    int[] x = sorted(a);
    int[] y = sorted(b);
    assertThat(GateTable.boundOf(x, y)).isEqualTo(ItemSignature.intersection(x, y));
  }

  @Test
  void aSetWithABucketOfMoreThanFifteenHasNoBound() {
    int[] crowded = new int[16];
    for (int i = 0; i < crowded.length; i++) {
      crowded[i] = i * 64; // all in bucket 0
    }
    assertThat(GateTable.boundOf(crowded, new int[] {0})).isEqualTo(Integer.MAX_VALUE);
    int[] full = Arrays.copyOf(crowded, 15); // 15 still fits in four bits
    assertThat(GateTable.boundOf(full, full)).isEqualTo(15);
  }

  private static int[] sorted(Set<Integer> set) {
    return set.stream().mapToInt(Integer::intValue).sorted().toArray();
  }
}
