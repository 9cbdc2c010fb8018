package org.bulletins.benchmarks;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bulletins.dedup.DedupEngine;
import org.bulletins.dedup.DedupOptions;
import org.bulletins.dedup.internal.Pipeline;
import org.bulletins.dedup.internal.crosslang.CrossLanguageRun;
import org.bulletins.dedup.internal.sketch.CandidatePairs;
import org.bulletins.dedup.internal.sketch.ItemSignature;
import org.bulletins.dedup.internal.sketch.ItemSigner;
import org.bulletins.dedup.internal.terms.DistinctiveTerms;
import org.bulletins.model.MatchEvidence;
import org.bulletins.model.NewsItem;

/**
 * Where the candidate pairs come from, and which of them verify: every distinct candidate pair of
 * the batch engine (content-id representatives only, as {@code BatchDedup} blocks them) is labelled
 * with how many usable blocks of each source hold it: text LSH bands, title LSH bands, term-pair
 * keys. Then each pair is verified as the batch engine does (signature gate, rules with terms,
 * cross-language rule), and each pair is looked up in the generator's truth. Printed per class of
 * source counts: pairs, pairs that verify as one story, pairs of one generated story, and the
 * verified pairs of one generated story per duplicate kind; and per source, the verified pairs that
 * only that source finds (what removing it would lose at the pair level, before clustering joins
 * stories through other links).
 *
 * <pre>
 * java -Xmx4g -cp benchmarks.jar org.bulletins.benchmarks.PairSources CORPUS N
 * </pre>
 */
public final class PairSources {

  private PairSources() {}

  /**
   * The command line.
   *
   * @param args corpus and item count
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
    DedupOptions options = engine.options();
    Pipeline pipeline = new Pipeline(options);
    ItemSigner.Signed[] signed =
        items.parallelStream().map(pipeline.signer()::sign).toArray(ItemSigner.Signed[]::new);
    ItemSignature[] signatures = new ItemSignature[n];
    DistinctiveTerms[] terms = new DistinctiveTerms[n];
    long[][] keys = new long[n][];
    long[][] text = new long[n][];
    long[][] title = new long[n][];
    long[][] termKeys = new long[n][];
    Map<Long, Integer> seen = new HashMap<>();
    for (int i = 0; i < n; i++) {
      signatures[i] = signed[i].signature();
      terms[i] = signed[i].terms();
      boolean representative = seen.putIfAbsent(signatures[i].contentKey(), i) == null;
      keys[i] = representative ? signed[i].keys() : new long[0];
      split(keys[i], options, text, title, termKeys, i);
    }
    signed = null;
    seen = null;
    // How many representatives hold each key: a block is usable from 2 to its cap.
    Map<Long, Integer> blockSize = new HashMap<>();
    for (long[] k : keys) {
      for (long key : k) {
        blockSize.merge(key, 1, Integer::sum);
      }
    }
    int bandCap = options.maxBlockSize();
    int termCap = Math.min(options.maxTermBlockSize(), bandCap);
    long[] pairs =
        CandidatePairs.of(keys.clone(), options.maxBlockSize(), options.maxTermBlockSize()).all();
    CrossLanguageRun cross = new CrossLanguageRun(pipeline.crossLanguage(), items);

    // class -> {pairs, verified same, truth same, verified and truth same, dated too far apart}
    Map<String, long[]> classes = new TreeMap<>();
    // class -> kind -> verified and truth same
    Map<String, Map<String, Long>> kinds = new TreeMap<>();
    Map<String, Map<String, Long>> onlyBy = new TreeMap<>();
    for (long p : pairs) {
      int a = (int) (p >>> 32);
      int b = (int) p;
      int textCount = shared(text[a], text[b], blockSize, bandCap, true);
      int titleCount = shared(title[a], title[b], blockSize, bandCap, true);
      int termCount = shared(termKeys[a], termKeys[b], blockSize, termCap, false);
      MatchEvidence e = null;
      if (pipeline.verifier().mayBeSame(signatures[a], signatures[b])) {
        e = pipeline.verifier().verify(signatures[a], terms[a], signatures[b], terms[b]);
      }
      e = cross.decide(e, a, b);
      boolean same = e != null && e.sameStory();
      boolean truth = story[a] == story[b];
      String k = pairKind(kind[a], kind[b]);
      String cls =
          textCount > 0
              ? "text " + bucket(textCount, 20)
              : "title " + titleCount + " terms " + bucket(termCount, 4);
      long[] c = classes.computeIfAbsent(cls, x -> new long[5]);
      boolean near =
          ItemSignature.withinWindow(
              signatures[a].epochDay(), signatures[b].epochDay(), options.dateWindowDays());
      c[4] += near ? 0 : 1;
      c[0]++;
      c[1] += same ? 1 : 0;
      c[2] += truth ? 1 : 0;
      c[3] += same && truth ? 1 : 0;
      if (same && truth) {
        kinds.computeIfAbsent(cls, x -> new TreeMap<>()).merge(k, 1L, Long::sum);
        String only =
            textCount > 0 && titleCount == 0 && termCount == 0
                ? "text only"
                : textCount == 0 && titleCount > 0 && termCount == 0
                    ? "title only"
                    : textCount == 0 && titleCount == 0 && termCount > 0
                        ? "terms only"
                        : textCount == 0 ? "title+terms, no text" : "text and other";
        onlyBy.computeIfAbsent(only, x -> new TreeMap<>()).merge(k, 1L, Long::sum);
      }
    }
    System.out.printf("items=%d distinct_pairs=%d%n", n, pairs.length);
    System.out.println(
        "class\tpairs\tdated_too_far\tverified_same\ttruth_same\tboth\tboth_by_kind");
    long[] total = new long[5];
    classes.forEach(
        (cls, c) -> {
          System.out.printf(
              "%s\t%d\t%d\t%d\t%d\t%d\t%s%n",
              cls, c[0], c[4], c[1], c[2], c[3], kinds.getOrDefault(cls, Map.of()));
          for (int x = 0; x < c.length; x++) {
            total[x] += c[x];
          }
        });
    System.out.printf(
        "all\t%d\t%d\t%d\t%d\t%d%n", total[0], total[4], total[1], total[2], total[3]);
    System.out.println("verified true pairs by the sources that find them:");
    onlyBy.forEach((cls, m) -> System.out.printf("%s\t%s%n", cls, m));
  }

  /** Splits an item's keys as the signer lays them out: text bands, title bands, term pairs. */
  private static void split(
      long[] keys, DedupOptions options, long[][] text, long[][] title, long[][] termKeys, int i) {
    int bandKeys = 0;
    while (bandKeys < keys.length && keys[bandKeys] >= 0) {
      bandKeys++;
    }
    // Either set may be empty (no bands), and bands differ from title bands in number.
    int textCount =
        bandKeys == options.bands() + options.titleBands() || bandKeys == options.bands()
            ? options.bands()
            : 0;
    text[i] = Arrays.copyOfRange(keys, 0, textCount);
    title[i] = Arrays.copyOfRange(keys, textCount, bandKeys);
    termKeys[i] = Arrays.copyOfRange(keys, bandKeys, keys.length);
    Arrays.sort(termKeys[i]);
  }

  /** Usable blocks two items share: band by band, or (terms) as sorted sets. */
  private static int shared(
      long[] a, long[] b, Map<Long, Integer> blockSize, int cap, boolean byPosition) {
    int count = 0;
    if (byPosition) {
      for (int x = 0; x < Math.min(a.length, b.length); x++) {
        if (a[x] == b[x] && blockSize.get(a[x]) <= cap) {
          count++;
        }
      }
      return count;
    }
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        if (blockSize.get(a[i]) <= cap && (i == 0 || a[i - 1] != a[i])) {
          count++;
        }
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return count;
  }

  private static String bucket(int count, int top) {
    return count >= top ? top + "+" : Integer.toString(count);
  }

  /** A pair's duplicate kind: the copy's kind when one is the original. */
  private static String pairKind(String a, String b) {
    if ("original".equals(a)) {
      return b;
    }
    if ("original".equals(b)) {
      return a;
    }
    return "copy-copy";
  }
}
