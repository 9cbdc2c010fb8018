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

  /**
   * The arrivals split into parts of about {@code perPart} each, every arrival of a unit in the
   * same part (the parts hold ranges of units), a part's arrivals in the order they came (block by
   * block, as the table was filled: neighbouring blocks' reads stay together).
   *
   * @param perPart arrivals per part, at least 1
   * @return the parts
   */
  Parts parts(int perPart) {
    if (size == 0) {
      return new Parts(new int[0], new int[] {0, 0});
    }
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (int i = 0; i < size; i++) {
      min = Math.min(min, unit(i));
      max = Math.max(max, unit(i));
    }
    int[] perUnit = new int[max - min + 1];
    for (int i = 0; i < size; i++) {
      perUnit[unit(i) - min]++;
    }
    int[] partOf = new int[perUnit.length];
    int part = 0;
    int inPart = 0;
    for (int u = 0; u < perUnit.length; u++) {
      if (inPart >= perPart && perUnit[u] > 0) {
        part++;
        inPart = 0;
      }
      partOf[u] = part;
      inPart += perUnit[u];
    }
    int[] starts = new int[part + 2];
    for (int u = 0; u < perUnit.length; u++) {
      starts[partOf[u] + 1] += perUnit[u];
    }
    for (int p = 1; p < starts.length; p++) {
      starts[p] += starts[p - 1];
    }
    int[] next = Arrays.copyOf(starts, part + 1);
    int[] order = new int[size];
    for (int i = 0; i < size; i++) {
      order[next[partOf[unit(i) - min]]++] = i;
    }
    return new Parts(order, starts);
  }

  /**
   * Arrivals in parts: part {@code p} is {@code order[starts[p]]} to {@code order[starts[p + 1] -
   * 1]}.
   *
   * @param order arrival indices, part after part
   * @param starts where each part starts in {@code order}, and last {@code order.length}
   */
  record Parts(int[] order, int[] starts) {
    /** The number of parts, at least one. */
    int count() {
      return starts.length - 1;
    }
  }
}
