package org.bulletins.dedup.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The items of each unit of an incremental index, in order of addition: its founder first, then its
 * copies. Most units hold one item, so the founders are one primitive array and only a unit with
 * copies gets a list of them. A list per unit cost two objects per unit (the list and its array)
 * made by every add and by every open of a store (a million for 1M items), for the GC to copy and
 * trace. Not thread-safe for writes; reads may run on several threads while nothing writes.
 */
final class UnitMembers {

  private int[] founders = new int[1024];
  private int size;
  private final Map<Integer, IntList> copies = new HashMap<>(); // by unit, only those with copies

  /**
   * Adds a unit founded by an item.
   *
   * @param founder the item's index
   * @return the new unit, numbered from 0 in order of addition
   */
  int add(int founder) {
    if (size == founders.length) {
      founders = Arrays.copyOf(founders, 2 * size);
    }
    founders[size] = founder;
    return size++;
  }

  /**
   * Adds a copy to a unit, after its other items.
   *
   * @param unit the unit
   * @param index the copy's item index
   */
  void addCopy(int unit, int index) {
    checkUnit(unit);
    copies.computeIfAbsent(unit, u -> new IntList()).add(index);
  }

  /**
   * The number of units.
   *
   * @return the count
   */
  int size() {
    return size;
  }

  /**
   * The item that founded a unit: its first item.
   *
   * @param unit the unit
   * @return the item's index
   */
  int founder(int unit) {
    checkUnit(unit);
    return founders[unit];
  }

  /**
   * How many items a unit holds.
   *
   * @param unit the unit
   * @return at least 1
   */
  int count(int unit) {
    checkUnit(unit);
    IntList more = copies.get(unit);
    return more == null ? 1 : 1 + more.size();
  }

  /**
   * One of a unit's items.
   *
   * @param unit the unit
   * @param i its place, 0 for the founder, in order of addition
   * @return the item's index
   */
  int get(int unit, int i) {
    checkUnit(unit);
    if (i == 0) {
      return founders[unit];
    }
    IntList more = copies.get(unit);
    if (more == null) {
      throw new IndexOutOfBoundsException(i);
    }
    return more.get(i - 1);
  }

  /**
   * A unit's items.
   *
   * @param unit the unit
   * @return their indexes, in order of addition
   */
  int[] toArray(int unit) {
    checkUnit(unit);
    IntList more = copies.get(unit); // looked up once, not per member
    int[] out = new int[more == null ? 1 : 1 + more.size()];
    out[0] = founders[unit];
    for (int i = 1; i < out.length; i++) {
      out[i] = more.get(i - 1);
    }
    return out;
  }

  private void checkUnit(int unit) {
    if (unit < 0 || unit >= size) {
      throw new IndexOutOfBoundsException(unit);
    }
  }
}
