package org.bulletins.benchmarks;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bulletins.dedup.DedupEngine;
import org.bulletins.model.MatchEvidence;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;
import org.bulletins.model.SourceSpan;

/**
 * Why the engine misses pairs of one duplicate kind: for each (original, copy) pair of that kind
 * that the stories do not join, whether it was a candidate pair and the rule {@code explain} gives;
 * a histogram and a few examples.
 *
 * <pre>
 * java -cp benchmarks.jar org.bulletins.benchmarks.Misses CORPUS N KIND
 * </pre>
 */
public final class Misses {

  private Misses() {}

  /**
   * The command line.
   *
   * @param args corpus, items, kind
   * @throws Exception if the corpus cannot be read
   */
  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    Corpus.Labelled labelled = Corpus.labelled(corpus, Integer.parseInt(args[1]));
    List<NewsItem> items = labelled.items();
    int n = labelled.size();
    long[] story = labelled.story();
    String[] kind = labelled.kind();
    DedupEngine engine = Corpus.engine();
    Map<SourceSpan, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(items.get(i).span(), i);
    }
    int[] out = new int[n];
    int s = 0;
    for (MergedStory st : engine.deduplicate(items).stories()) {
      for (NewsItem m : st.members()) {
        out[index.get(m.span())] = s;
      }
      s++;
    }
    long[] candidates = EngineCandidates.of(engine, items);
    Map<Long, Integer> original = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if (kind[i].equals("original")) {
        original.put(story[i], i);
      }
    }
    TreeMap<String, Integer> reasons = new TreeMap<>();
    int shown = 0;
    int pairs = 0;
    for (int i = 0; i < n; i++) {
      Integer o = original.get(story[i]);
      if (!kind[i].equals(args[2]) || o == null) {
        continue;
      }
      pairs++;
      if (out[i] == out[o]) {
        continue;
      }
      long packed = (long) Math.min(i, o) << 32 | Math.max(i, o);
      boolean candidate = Arrays.binarySearch(candidates, packed) >= 0;
      MatchEvidence e = engine.explain(items.get(o), items.get(i));
      String reason = (candidate ? "candidate/" : "not-candidate/") + e.rule();
      reasons.merge(reason, 1, Integer::sum);
      if (shown < 4) {
        shown++;
        System.out.printf(
            "%s%n  %s%n  %s%n  %s%n", reason, items.get(o).title(), items.get(i).title(), e);
      }
    }
    System.out.printf("kind=%s pairs=%d missed=%s%n", args[2], pairs, reasons);
  }
}
