package org.bulletins.dedup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntListTest {

  @Test
  void sortedDistinctValuesKeepEachValueOnceInOrder() {
    IntList list = new IntList();
    assertThat(list.toSortedDistinctArray()).isEmpty();
    for (int value : new int[] {7, -3, 7, 0, Integer.MIN_VALUE, 7, -3, Integer.MAX_VALUE}) {
      list.add(value);
    }
    assertThat(list.toSortedDistinctArray())
        .containsExactly(Integer.MIN_VALUE, -3, 0, 7, Integer.MAX_VALUE);
    assertThat(list.size()).isEqualTo(8); // the list itself is left as it was
    assertThat(list.get(0)).isEqualTo(7);
  }
}
