package org.bulletins.dedup.internal;

import com.google.common.primitives.Ints;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bulletins.dedup.DedupOptions;
import org.bulletins.model.MatchEvidence;
import org.bulletins.model.NewsItem;

/**
 * Stage 4: groups verified pairs into stories without chaining. Immutable and thread-safe.
 *
 * <p>Items with the same content id (copies that differ at most in typography) form one
 * <em>unit</em> and always stay together, whatever the candidates were. A unit is judged by its
 * representative, its first member in source order ({@link MemberOrder}); evidence between other
 * members only says that two units are candidates, and their representatives are verified. The
 * units are then merged greedily, complete-link: the positive unit pairs are taken strongest first
 * ({@link MatchEvidence#strength()}, ties broken by content ids), and two groups merge only if
 * <em>every</em> unit of one matches every unit of the other (pairs not yet verified are verified
 * on the spot) and the result holds at most {@code maxClusterSize} units. So A~B and B~C never put
 * A with C unless A~C. The outcome depends only on the set of items, not on their order.
 */
public final class StoryClusterer {

  /** Verifies two items by index, the lower index first. */
  public interface Judge {
    /**
     * The evidence of a pair.
     *
     * @param left the lower index
     * @param right the higher index
     * @return the evidence
     */
    MatchEvidence judge(int left, int right);
  }

  private final DedupOptions options;

  /**
   * A clusterer for an engine's options.
   *
   * @param options the options (maxClusterSize)
   */
  public StoryClusterer(DedupOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Groups items into stories.
   *
   * @param items the items, for their source order
   * @param contentKeys each item's content key (equal for equal content ids)
   * @param evidence evidence of candidate pairs by item index; a pair between two units may be
   *     missing if it was not same-story and no unit has a second member; evidence of
   *     representatives' pairs computed here is added
   * @param judge verifies pairs that need a verdict
   * @return the groups, as sorted item index arrays, every index in exactly one, ordered by their
   *     first index
   */
  public List<int[]> cluster(
      List<NewsItem> items,
      long[] contentKeys,
      Map<CandidatePair, MatchEvidence> evidence,
      Judge judge) {
    return cluster(ContentUnits.of(items, contentKeys), evidence, judge);
  }

  /**
   * Groups items into stories, their units known already (a batch computes them before blocking).
   *
   * @param contentUnits the items' units
   * @param evidence as {@link #cluster(List, long[], Map, Judge)} takes it
   * @param judge verifies pairs that need a verdict
   * @return the groups, as {@link #cluster(List, long[], Map, Judge)} returns them
   */
  List<int[]> cluster(
      ContentUnits contentUnits, Map<CandidatePair, MatchEvidence> evidence, Judge judge) {
    Units units = Units.of(contentUnits);
    Map<CandidatePair, MatchEvidence> unitEvidence = unitEvidence(units, evidence, judge);
    int[] groupOf = completeLink(units, unitEvidence, evidence, judge);
    return groups(units, groupOf);
  }

  /** Items grouped by content key; units numbered in content key order (unsigned). */
  private record Units(long[] keys, int[] unitOf, int[] representative, int[][] members) {

    static Units of(ContentUnits units) {
      return new Units(units.keys(), units.unitOf(), units.representative(), units.members());
    }

    int count() {
      return keys.length;
    }
  }

  /** Unit verdicts: the representatives' evidence, verified where only other members met. */
  private static Map<CandidatePair, MatchEvidence> unitEvidence(
      Units units, Map<CandidatePair, MatchEvidence> evidence, Judge judge) {
    Map<CandidatePair, MatchEvidence> unitEvidence = new HashMap<>();
    List<CandidatePair> unverified = new ArrayList<>();
    for (Map.Entry<CandidatePair, MatchEvidence> e : evidence.entrySet()) {
      int left = e.getKey().left();
      int right = e.getKey().right();
      int u = units.unitOf()[left];
      int v = units.unitOf()[right];
      if (u == v) {
        continue;
      }
      CandidatePair unitPair = CandidatePair.of(u, v);
      boolean representatives =
          CandidatePair.of(left, right)
              .equals(CandidatePair.of(units.representative()[u], units.representative()[v]));
      if (representatives) {
        unitEvidence.put(unitPair, e.getValue());
      } else {
        unverified.add(unitPair);
      }
    }
    for (CandidatePair unitPair : unverified) {
      if (!unitEvidence.containsKey(unitPair)) {
        unitEvidence.put(unitPair, verifyRepresentatives(unitPair, units, evidence, judge));
      }
    }
    return unitEvidence;
  }

  /** Greedy complete-link merging of units along positive pairs, strongest first. */
  private int[] completeLink(
      Units units,
      Map<CandidatePair, MatchEvidence> unitEvidence,
      Map<CandidatePair, MatchEvidence> evidence,
      Judge judge) {
    long[] keys = units.keys();
    List<Edge> edges = new ArrayList<>();
    unitEvidence.forEach(
        (pair, ev) -> {
          if (ev.sameStory()) {
            edges.add(
                new Edge(
                    pair.left(),
                    pair.right(),
                    ev.strength(),
                    keys[pair.left()],
                    keys[pair.right()]));
          }
        });
    // Strength and unit keys read once per edge, not looked up at every comparison. Unit keys are
    // distinct, so the order is total and the greedy outcome does not depend on the sort.
    Edge[] sorted = TwoThreadSort.sorted(edges.toArray(new Edge[0]), EDGE_ORDER);
    int[] group = new int[units.count()];
    // Each group's units, in the order they joined; a group merged into another is emptied.
    int[][] members = new int[units.count()][];
    for (int u = 0; u < units.count(); u++) {
      group[u] = u;
      members[u] = new int[] {u};
    }
    for (Edge edge : sorted) {
      int g = group[edge.left()];
      int h = group[edge.right()];
      if (g == h || members[g].length + members[h].length > options.maxClusterSize()) {
        continue;
      }
      if (allMatch(members[g], members[h], units, unitEvidence, evidence, judge)) {
        for (int y : members[h]) {
          group[y] = g;
        }
        members[g] = Ints.concat(members[g], members[h]);
        members[h] = EMPTY;
      }
    }
    return group;
  }

  private static final int[] EMPTY = new int[0];

  /** A positive unit pair (lower unit first) and its evidence's strength. */
  private record Edge(int left, int right, double strength, long leftKey, long rightKey) {}

  /**
   * Strongest first, then by the units' keys (unsigned): a total order, the keys being distinct.
   */
  private static final Comparator<Edge> EDGE_ORDER =
      (p, q) -> {
        int c = Double.compare(-p.strength(), -q.strength());
        if (c == 0) {
          c = Long.compareUnsigned(p.leftKey(), q.leftKey());
        }
        return c != 0 ? c : Long.compareUnsigned(p.rightKey(), q.rightKey());
      };

  private static boolean allMatch(
      int[] g,
      int[] h,
      Units units,
      Map<CandidatePair, MatchEvidence> unitEvidence,
      Map<CandidatePair, MatchEvidence> evidence,
      Judge judge) {
    for (int x : g) {
      for (int y : h) {
        CandidatePair key = CandidatePair.of(x, y);
        MatchEvidence ev = unitEvidence.get(key);
        if (ev == null) {
          ev = verifyRepresentatives(key, units, evidence, judge);
          unitEvidence.put(key, ev);
        }
        if (!ev.sameStory()) {
          return false;
        }
      }
    }
    return true;
  }

  /** The item index arrays of the groups, sorted, ordered by first index (primitives only). */
  private static List<int[]> groups(Units units, int[] groupOf) {
    int[] size = new int[units.count()];
    for (int u = 0; u < units.count(); u++) {
      size[groupOf[u]] += units.members()[u].length;
    }
    int[][] byGroup = new int[units.count()][];
    int[] filled = new int[units.count()];
    for (int u = 0; u < units.count(); u++) {
      int g = groupOf[u];
      if (byGroup[g] == null) {
        byGroup[g] = new int[size[g]];
      }
      for (int i : units.members()[u]) {
        byGroup[g][filled[g]++] = i;
      }
    }
    // Every item is in exactly one group, so the groups' first indexes are distinct: placed at
    // their first index, the groups read in item order come ordered without a comparison sort
    // (this stage runs on one thread).
    int[][] byFirst = new int[units.unitOf().length][]; // one slot per item
    int count = 0;
    for (int[] indexes : byGroup) {
      if (indexes != null) {
        Arrays.sort(indexes);
        byFirst[indexes[0]] = indexes;
        count++;
      }
    }
    List<int[]> out = new ArrayList<>(count);
    for (int[] indexes : byFirst) {
      if (indexes != null) {
        out.add(indexes);
      }
    }
    return out;
  }

  /**
   * Verifies the representatives of two units, the lower item index first (the orientation the
   * merger expects of stored evidence), and records the evidence.
   */
  private static MatchEvidence verifyRepresentatives(
      CandidatePair unitPair,
      Units units,
      Map<CandidatePair, MatchEvidence> evidence,
      Judge judge) {
    CandidatePair pair =
        CandidatePair.of(
            units.representative()[unitPair.left()], units.representative()[unitPair.right()]);
    MatchEvidence ev = evidence.get(pair);
    if (ev == null) { // a placeholder's verdict (apart) is right and is kept
      ev = judge.judge(pair.left(), pair.right());
      evidence.put(pair, ev);
    }
    return ev;
  }

  /**
   * Stands for the evidence of a pair that the signatures showed apart: the clusterer reads only
   * its verdict, and the merger verifies the pair if it ever shows it in a link.
   */
  public static final MatchEvidence APART_BY_SKETCH =
      new MatchEvidence(
          0,
          0,
          0,
          java.util.Optional.empty(),
          List.of(),
          List.of(),
          false,
          org.bulletins.model.MatchRule.DISSIMILAR,
          Map.of(),
          0.0);
}
