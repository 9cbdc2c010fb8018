package org.bulletins.dedup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.bulletins.dedup.internal.sketch.ItemSignature;
import org.junit.jupiter.api.Test;

class DayCodesTest {

  /**
   * Whatever the days (near one another, undated, at the ends of the codes' range, centuries away,
   * near the ends of the longs), a unit's day is the day set, and the window test on two codes is
   * {@link ItemSignature#withinWindow} on the two days.
   */
  @Property(tries = 300)
  void theWindowTestOnCodesIsTheTestOnDays(
      @ForAll @IntRange(min = 1, max = 300) int units,
      @ForAll @IntRange(min = 0, max = 70000) int window,
      @ForAll long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long[] days = new long[units];
    long first = 18_000 + random.nextInt(2000) - 1000;
    DayCodes codes = new DayCodes();
    for (int u = 0; u < units; u++) {
      days[u] =
          switch (random.nextInt(8)) {
            case 0 -> ItemSignature.UNDATED;
            case 1 -> first + random.nextInt(65536) - 32768; // the codes' range and its ends
            case 2 -> first + (random.nextBoolean() ? 1 : -1) * (32760 + random.nextInt(20));
            case 3 -> random.nextLong(); // anywhere, wrapping any difference
            case 4 -> Long.MAX_VALUE - random.nextInt(40);
            case 5 -> Long.MIN_VALUE + 1 + random.nextInt(40);
            default -> first + random.nextInt(120) - 60; // near one another
          };
      codes.set(u, days[u]);
    }
    char[] code = codes.codes();
    for (int a = 0; a < units; a++) {
      assertThat(codes.day(a)).isEqualTo(days[a]);
      for (int b = 0; b < units; b++) {
        assertThat(codes.withinWindow(code[a], code[b], a, b, window))
            .as("days %d and %d, window %d", days[a], days[b], window)
            .isEqualTo(ItemSignature.withinWindow(days[a], days[b], window));
      }
    }
  }

  @Test
  void daysNearTheFirstDatedOneHaveCodesAndOthersAreKeptAside() {
    DayCodes codes = new DayCodes();
    codes.set(0, ItemSignature.UNDATED);
    codes.set(1, 19_000);
    codes.set(2, 19_000 - 32_767);
    codes.set(3, 19_000 + 32_766);
    codes.set(4, 19_000 - 32_768);
    codes.set(5, 19_000 + 32_767);
    codes.set(2000, 19_010); // past the first array: it grows
    char[] code = codes.codes();
    assertThat(code[0]).isEqualTo(DayCodes.UNDATED);
    assertThat(new char[] {code[1], code[2], code[3]}).doesNotContain(DayCodes.FAR);
    assertThat(code[4]).isEqualTo(DayCodes.FAR);
    assertThat(code[5]).isEqualTo(DayCodes.FAR);
    assertThat(codes.day(4)).isEqualTo(19_000 - 32_768);
    assertThat(codes.day(5)).isEqualTo(19_000 + 32_767);
    assertThat(codes.withinWindow(code[1], code[2000], 1, 2000, 10)).isTrue();
    assertThat(codes.withinWindow(code[1], code[2000], 1, 2000, 9)).isFalse();
  }
}
