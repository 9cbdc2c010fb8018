package org.bulletins.dedup.internal;

import java.util.Arrays;

/**
 * The unit of each content key: an open-addressing table of primitive keys beside their units. A
 * {@code HashMap<Long, Integer>} cost an entry, a boxed key and a boxed unit per unit (a million of
 * each for a store of 1M items, filled again on every open). {@link #unitOf} gives -1 for a key it
 * does not hold. Not thread-safe for writes; reads may run on several threads while nothing writes.
 */
final class UnitKeys {

  private static final int FREE = -1; // units are at least 0

  private long[] keys = new long[1 << 10];
  private int[] units = new int[1 << 10];
  private int size;

  UnitKeys() {
    Arrays.fill(units, FREE);
  }

  /**
   * A key's unit.
   *
   * @param key the content key
   * @return its unit, or -1 if it has none
   */
  int unitOf(long key) {
    int mask = keys.length - 1;
    for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
      int unit = units[slot];
      if (unit == FREE) {
        return -1;
      }
      if (keys[slot] == key) {
        return unit;
      }
    }
  }

  /**
   * Sets a key's unit.
   *
   * @param key the content key
   * @param unit its unit, at least 0
   */
  void put(long key, int unit) {
    if (unit < 0) {
      throw new IllegalArgumentException("not a unit: " + unit);
    }
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int slot = slot(key, mask);
    while (units[slot] != FREE && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    if (units[slot] == FREE) {
      size++;
    }
    keys[slot] = key;
    units[slot] = unit;
  }

  /**
   * Makes room for this many keys in all at once (opening a store knows how many items it will
   * add), so that the table is not copied as it doubles.
   *
   * @param count the keys expected
   */
  void reserve(long count) {
    long length = keys.length;
    while (2 * count > length && length < 1 << 30) {
      length *= 2;
    }
    if (length > keys.length) {
      grow((int) length);
    }
  }

  private void grow() {
    grow(keys.length * 2);
  }

  private void grow(int length) {
    long[] oldKeys = keys;
    int[] oldUnits = units;
    keys = new long[length];
    units = new int[length];
    Arrays.fill(units, FREE);
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldUnits[i] != FREE) {
        int slot = slot(oldKeys[i], mask);
        while (units[slot] != FREE) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        units[slot] = oldUnits[i];
      }
    }
  }

  private static int slot(long key, int mask) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
  }
}
