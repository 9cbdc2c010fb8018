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
   * Any puts (new rows, changed stories, none) answer as a HashMap does, with room reserved first
   * or not.
   */
  @Property(tries = 100)
  void answersAsAHashMap(@ForAll long seed, @ForAll @IntRange(min = 0, max = 5000) int puts) {
    SplittableRandom random = new SplittableRandom(seed);
    int rows = 1 + random.nextInt(puts + 1);
    RowStories table = new RowStories();
    if (random.nextBoolean()) {
      table.reserve(random.nextInt(2 * rows + 1)); // room for fewer or more rows than come
    }
    Map<Long, Long> expected = new HashMap<>();
    for (int p = 0; p < puts; p++) {
      // a few row ids beyond the array's range, which go to its map
      long row = (random.nextInt(10) == 0 ? RowStories.DENSE_ROWS : 1) + random.nextInt(rows);
      long story = random.nextInt(10) == 0 ? -1 : random.nextInt(50);
      table.put(row, story);
      expected.put(row, story);
    }
    for (long row = 0; row <= rows + 10; row++) {
      assertThat(table.get(row)).isEqualTo(expected.getOrDefault(row, -1L));
      long far = RowStories.DENSE_ROWS + row;
      assertThat(table.get(far)).isEqualTo(expected.getOrDefault(far, -1L));
    }
  }
}
