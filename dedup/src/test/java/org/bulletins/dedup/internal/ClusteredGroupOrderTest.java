package org.bulletins.dedup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.bulletins.dedup.DedupOptions;
import org.bulletins.dedup.Items;
import org.bulletins.model.MatchEvidence;
import org.bulletins.model.NewsItem;
import org.junit.jupiter.api.Test;

/**
 * {@link StoryClusterer#cluster}'s groups: each sorted, every item in exactly one, and the groups
 * ordered by their first index, whatever the order of the units (content keys) they come from.
 */
class ClusteredGroupOrderTest {

  private static final StoryClusterer CLUSTERER = new StoryClusterer(DedupOptions.defaults());

  @Test
  void groupsOfUnitsInDescendingKeyOrderComeOrderedByTheirFirstItem() {
    // Units are numbered in content key order: here the reverse of the items' order.
    assertThat(groups(new long[] {5, 4, 3, 2, 1}))
        .containsExactly(new int[] {0}, new int[] {1}, new int[] {2}, new int[] {3}, new int[] {4});
    assertThat(groups(new long[] {3, 1, 3, 2, 1}))
        .containsExactly(new int[] {0, 2}, new int[] {1, 4}, new int[] {3});
  }

  @Property(tries = 200)
  void groupsAreSortedDisjointAndOrderedByFirstIndex(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 300) int n) {
    SplittableRandom random = new SplittableRandom(seed);
    long[] keys = new long[n];
    int distinct = 1 + random.nextInt(n);
    for (int i = 0; i < n; i++) {
      keys[i] = random.nextLong() % distinct; // negative keys too: ordered unsigned
    }
    List<int[]> groups = groups(keys);
    int[] seen = new int[n];
    int previousFirst = -1;
    for (int[] group : groups) {
      assertThat(group).isSorted();
      assertThat(group[0]).isGreaterThan(previousFirst);
      previousFirst = group[0];
      for (int i : group) {
        seen[i]++;
      }
    }
    assertThat(seen).containsOnly(1);
    // No evidence links units: each group is one content key's items.
    for (int[] group : groups) {
      for (int i : group) {
        assertThat(keys[i]).isEqualTo(keys[group[0]]);
      }
    }
  }

  /** The groups of items with these content keys and no evidence between them. */
  private static List<int[]> groups(long[] contentKeys) {
    List<NewsItem> items = new ArrayList<>();
    for (int i = 0; i < contentKeys.length; i++) {
      items.add(Items.item("test", 10 * i + 1, "2021-05-03", "Title " + i, "Body " + i + "."));
    }
    Map<CandidatePair, MatchEvidence> evidence = new HashMap<>();
    return CLUSTERER.cluster(
        items,
        contentKeys,
        evidence,
        (l, r) -> {
          throw new AssertionError("no pair to judge: " + l + ", " + r);
        });
  }
}
