package org.bulletins.dedup.internal;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.bulletins.model.NewsItem;

/**
 * The items of a batch grouped by content key into <em>units</em>, numbered in the keys' unsigned
 * order (the order of the content ids' hex text), with primitive arrays only: a million items would
 * otherwise make a million boxed keys, lists and map entries. Each unit's representative is its
 * first member in source order ({@link MemberOrder}).
 *
 * @param keys each unit's content key, in unsigned order
 * @param unitOf each item's unit
 * @param representative each unit's representative item
 * @param members each unit's items, ascending
 */
record ContentUnits(long[] keys, int[] unitOf, int[] representative, int[][] members) {

  /**
   * The units of a batch.
   *
   * @param items the items, for their source order
   * @param contentKeys each item's content key
   * @return the units
   */
  static ContentUnits of(List<NewsItem> items, long[] contentKeys) {
    int n = contentKeys.length;
    // Flipping the sign bit makes the signed order of the flipped keys the unsigned order.
    long[] sorted = new long[n];
    for (int i = 0; i < n; i++) {
      sorted[i] = contentKeys[i] ^ Long.MIN_VALUE;
    }
    Arrays.parallelSort(sorted);
    int count = 0;
    for (int i = 0; i < n; i++) {
      if (count == 0 || sorted[count - 1] != sorted[i]) {
        sorted[count++] = sorted[i];
      }
    }
    long[] keys = new long[count];
    for (int u = 0; u < count; u++) {
      keys[u] = sorted[u] ^ Long.MIN_VALUE;
    }
    // Each item's unit by a binary search of its key, on all cores (a million searches in an
    // array of a million keys took about a second of one core).
    int[] unitOf = new int[n];
    int units = count;
    IntStream.range(0, n)
        .parallel()
        .forEach(
            i ->
                unitOf[i] = Arrays.binarySearch(sorted, 0, units, contentKeys[i] ^ Long.MIN_VALUE));
    int[] size = new int[count];
    for (int i = 0; i < n; i++) {
      size[unitOf[i]]++;
    }
    int[][] members = new int[count][];
    for (int u = 0; u < count; u++) {
      members[u] = new int[size[u]];
      size[u] = 0;
    }
    int[] representative = new int[count];
    Arrays.fill(representative, -1);
    for (int i = 0; i < n; i++) {
      int u = unitOf[i];
      members[u][size[u]++] = i;
      int rep = representative[u];
      if (rep < 0 || MemberOrder.ITEMS.compare(items.get(i), items.get(rep)) < 0) {
        representative[u] = i;
      }
    }
    return new ContentUnits(keys, unitOf, representative, members);
  }

  /**
   * The number of units.
   *
   * @return the count
   */
  int count() {
    return keys.length;
  }

  /**
   * Whether an item is its unit's representative.
   *
   * @param item an item index
   * @return true if so
   */
  boolean isRepresentative(int item) {
    return representative[unitOf[item]] == item;
  }
}
