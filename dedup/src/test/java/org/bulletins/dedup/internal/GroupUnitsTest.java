package org.bulletins.dedup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class GroupUnitsTest {

  /** Any puts (new ids, replaced ones, ids past the array) and removes answer as a map does. */
  @Property(tries = 100)
  void answersAsAMap(@ForAll long seed, @ForAll @IntRange(min = 0, max = 5000) int steps) {
    SplittableRandom random = new SplittableRandom(seed);
    GroupUnits groups = new GroupUnits();
    TreeMap<Integer, int[]> expected = new TreeMap<>();
    int ids = 1 + random.nextInt(3000);
    for (int step = 0; step < steps; step++) {
      int id = random.nextInt(ids);
      if (random.nextInt(3) == 0) {
        assertThat(groups.remove(id)).isSameAs(expected.remove(id));
      } else {
        int[] units = {random.nextInt(), id};
        groups.put(id, units);
        expected.put(id, units);
      }
    }
    assertThat(groups.size()).isEqualTo(expected.size());
    assertThat(groups.ids().toArray())
        .containsExactly(expected.keySet().stream().mapToInt(Integer::intValue).toArray());
    for (int id = -1; id <= ids + 1; id++) {
      assertThat(groups.containsKey(id)).isEqualTo(expected.containsKey(id));
      assertThat(groups.get(id)).isSameAs(expected.get(id));
    }
  }

  @Test
  void aGroupHasUnits() {
    assertThatThrownBy(() -> new GroupUnits().put(0, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
