package org.bulletins.spark.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bulletins.dedup.internal.CandidatePair;
import org.bulletins.dedup.internal.Pipeline;
import org.bulletins.dedup.internal.StoryClusterer;
import org.bulletins.dedup.internal.crosslang.CrossLanguageRun;
import org.bulletins.dedup.internal.sketch.ItemSignature;
import org.bulletins.dedup.internal.sketch.ItemSigner;
import org.bulletins.dedup.internal.terms.DistinctiveTerms;
import org.bulletins.model.MatchEvidence;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;

/**
 * Stages 4 and 5 on one connected component of the match graph: the engine's clusterer and merger,
 * fed as the batch engine feeds them (its {@code BatchDedup}).
 *
 * <p>Why this equals the batch run: the clusterer joins units only along positive pairs and checks
 * every pair of a join inside the two groups, so each story lies inside one component (positive
 * pairs and copies of one content id are its edges), and the evidence and the edge order it uses
 * depend only on the component's items. Items keep their relative source order, so every pair is
 * verified with the same item first, as the batch engine verifies it. The cross-language rule
 * judges pairs as in the batch run: it applies when the whole input (not the component) holds two
 * or more known languages.
 */
public final class ComponentStories {

  private final Pipeline pipeline;
  private final boolean severalLanguages;

  /**
   * Stages of some options.
   *
   * @param pipeline the engine's stages
   * @param severalLanguages whether the whole input holds two or more known languages
   */
  public ComponentStories(Pipeline pipeline, boolean severalLanguages) {
    this.pipeline = pipeline;
    this.severalLanguages = severalLanguages;
  }

  /**
   * The stories of one component.
   *
   * @param indexes the items' global source positions, ascending
   * @param items the items, in that order
   * @param edges the positive candidate pairs among them, as global positions (left below right)
   * @return the stories, in no particular order
   */
  public List<MergedStory> stories(long[] indexes, List<NewsItem> items, long[][] edges) {
    int n = items.size();
    ItemSignature[] signatures = new ItemSignature[n];
    DistinctiveTerms[] terms = new DistinctiveTerms[n];
    long[] contentKeys = new long[n];
    for (int i = 0; i < n; i++) {
      ItemSigner.Signed signed = pipeline.signer().sign(items.get(i));
      signatures[i] = signed.signature();
      terms[i] = signed.terms();
      contentKeys[i] = signatures[i].contentKey();
    }
    CrossLanguageRun cross =
        CrossLanguageRun.ofPart(pipeline.crossLanguage(), items, severalLanguages);
    // The positive pairs' evidence, verified again here (verification is a pure function of the
    // pair), lower position first, as the batch engine's verification stage keeps it: signatures
    // first, then the cross-language rule's verdict.
    Map<CandidatePair, MatchEvidence> known = new HashMap<>();
    for (long[] edge : edges) {
      int left = Arrays.binarySearch(indexes, edge[0]);
      int right = Arrays.binarySearch(indexes, edge[1]);
      MatchEvidence base =
          pipeline.verifier().mayBeSame(signatures[left], signatures[right])
              ? pipeline
                  .verifier()
                  .verify(signatures[left], terms[left], signatures[right], terms[right])
              : null;
      known.put(new CandidatePair(left, right), cross.decide(base, left, right));
    }
    StoryClusterer.Judge judge =
        (l, r) ->
            cross.decide(
                pipeline.verifier().verify(signatures[l], terms[l], signatures[r], terms[r]), l, r);
    List<int[]> groups = pipeline.clusterer().cluster(items, contentKeys, known, judge);
    List<MergedStory> stories = new ArrayList<>(groups.size());
    for (int[] group : groups) {
      stories.add(pipeline.merger().mergeGroup(items, signatures, group, known, judge));
    }
    return stories;
  }
}
