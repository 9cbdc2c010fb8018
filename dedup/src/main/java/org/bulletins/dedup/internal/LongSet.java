package org.bulletins.dedup.internal;

/**
 * A set of longs in one open-addressing array, without a boxed object per element: the incremental
 * index keeps its apart verdicts in one, as packed unit pairs, where a map of pairs to evidence
 * cost about a hundred bytes per pair. Elements cannot be removed.
 */
final class LongSet {

  // 0 stands for an empty slot; the element 0 itself is kept in a flag.
  private long[] slots = new long[16];
  private int size;
  private boolean hasZero;

  /**
   * Adds an element.
   *
   * @param value the element
   * @return true if it was not in the set
   */
  boolean add(long value) {
    if (value == 0) {
      boolean added = !hasZero;
      hasZero = true;
      return added;
    }
    if (2 * (size + 1) > slots.length) {
      grow();
    }
    int mask = slots.length - 1;
    for (int s = hash(value) & mask; ; s = (s + 1) & mask) {
      if (slots[s] == value) {
        return false;
      }
      if (slots[s] == 0) {
        slots[s] = value;
        size++;
        return true;
      }
    }
  }

  /**
   * Whether an element is in the set.
   *
   * @param value the element
   * @return true if it was added
   */
  boolean contains(long value) {
    if (value == 0) {
      return hasZero;
    }
    int mask = slots.length - 1;
    for (int s = hash(value) & mask; ; s = (s + 1) & mask) {
      if (slots[s] == value) {
        return true;
      }
      if (slots[s] == 0) {
        return false;
      }
    }
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    int mask = slots.length - 1;
    for (long value : old) {
      if (value != 0) {
        int s = hash(value) & mask;
        while (slots[s] != 0) {
          s = (s + 1) & mask;
        }
        slots[s] = value;
      }
    }
  }

  private static int hash(long value) {
    long h = value * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
