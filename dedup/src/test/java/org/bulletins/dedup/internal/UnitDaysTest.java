package org.bulletins.dedup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.bulletins.dedup.internal.sketch.ItemSignature;
import org.junit.jupiter.api.Test;

class UnitDaysTest {

  /**
   * Any days (undated ones among them, runs of close days or scattered ones, epoch days of any era)
   * are kept as given, and {@link UnitDays#within} answers as {@link ItemSignature#withinWindow}
   * for every pair of a day and a unit: the runs' spans only ever skip units out of the window.
   */
  @Property(tries = 100)
  void answersAsTheWindowItself(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 700) int units,
      @ForAll @IntRange(min = 0, max = 10) int window) {
    SplittableRandom random = new SplittableRandom(seed);
    long base = random.nextLong(-1_000_000, 3_000_000);
    int spread = 1 + random.nextInt(60);
    long[] days = new long[units];
    UnitDays kept = new UnitDays();
    for (int u = 0; u < units; u++) {
      // Mostly ascending by run (as files arrive), some undated, some far off.
      int kind = random.nextInt(20);
      days[u] =
          kind == 0
              ? ItemSignature.UNDATED
              : kind == 1 ? base + random.nextInt(4000) : base + u / 40 + random.nextInt(spread);
      kept.add(u, days[u]);
    }
    for (int u = 0; u < units; u++) {
      assertThat(kept.of(u)).isEqualTo(days[u]);
    }
    for (int probe = 0; probe < 200 && units > 0; probe++) {
      long day =
          random.nextInt(10) == 0
              ? ItemSignature.UNDATED
              : base + random.nextInt(-20, units / 40 + spread + 20);
      int u = random.nextInt(units);
      boolean expected = ItemSignature.withinWindow(day, days[u], window);
      assertThat(kept.within(day, u, window)).isEqualTo(expected);
      if (expected) {
        assertThat(kept.mayMeet(day, u, window)).isTrue();
      }
    }
  }

  /** A run far from a day is turned away by its span; an undated unit opens its run to all days. */
  @Test
  void aRunFarFromTheDayIsTurnedAwayUnlessItHoldsAnUndatedUnit() {
    UnitDays kept = new UnitDays();
    for (int u = 0; u < 64; u++) {
      kept.add(u, 100);
    }
    for (int u = 64; u < 128; u++) {
      kept.add(u, u == 100 ? ItemSignature.UNDATED : 100);
    }
    assertThat(kept.mayMeet(200, 5, 3)).isFalse();
    assertThat(kept.mayMeet(103, 5, 3)).isTrue();
    assertThat(kept.mayMeet(ItemSignature.UNDATED, 5, 3)).isTrue();
    assertThat(kept.mayMeet(200, 70, 3)).isTrue(); // the run holds the undated unit 100
    assertThat(kept.within(200, 70, 3)).isFalse();
    assertThat(kept.within(200, 100, 3)).isTrue();
  }
}
