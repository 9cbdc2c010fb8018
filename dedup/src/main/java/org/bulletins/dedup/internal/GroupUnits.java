package org.bulletins.dedup.internal;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The units of each group of an incremental index, by group id: an array indexed by id, since ids
 * are handed out one after another from 0 ({@code null} for an id that is not, or no longer, a
 * group). A map of boxed ids cost an entry and a boxed id per story (800k of each for a store of 1M
 * items), made again on every open of a store. Not thread-safe for writes; reads may run on several
 * threads while nothing writes.
 */
final class GroupUnits {

  private int[][] units = new int[1024][];
  private int size;

  /**
   * Whether an id is a group.
   *
   * @param group any id
   * @return true if it has units
   */
  boolean containsKey(int group) {
    return group >= 0 && group < units.length && units[group] != null;
  }

  /**
   * A group's units.
   *
   * @param group any id
   * @return its units as they were put, or null if it is no group
   */
  int[] get(int group) {
    return containsKey(group) ? units[group] : null;
  }

  /**
   * Gives a group its units.
   *
   * @param group the id, at least 0
   * @param members its units, not null
   */
  void put(int group, int[] members) {
    if (members == null) {
      throw new IllegalArgumentException("a group has units");
    }
    if (group >= units.length) {
      units = Arrays.copyOf(units, Math.max(group + 1, 2 * units.length));
    }
    if (units[group] == null) {
      size++;
    }
    units[group] = members;
  }

  /**
   * Removes a group.
   *
   * @param group any id
   * @return its units, or null if it was no group
   */
  int[] remove(int group) {
    int[] old = get(group);
    if (old != null) {
      units[group] = null;
      size--;
    }
    return old;
  }

  /**
   * The number of groups.
   *
   * @return the count
   */
  int size() {
    return size;
  }

  /**
   * The ids of the groups.
   *
   * @return them, ascending
   */
  IntStream ids() {
    int[][] held = units;
    return IntStream.range(0, held.length).filter(g -> held[g] != null);
  }
}
