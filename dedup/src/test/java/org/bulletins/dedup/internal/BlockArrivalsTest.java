package org.bulletins.dedup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BlockArrivalsTest {

  /**
   * The parts hold every arrival once, a part's arrivals in the order they came, every arrival of a
   * unit in one part (so two parts never make the same pair), and no part is empty.
   */
  @Property(tries = 300)
  void partsHoldEveryArrivalOfTheirUnits(
      @ForAll @IntRange(min = 0, max = 3000) int count,
      @ForAll @IntRange(min = 1, max = 400) int units,
      @ForAll @IntRange(min = 1, max = 500) int perPart,
      @ForAll long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    BlockArrivals arrivals = new BlockArrivals();
    int first = random.nextInt(1000);
    for (int i = 0; i < count; i++) {
      arrivals.add(first + random.nextInt(units), random.nextInt(1 << 20), i);
    }
    BlockArrivals.Parts parts = arrivals.parts(perPart);
    int[] order = parts.order();
    int[] starts = parts.starts();
    int[] sorted = order.clone();
    Arrays.sort(sorted);
    assertThat(sorted).hasSize(count);
    for (int i = 0; i < count; i++) {
      assertThat(sorted[i]).isEqualTo(i);
    }
    assertThat(parts.count()).isGreaterThanOrEqualTo(1);
    assertThat(starts[0]).isZero();
    assertThat(starts[parts.count()]).isEqualTo(count);
    Map<Integer, Integer> partOfUnit = new HashMap<>();
    for (int p = 0; p < parts.count(); p++) {
      if (count > 0) {
        assertThat(starts[p + 1]).as("part %d is not empty", p).isGreaterThan(starts[p]);
      }
      for (int k = starts[p]; k < starts[p + 1]; k++) {
        if (k > starts[p]) {
          assertThat(order[k]).isGreaterThan(order[k - 1]);
        }
        Integer before = partOfUnit.putIfAbsent(arrivals.unit(order[k]), p);
        assertThat(before == null ? p : before).isEqualTo(p);
      }
    }
  }

  @Test
  void aUnitWithManyArrivalsStaysInOnePart() {
    BlockArrivals arrivals = new BlockArrivals();
    arrivals.add(9, 3, 2);
    for (int i = 0; i < 10; i++) {
      arrivals.add(8, i, 1);
    }
    arrivals.add(7, 1, 1);
    arrivals.add(10, 1, 1);
    BlockArrivals.Parts parts = arrivals.parts(2);
    // Units 7 and 8 fill the first part past 2; 9 and 10 make the second.
    assertThat(parts.starts()).containsExactly(0, 11, 13);
    assertThat(parts.order()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 0, 12);
  }
}
