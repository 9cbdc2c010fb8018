package org.bulletins.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** Pairs as longs, and the sort that drops their repeats. */
class PairShuffleTest {

  @Property
  void aPairGivesBackItsPositions(
      @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long left,
      @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long right) {
    long pair = PairShuffle.pair(left, right);
    assertThat(PairShuffle.left(pair)).isEqualTo(left);
    assertThat(PairShuffle.right(pair)).isEqualTo(right);
  }

  @Property
  void pairsOfOneLeftItemSortByTheirRightItem(
      @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long left,
      @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long b,
      @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long d) {
    assertThat(Integer.signum(Long.compare(PairShuffle.pair(left, b), PairShuffle.pair(left, d))))
        .isEqualTo(Integer.signum(Long.compare(b, d)));
  }

  /** Sorted, pairs follow their left item (below 2^31; higher lefts sort first, still together). */
  @Property
  void pairsSortByLeftItemFirst(
      @ForAll @LongRange(min = 0, max = Integer.MAX_VALUE) long a,
      @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long b,
      @ForAll @LongRange(min = 0, max = Integer.MAX_VALUE) long c,
      @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long d) {
    Assume.that(a != c);
    assertThat(Integer.signum(Long.compare(PairShuffle.pair(a, b), PairShuffle.pair(c, d))))
        .isEqualTo(Integer.signum(Long.compare(a, c)));
  }

  @Property
  void sortedUniqueKeepsEachValueOnceInOrder(
      @ForAll @Size(max = 200) long[] values, @ForAll @LongRange(min = 0, max = 200) long cut) {
    int length = (int) Math.min(cut, values.length);
    long[] expected = Arrays.stream(values, 0, length).distinct().sorted().toArray();
    long[] copy = values.clone();
    assertThat(PairShuffle.sortedUnique(copy, length)).containsExactly(expected);
  }

  @Property
  void positionsPastThirtyTwoBitsAreRefused(
      @ForAll @LongRange(min = 1L << 32, max = Long.MAX_VALUE) long position) {
    assertThatThrownBy(() -> PairShuffle.pair(position, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PairShuffle.pair(1, position))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PairShuffle.pair(-position, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
