package org.bulletins.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bulletins.dedup.internal.CandidatePair;
import org.bulletins.dedup.internal.MemberOrder;
import org.bulletins.dedup.internal.Pipeline;
import org.bulletins.dedup.internal.StoryMerger;
import org.bulletins.dedup.internal.sketch.CandidatePairs;
import org.bulletins.dedup.internal.sketch.ItemSignature;
import org.bulletins.dedup.internal.sketch.ItemSigner;
import org.bulletins.model.MatchEvidence;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;

/** The engine's stages run one by one, plainly, for tests that compare the batch path with them. */
final class Stages {
  private Stages() {}

  static ItemSigner.Signed[] sign(DedupEngine engine, List<NewsItem> items) {
    return items.stream().map(engine.pipeline().signer()::sign).toArray(ItemSigner.Signed[]::new);
  }

  /** Every item blocked (copies too), pairs of blocks within their caps, sorted. */
  static List<CandidatePair> candidatePairs(DedupEngine engine, List<NewsItem> items) {
    ItemSigner.Signed[] signed = sign(engine, items);
    long[][] keys = new long[items.size()][];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = signed[i].keys();
    }
    List<CandidatePair> out = new ArrayList<>();
    for (long p :
        CandidatePairs.of(
                keys, engine.options().maxBlockSize(), engine.options().maxTermBlockSize())
            .all()) {
      out.add(CandidatePair.unpack(p));
    }
    return out;
  }

  /** Every candidate pair verified in full, clustered, merged with fresh verification. */
  static List<MergedStory> plain(DedupEngine engine, List<NewsItem> items) {
    Pipeline p = engine.pipeline();
    ItemSigner.Signed[] signed = sign(engine, items);
    ItemSignature[] signatures = new ItemSignature[items.size()];
    long[] contentKeys = new long[items.size()];
    for (int i = 0; i < signed.length; i++) {
      signatures[i] = signed[i].signature();
      contentKeys[i] = signatures[i].contentKey();
    }
    Map<CandidatePair, MatchEvidence> evidence = new HashMap<>();
    for (CandidatePair pair : candidatePairs(engine, items)) {
      evidence.put(pair, engine.explain(items.get(pair.left()), items.get(pair.right())));
    }
    List<MergedStory> stories = new ArrayList<>();
    for (int[] group :
        p.clusterer()
            .cluster(
                items,
                contentKeys,
                evidence,
                (l, r) -> engine.explain(items.get(l), items.get(r)))) {
      List<StoryMerger.Member> members = new ArrayList<>();
      for (int i : group) {
        members.add(new StoryMerger.Member(items.get(i), signatures[i], i));
      }
      stories.add(
          members.size() == 1
              ? MergedStory.singleton(items.get(group[0]))
              : p.merger().merge(members, (a, b) -> engine.explain(a.item(), b.item())));
    }
    stories.sort(Comparator.comparing((MergedStory s) -> s.members().get(0), MemberOrder.ITEMS));
    return stories;
  }
}
