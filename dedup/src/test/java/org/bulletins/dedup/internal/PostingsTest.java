package org.bulletins.dedup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongToIntFunction;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PostingsTest {

  /** Any sequence of additions reads back as a map of keys to lists in order of addition. */
  @Property(tries = 200)
  void readsBackWhatAMapOfListsHolds(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 3000) int additions) {
    SplittableRandom random = new SplittableRandom(seed);
    // Few distinct keys for some seeds (long blocks), many for others (growth); 0 and -1 included.
    int alphabet = 1 + random.nextInt(additions + 2);
    Postings postings = new Postings();
    Map<Long, List<Integer>> expected = new HashMap<>();
    for (int a = 0; a < additions; a++) {
      long key =
          (random.nextInt(alphabet) - 1) * 0x9E3779B97F4A7C15L * (random.nextBoolean() ? 1 : -1);
      int unit = random.nextInt(1_000_000);
      postings.add(key, unit);
      expected.computeIfAbsent(key, k -> new ArrayList<>()).add(unit);
    }
    for (Map.Entry<Long, List<Integer>> e : expected.entrySet()) {
      int slot = postings.find(e.getKey());
      assertThat(slot).isNotNegative();
      List<Integer> actual = new ArrayList<>();
      for (int i = 0; i < postings.size(slot); i++) {
        actual.add(postings.get(slot, i));
      }
      assertThat(actual).isEqualTo(e.getValue());
      // copy gives the same first units as get, one by one
      int count = random.nextInt(postings.size(slot) + 1);
      int[] copied = new int[count + 1];
      copied[count] = -7;
      postings.copy(slot, count, copied);
      assertThat(Arrays.copyOf(copied, count))
          .isEqualTo(actual.subList(0, count).stream().mapToInt(i -> i).toArray());
      assertThat(copied[count]).isEqualTo(-7);
    }
    for (int probe = 0; probe < 100; probe++) {
      long key = random.nextLong();
      if (!expected.containsKey(key)) {
        assertThat(postings.find(key)).isEqualTo(-1);
        assertThat(postings.size(postings.find(key))).isZero();
      }
    }
  }

  /** A capped addition keeps what a find, a size and a conditional add keep, for any caps. */
  @Property(tries = 200)
  void aCappedAdditionKeepsWhatFindThenAddKeeps(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 3000) int additions) {
    SplittableRandom random = new SplittableRandom(seed);
    int alphabet = 1 + random.nextInt(additions / 4 + 2);
    Postings capped = new Postings();
    Postings reference = new Postings();
    List<Long> keys = new ArrayList<>();
    for (int a = 0; a < additions; a++) {
      long key = (random.nextInt(alphabet) - 1) * 0x9E3779B97F4A7C15L;
      int cap = random.nextInt(4); // 0 included: a block of one never takes a second unit
      int unit = random.nextInt(1_000_000);
      capped.addCapped(key, unit, cap);
      if (reference.size(reference.find(key)) <= cap) {
        reference.add(key, unit);
      }
      keys.add(key);
    }
    for (long key : keys) {
      int a = capped.find(key);
      int b = reference.find(key);
      assertThat(capped.size(a)).isEqualTo(reference.size(b));
      for (int i = 0; i < reference.size(b); i++) {
        assertThat(capped.get(a, i)).isEqualTo(reference.get(b, i));
      }
    }
  }

  /**
   * A bulk filling makes the blocks that capped additions in the same order make, for any caps by
   * key (0 included), keys shared by many units or by none, and a unit that carries a key twice;
   * the table then takes further additions as before.
   */
  @Property(tries = 200)
  void aBulkFillingKeepsWhatCappedAdditionsKeep(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 20000) int additions) {
    bulkFillingKeepsWhatCappedAdditionsKeep(new Postings(), seed, additions);
  }

  /**
   * As {@link #aBulkFillingKeepsWhatCappedAdditionsKeep}, with the buckets placed on all cores from
   * the smallest tables on: each bucket's share of the table is then a few slots, so probes often
   * run past the next bucket's share and those additions are placed after the parallel rounds, one
   * at a time (with a few cores; with one, it is the same as one at a time).
   */
  @Property(tries = 200)
  void aBulkFillingPlacedInParallelKeepsWhatCappedAdditionsKeep(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 20000) int additions) {
    bulkFillingKeepsWhatCappedAdditionsKeep(new Postings(1), seed, additions);
  }

  private static void bulkFillingKeepsWhatCappedAdditionsKeep(
      Postings bulk, long seed, int additions) {
    SplittableRandom random = new SplittableRandom(seed);
    int alphabet = 1 + random.nextInt(additions / (1 + random.nextInt(8)) + 2);
    Postings.Filling filling = bulk.filling();
    Postings reference = new Postings();
    LongToIntFunction capOf = key -> (int) Math.floorMod(key >>> 7, 5L); // 0..4, fixed by key
    List<Long> keys = new ArrayList<>();
    int unit = 0;
    for (int a = 0; a < additions; a++) {
      unit += random.nextInt(3) == 0 ? 1 : 0; // units in order, several keys each
      long key =
          (random.nextInt(alphabet) - 1) * 0x9E3779B97F4A7C15L ^ (random.nextBoolean() ? 0 : 3);
      filling.add(key, unit);
      reference.addCapped(key, unit, capOf.applyAsInt(key));
      keys.add(key);
    }
    filling.finish(capOf);
    assertThat(bulk.keys()).isEqualTo(reference.keys());
    for (int more = 0; more < 200; more++) {
      long key = random.nextLong() % (alphabet + 5);
      bulk.addCapped(key, unit + 1 + more, 3);
      reference.addCapped(key, unit + 1 + more, 3);
      keys.add(key);
    }
    for (long key : keys) {
      assertThat(blockOf(bulk, key)).isEqualTo(blockOf(reference, key));
    }
    assertThat(bulk.find(random.nextLong() | 1L << 62)).isEqualTo(-1);
  }

  @Test
  void aBulkFillingNeedsAnEmptyTableAndEndsOnce() {
    Postings postings = new Postings();
    Postings.Filling filling = postings.filling();
    filling.add(5L, 0);
    filling.finish(key -> 1);
    assertThat(blockOf(postings, 5L)).containsExactly(0);
    assertThatThrownBy(() -> filling.finish(key -> 1)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(postings::filling).isInstanceOf(IllegalStateException.class);
  }

  /**
   * The table is kept at most three quarters full, and grows only past that: one key at a time, in
   * a bulk fill and in a batch. Half full doubled a 1M-item import's table to 2^27 slots (1.6 GB)
   * for its last file; three quarters keeps it at 2^26.
   */
  @Test
  void theTableIsKeptAtMostThreeQuartersFull() {
    Postings oneByOne = new Postings();
    int[] slotsAfter = new int[50];
    for (int k = 1; k < slotsAfter.length; k++) {
      oneByOne.add(k * 0x9E3779B97F4A7C15L, k);
      slotsAfter[k] = oneByOne.slotCount();
      assertThat(4L * oneByOne.keys()).isLessThanOrEqualTo(3L * oneByOne.slotCount());
    }
    assertThat(slotsAfter[12]).isEqualTo(16);
    assertThat(slotsAfter[13]).isEqualTo(32);
    assertThat(slotsAfter[48]).isEqualTo(64);
    assertThat(slotsAfter[49]).isEqualTo(128);
    assertThat(filledWith(48).slotCount()).isEqualTo(64);
    assertThat(filledWith(49).slotCount()).isEqualTo(128);
    assertThat(batchedWith(48).slotCount()).isEqualTo(64);
    assertThat(batchedWith(49).slotCount()).isEqualTo(128);
  }

  private static Postings filledWith(int distinctKeys) {
    Postings postings = new Postings();
    Postings.Filling filling = postings.filling();
    for (int k = 1; k <= distinctKeys; k++) {
      filling.add(k * 0x9E3779B97F4A7C15L, k);
      filling.add(k * 0x9E3779B97F4A7C15L, k + 1); // a second unit: no new key
    }
    filling.finish(key -> 4);
    assertThat(postings.keys()).isEqualTo(distinctKeys);
    return postings;
  }

  private static Postings batchedWith(int distinctKeys) {
    Postings postings = new Postings();
    Postings.Batch batch = postings.batch();
    for (int k = 1; k <= distinctKeys; k++) {
      batch.add(k * 0x9E3779B97F4A7C15L, k);
      batch.add(k * 0x9E3779B97F4A7C15L, k + 1);
    }
    batch.finish(key -> 4, (key, unit, slot, size) -> {});
    assertThat(postings.keys()).isEqualTo(distinctKeys);
    return postings;
  }

  /**
   * Batches of additions, into an empty table or one that holds blocks already, keep what capped
   * additions one at a time keep, and each addition is told the block it meets as it was then: the
   * units before it, in order (read through the slot it is given). Keys that differ in their low or
   * high bits only, few keys (long blocks) or many (growth), with room reserved or not.
   */
  @Property(tries = 200)
  void aBatchKeepsAndShowsWhatAdditionsOneAtATimeDo(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 20000) int additions) {
    batchKeepsAndShowsWhatAdditionsOneAtATimeDo(new Postings(), seed, additions);
  }

  /**
   * The same when the batches sort their additions by more bits than a small table would (up to 16,
   * as in a table of hundreds of millions of slots): only the order in which the slots are visited
   * changes, never a block or what an addition is told.
   */
  @Property(tries = 200)
  void aBatchSortedByMoreBitsKeepsAndShowsWhatAdditionsOneAtATimeDo(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 20000) int additions,
      @ForAll @IntRange(min = -10, max = 4) int spanBits) {
    batchKeepsAndShowsWhatAdditionsOneAtATimeDo(new Postings(12, spanBits), seed, additions);
  }

  @Test
  void aBatchSortsByMoreBitsInALargerTable() {
    assertThat(Postings.batchSubBits(4, 5)).isEqualTo(10);
    assertThat(Postings.batchSubBits(21, 5)).isEqualTo(10);
    assertThat(Postings.batchSubBits(25, 5)).isEqualTo(14);
    assertThat(Postings.batchSubBits(27, 5)).isEqualTo(16);
    assertThat(Postings.batchSubBits(30, 5)).isEqualTo(16);
  }

  @Test
  void aSmallBucketIsSortedByNoMoreBitsThanItsSizeNeeds() {
    assertThat(Postings.bucketSortBits(6, 1)).isEqualTo(6); // a bulk fill keeps its bits
    assertThat(Postings.bucketSortBits(6, 1 << 20)).isEqualTo(6);
    assertThat(Postings.bucketSortBits(16, 1)).isEqualTo(10); // a file of one item, 1M held
    assertThat(Postings.bucketSortBits(16, 255)).isEqualTo(14);
    assertThat(Postings.bucketSortBits(16, 1024)).isEqualTo(16);
    assertThat(Postings.bucketSortBits(16, 125_000)).isEqualTo(16); // a 100k file's bucket
    assertThat(Postings.bucketSortBits(14, 125_000)).isEqualTo(14);
  }

  private static void batchKeepsAndShowsWhatAdditionsOneAtATimeDo(
      Postings batched, long seed, int additions) {
    SplittableRandom random = new SplittableRandom(seed);
    int alphabet = 1 + random.nextInt(additions / (1 + random.nextInt(8)) + 2);
    long stride = random.nextBoolean() ? 0x9E3779B97F4A7C15L : random.nextBoolean() ? 1L : 1L << 40;
    LongToIntFunction capOf = key -> (int) Math.floorMod(key >>> 3 ^ key >>> 41, 5L); // 0..4
    Postings reference = new Postings();
    List<Long> keys = new ArrayList<>();
    int unit = 0;
    int batches = 1 + random.nextInt(4);
    for (int b = 0; b < batches; b++) {
      Postings.Batch batch = batched.batch();
      if (random.nextBoolean()) {
        // Room reserved for fewer, as many or more additions than come: only the room changes.
        batch.reserve(random.nextInt(2 * (additions / batches) + 1));
      }
      Map<Long, List<List<Integer>>> expectedSeen = new HashMap<>();
      for (int a = 0; a < additions / batches; a++) {
        unit += random.nextInt(3) == 0 ? 1 : 0; // units in order, several keys each
        long key = (random.nextInt(alphabet) - 1) * stride ^ (random.nextBoolean() ? 0 : 3);
        batch.add(key, unit);
        expectedSeen.computeIfAbsent(key, k -> new ArrayList<>()).add(blockOf(reference, key));
        reference.addCapped(key, unit, capOf.applyAsInt(key));
        keys.add(key);
      }
      Map<Long, List<List<Integer>>> seen = new HashMap<>();
      batch.finish(
          capOf,
          (key, u, slot, before) -> {
            List<Integer> block = new ArrayList<>();
            for (int i = 0; i < before; i++) {
              block.add(batched.get(slot, i));
            }
            assertThat(slot < 0).isEqualTo(before == 0);
            seen.computeIfAbsent(key, k -> new ArrayList<>()).add(block);
          });
      assertThat(seen).isEqualTo(expectedSeen);
      assertThat(batched.keys()).isEqualTo(reference.keys());
      assertThatThrownBy(() -> batch.finish(capOf, (key, u, slot, before) -> {}))
          .isInstanceOf(IllegalStateException.class);
    }
    for (long key : keys) {
      assertThat(blockOf(batched, key)).isEqualTo(blockOf(reference, key));
    }
    assertThat(batched.find(random.nextLong() | 1L << 62)).isEqualTo(-1);
  }

  private static List<Integer> blockOf(Postings postings, long key) {
    int slot = postings.find(key);
    List<Integer> block = new ArrayList<>();
    for (int i = 0; i < postings.size(slot); i++) {
      block.add(postings.get(slot, i));
    }
    return block;
  }

  @Test
  void aKeyOfZeroAndUnitZeroAreKept() {
    Postings postings = new Postings();
    postings.add(0L, 0);
    assertThat(postings.find(0L)).isNotNegative();
    assertThat(postings.size(postings.find(0L))).isEqualTo(1);
    assertThat(postings.get(postings.find(0L), 0)).isZero();
    postings.add(0L, 7);
    assertThat(postings.get(postings.find(0L), 1)).isEqualTo(7);
  }

  /**
   * Blocks longer than a page of the packed blocks (an uncapped key), beside short ones made
   * before, between and after them, read back whole and in part, in order.
   */
  @Test
  void blocksLongerThanAPageAreKeptBesideShortOnes() {
    Postings postings = new Postings();
    int longest = 200_000; // ints: past a page of 65,536, and its own pages as it moves
    List<Integer> expectedLong = new ArrayList<>();
    for (int unit = 0; unit < longest; unit++) {
      postings.add(42L, unit);
      expectedLong.add(unit);
      if (unit % 1000 == 0) {
        long shortKey = 1000L + unit;
        postings.add(shortKey, unit);
        postings.add(shortKey, unit + 1);
        postings.add(shortKey, unit + 2);
      }
    }
    assertThat(blockOf(postings, 42L)).isEqualTo(expectedLong);
    for (int unit = 0; unit < longest; unit += 1000) {
      assertThat(blockOf(postings, 1000L + unit)).containsExactly(unit, unit + 1, unit + 2);
    }
    int[] first = new int[5];
    postings.copy(postings.find(42L), 5, first);
    assertThat(first).containsExactly(0, 1, 2, 3, 4);
    int slot = postings.find(42L);
    assertThatThrownBy(() -> postings.get(slot, longest))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> postings.copy(slot, longest + 1, new int[longest + 1]))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  /**
   * A page of the packed blocks filled to two ints short of its end (blocks take two ints of header
   * and an even room, so that is the closest a page can come): the next block does not fit and
   * starts a new page. A check that forgot the header would write the block's units past the page's
   * end.
   */
  @Test
  void aBlockThatDoesNotFitWhatIsLeftOfAPageStartsTheNext() {
    Postings postings = new Postings();
    // Key 0: a block of two (4 ints), moved to a room of four when its third unit comes (6 more).
    postings.add(0L, 0);
    postings.add(0L, 1);
    postings.add(0L, 2);
    // Keys 1 to 16,381: a block of two each, 4 ints: 10 + 4 x 16,381 = 65,534 ints of the page.
    int lastKey = 16_382;
    for (long key = 1; key <= lastKey; key++) {
      postings.add(key, (int) key);
      postings.add(key, (int) key + 1);
    }
    postings.add(0L, 3);
    assertThat(blockOf(postings, 0L)).containsExactly(0, 1, 2, 3);
    for (long key = 1; key <= lastKey; key++) {
      assertThat(blockOf(postings, key)).containsExactly((int) key, (int) key + 1);
    }
  }
}
