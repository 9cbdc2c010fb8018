package org.bulletins.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.bulletins.dedup.internal.ItemFeatures;
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
    return clusterFeatures(items.stream().map(f -> f.item().id()).toList(), items, evidence);
  }

  /**
   * Clusters items known by their content ids; {@code items} is read only for the representatives
   * of units whose verdict is not in {@code evidence}, so it may compute features on demand.
   */
  List<List<Integer>> clusterFeatures(
      List<ContentId> ids, List<ItemFeatures> items, Map<CandidatePair, MatchEvidence> evidence) {
    // Units: items with one content id.
    TreeMap<ContentId, List<Integer>> units = new TreeMap<>();
    for (int i = 0; i < ids.size(); i++) {
      units.computeIfAbsent(ids.get(i), k -> new ArrayList<>()).add(i);
    }
    List<ContentId> unitIds = List.copyOf(units.keySet());
    // NewsItem.id() hashes the folded text on every call: look each item's unit up once.
    int[] unitOf = new int[ids.size()];
    for (int u = 0; u < unitIds.size(); u++) {
      for (int i : units.get(unitIds.get(u))) {
        unitOf[i] = u;
      }
    }
    int[] representative = new int[unitIds.size()];
    for (int u = 0; u < unitIds.size(); u++) {
      representative[u] = units.get(unitIds.get(u)).get(0);
    }
    // Positive edges between units, strongest first.
    Map<CandidatePair, MatchEvidence> unitEvidence = new HashMap<>();
    for (Map.Entry<CandidatePair, MatchEvidence> e : evidence.entrySet()) {
      int u = unitOf[e.getKey().left()];
      int v = unitOf[e.getKey().right()];
      if (u != v) {
        unitEvidence.putIfAbsent(CandidatePair.of(u, v), e.getValue());
      }
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
          MatchEvidence ev = unitEvidence.get(key);
          if (ev == null) {
            ev = verifier.verify(items.get(representative[x]), items.get(representative[y]));
            unitEvidence.put(key, ev);
            evidence.put(CandidatePair.of(representative[x], representative[y]), ev);
          }
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

  private static double strength(MatchEvidence evidence) {
    return evidence.scores().getOrDefault("strength", 0.0);
  }
}
