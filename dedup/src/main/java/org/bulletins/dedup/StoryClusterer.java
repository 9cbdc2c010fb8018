package org.bulletins.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.bulletins.dedup.internal.ItemFeatures;
import org.bulletins.dedup.internal.MemberOrder;
import org.bulletins.model.ContentId;
import org.bulletins.model.MatchEvidence;
import org.bulletins.model.NewsItem;

/**
 * Stage 5: groups verified pairs into stories without chaining. Immutable and thread-safe.
 *
 * <p>Items with the same {@link ContentId} (copies that differ at most in typography) form one
 * <em>unit</em> and always stay together. The units are then merged greedily, complete-link: the
 * positive pairs are taken strongest first (score {@code strength}, ties broken by content ids), and
 * two groups merge only if <em>every</em> unit of one matches every unit of the other (pairs not
 * yet verified are verified on the spot) and the result holds at most {@code maxClusterSize} units.
 * So A~B and B~C never put A with C unless A~C. The outcome depends only on the set of items, not
 * on their order.
 *
 * <pre>{@code
 * Map<CandidatePair, MatchEvidence> verified = ...; // stage 4 on the candidate pairs
 * List<List<Integer>> groups = engine.clusterer().cluster(items, verified);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class StoryClusterer {

  private final DedupOptions options;
  private final PairVerifier verifier;

  StoryClusterer(DedupOptions options, PairVerifier verifier) {
    this.options = Objects.requireNonNull(options, "options");
    this.verifier = Objects.requireNonNull(verifier, "verifier");
  }

  /**
   * Groups items into stories.
   *
   * @param items the items
   * @param verified evidence for some pairs (normally the candidate pairs), by index into {@code
   *     items}; pairs missing are verified when needed
   * @return the groups, as sorted index lists, every index in exactly one group, ordered by their
   *     first index
   */
  public List<List<Integer>> cluster(List<NewsItem> items, Map<CandidatePair, MatchEvidence> verified) {
    List<ItemFeatures> features = new ArrayList<>();
    for (NewsItem item : items) {
      features.add(ItemFeatures.of(item, options.shingleSize()));
    }
    return clusterFeatures(features, new HashMap<>(verified));
  }

  List<List<Integer>> clusterFeatures(List<ItemFeatures> items, Map<CandidatePair, MatchEvidence> evidence) {
    return clusterFeatures(
        items.stream().map(f -> f.item().computeId()).toList(),
        items.stream().map(ItemFeatures::item).toList(),
        items,
        evidence);
  }

  /**
   * Clusters items known by their content ids. A unit (the items of one content id) is judged by
   * its representative, its first member in source order; evidence between other members only
   * says that the two units are candidates, and their representatives are verified. (Members of a
   * unit are equal once folded but may differ in case, which terms and site prefixes see; taking
   * whichever member's verdict came first made stories depend on input order.) {@code features}
   * is read only for the representatives that need verifying, so it may compute on demand.
   */
  List<List<Integer>> clusterFeatures(
      List<ContentId> ids,
      List<NewsItem> news,
      List<ItemFeatures> items,
      Map<CandidatePair, MatchEvidence> evidence) {
    // Units: items with one content id.
    TreeMap<ContentId, List<Integer>> units = new TreeMap<>();
    for (int i = 0; i < ids.size(); i++) {
      units.computeIfAbsent(ids.get(i), k -> new ArrayList<>()).add(i);
    }
    List<ContentId> unitIds = List.copyOf(units.keySet());
    // NewsItem.computeId() hashes the folded text on every call: look each item's unit up once.
    int[] unitOf = new int[ids.size()];
    for (int u = 0; u < unitIds.size(); u++) {
      for (int i : units.get(unitIds.get(u))) {
        unitOf[i] = u;
      }
    }
    int[] representative = new int[unitIds.size()];
    for (int u = 0; u < unitIds.size(); u++) {
      int rep = -1;
      for (int i : units.get(unitIds.get(u))) {
        if (rep < 0 || MemberOrder.ITEMS.compare(news.get(i), news.get(rep)) < 0) {
          rep = i;
        }
      }
      representative[u] = rep;
    }
    // Unit verdicts: the representatives' evidence, verified where only other members met.
    Map<CandidatePair, MatchEvidence> unitEvidence = new HashMap<>();
    List<CandidatePair> unverified = new ArrayList<>();
    for (Map.Entry<CandidatePair, MatchEvidence> e : evidence.entrySet()) {
      int left = e.getKey().left();
      int right = e.getKey().right();
      int u = unitOf[left];
      int v = unitOf[right];
      if (u == v) {
        continue;
      }
      CandidatePair unitPair = CandidatePair.of(u, v);
      boolean representatives =
          CandidatePair.of(left, right).equals(CandidatePair.of(representative[u], representative[v]));
      if (representatives) {
        unitEvidence.put(unitPair, e.getValue());
      } else {
        unverified.add(unitPair);
      }
    }
    for (CandidatePair unitPair : unverified) {
      unitEvidence.computeIfAbsent(
          unitPair, p -> verifyRepresentatives(p, representative, items, evidence));
    }
    List<CandidatePair> edges = new ArrayList<>();
    unitEvidence.forEach((pair, ev) -> {
      if (ev.sameStory()) {
        edges.add(pair);
      }
    });
    edges.sort(
        Comparator.comparingDouble((CandidatePair p) -> -strength(unitEvidence.get(p)))
            .thenComparing(p -> unitIds.get(p.left()))
            .thenComparing(p -> unitIds.get(p.right())));
    int[] group = new int[unitIds.size()];
    List<List<Integer>> members = new ArrayList<>();
    for (int u = 0; u < unitIds.size(); u++) {
      group[u] = u;
      members.add(new ArrayList<>(List.of(u)));
    }
    for (CandidatePair edge : edges) {
      int g = group[edge.left()];
      int h = group[edge.right()];
      if (g == h || members.get(g).size() + members.get(h).size() > options.maxClusterSize()) {
        continue;
      }
      boolean all = true;
      for (int x : members.get(g)) {
        for (int y : members.get(h)) {
          CandidatePair key = CandidatePair.of(x, y);
          MatchEvidence ev =
              unitEvidence.computeIfAbsent(
                  key, p -> verifyRepresentatives(p, representative, items, evidence));
          if (!ev.sameStory()) {
            all = false;
            break;
          }
        }
        if (!all) {
          break;
        }
      }
      if (all) {
        for (int y : members.get(h)) {
          group[y] = g;
        }
        members.get(g).addAll(members.get(h));
        members.get(h).clear();
      }
    }
    List<List<Integer>> out = new ArrayList<>();
    for (List<Integer> m : members) {
      if (m.isEmpty()) {
        continue;
      }
      List<Integer> indexes = new ArrayList<>();
      for (int u : m) {
        indexes.addAll(units.get(unitIds.get(u)));
      }
      indexes.sort(null);
      out.add(List.copyOf(indexes));
    }
    out.sort(Comparator.comparing((List<Integer> l) -> l.get(0)));
    return List.copyOf(out);
  }

  /**
   * Verifies the representatives of two units, the lower item index first (the orientation the
   * merger expects of stored evidence), and records the evidence.
   */
  private MatchEvidence verifyRepresentatives(
      CandidatePair units,
      int[] representative,
      List<ItemFeatures> items,
      Map<CandidatePair, MatchEvidence> evidence) {
    CandidatePair pair = CandidatePair.of(representative[units.left()], representative[units.right()]);
    MatchEvidence ev = verifier.verify(items.get(pair.left()), items.get(pair.right()));
    evidence.put(pair, ev);
    return ev;
  }

  private static double strength(MatchEvidence evidence) {
    return evidence.scores().getOrDefault("strength", 0.0);
  }
}
