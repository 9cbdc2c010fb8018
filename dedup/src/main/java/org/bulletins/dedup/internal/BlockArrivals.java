package org.bulletins.dedup.internal;

import java.util.Arrays;

/**
 * The arrivals of a batch's units at blocks that already held units, kept to be paired after the
 * batch is in the table: a unit, the slot of its key's block, and how many units the block held
 * before it. A block only ever appends, so its first {@code before} units are still those the unit
 * met when the batch ends, and the pairs can be made then, on several threads, instead of one
 * arrival at a time while the table is filled on one. Three ints per arrival.
 *
 * <pre>{@code
 * BlockArrivals arrivals = new BlockArrivals();
 * arrivals.add(unit, slot, before); // while the batch fills the table
 * for (int i = 0; i < arrivals.size(); i++) {
 *   postings.copy(arrivals.slot(i), arrivals.before(i), members);
 * }
 * }</pre>
 */
final class BlockArrivals {

  private int[] values = new int[3 * 1024];
  private int size;

  /** Keeps an arrival. */
  void add(int unit, int slot, int before) {
    if (3 * size == values.length) {
      values = Arrays.copyOf(values, 2 * values.length);
    }
    values[3 * size] = unit;
    values[3 * size + 1] = slot;
    values[3 * size + 2] = before;
    size++;
  }

  /** The number of arrivals kept. */
  int size() {
    return size;
  }

  /** The unit of an arrival. */
  int unit(int i) {
    return values[3 * i];
  }

  /** The slot of the block it arrived at. */
  int slot(int i) {
    return values[3 * i + 1];
  }

  /** How many units that block held before it. */
  int before(int i) {
    return values[3 * i + 2];
  }
}
