package org.bulletins.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class RowStoriesTest {

  /**
   * Any puts (new rows, changed stories, none; ids in order, far ahead, past the array's range)
   * answer as a HashMap does, with room reserved first or not.
   */
  @Property(tries = 100)
  void answersAsAHashMap(@ForAll long seed, @ForAll @IntRange(min = 0, max = 5000) int puts) {
    SplittableRandom random = new SplittableRandom(seed);
    int rows = 1 + random.nextInt(puts + 1);
    // a small bound on the ids always held in the array, so that ids past four times the rows
    // held go to the map first and may be covered by the array later
    RowStories table = random.nextBoolean() ? new RowStories() : new RowStories(16);
    if (random.nextBoolean()) {
      // room for fewer or more rows than come, expecting as many or far fewer
      table.reserve(random.nextInt(2 * rows + 1), random.nextBoolean() ? rows : rows / 8);
    }
    Map<Long, Long> expected = new HashMap<>();
    for (int p = 0; p < puts; p++) {
      // a few row ids beyond the array's range, which go to its map
      long row = (random.nextInt(10) == 0 ? RowStories.DENSE_ROWS : 1) + random.nextInt(rows);
      if (random.nextInt(10) == 0) {
        row = rows + random.nextInt(8 * rows + 1); // far past the rows held so far
      }
      long story = random.nextInt(10) == 0 ? -1 : random.nextInt(50);
      table.put(row, story);
      expected.put(row, story);
    }
    for (long row = 0; row <= 9L * rows + 10; row++) {
      assertThat(table.get(row)).isEqualTo(expected.getOrDefault(row, -1L));
      long far = RowStories.DENSE_ROWS + row;
      assertThat(table.get(far)).isEqualTo(expected.getOrDefault(far, -1L));
    }
  }

  /** A few rows with huge ids allocate no array up to them (a store not written by this code). */
  @Property(tries = 20)
  void hugeRowIdsGoToTheMap(@ForAll @IntRange(min = 1, max = 100) int rows) {
    RowStories table = new RowStories();
    long base = RowStories.DENSE_ROWS - 1 - rows; // within the array's range, far past the rows
    table.reserve(base + rows, rows);
    for (int r = 0; r < rows; r++) {
      table.put(base + r, r);
    }
    for (int r = 0; r < rows; r++) {
      assertThat(table.get(base + r)).isEqualTo(r);
    }
    assertThat(table.arrayLength()).isLessThan(1 << 20);
  }
}
