package org.bulletins.benchmarks;

import java.nio.file.Path;
import java.util.List;
import org.bulletins.dedup.DedupOptions;
import org.bulletins.dedup.internal.Pipeline;
import org.bulletins.dedup.internal.PairVerifier;
import org.bulletins.dedup.internal.sketch.CandidatePairs;
import org.bulletins.dedup.internal.sketch.ItemSignature;
import org.bulletins.dedup.internal.sketch.ItemSigner;
import org.bulletins.model.MatchEvidence;
import org.bulletins.model.NewsItem;

/**
 * One jar's verification alone, for SigningAB (verify-ab.sh, issue 14, session 20): the items
 * signed and blocked once (as BatchDedup does, every item blocked), the candidate pairs that pass
 * {@link PairVerifier#mayBeSame} kept; each round verifies them all on the calling thread, the
 * terms unpacked per pair as the engine's {@code LazyTerms} gives them. Compiled against one jar
 * and loaded into each jar's class loader.
 */
public final class VerifyLoop {
  private final PairVerifier verifier;
  private final ItemSignature[] signatures;
  private final Pipeline.LazyTerms terms;
  private final long[] pairs;

  public VerifyLoop(String corpus, int n) throws Exception {
    List<NewsItem> items = Corpus.read(Path.of(corpus), n);
    DedupOptions options = DedupOptions.builder().build();
    Pipeline pipeline = new Pipeline(options);
    ItemSigner signer = pipeline.signer();
    verifier = pipeline.verifier();
    signatures = new ItemSignature[items.size()];
    long[][] keys = new long[items.size()][];
    long[] days = new long[items.size()];
    terms = new Pipeline.LazyTerms(items);
    for (int i = 0; i < items.size(); i++) {
      ItemSigner.Signed s = signer.sign(items.get(i));
      signatures[i] = s.signature();
      keys[i] = s.keys();
      days[i] = s.signature().epochDay();
      terms.offer(i, s.terms());
    }
    long[] all =
        CandidatePairs.of(
                keys,
                options.maxBlockSize(),
                options.maxTermBlockSize(),
                days,
                options.dateWindowDays())
            .all();
    int kept = 0;
    for (long p : all) {
      if (verifier.mayBeSame(signatures[(int) (p >>> 32)], signatures[(int) p])) {
        all[kept++] = p;
      }
    }
    pairs = java.util.Arrays.copyOf(all, kept);
    System.err.printf("VerifyLoop: %d candidate pairs, %d verified per round%n", all.length, kept);
  }

  /** Verifies every kept pair once; returns the same-story count times 1000 plus the conflicts. */
  public long round() {
    long same = 0;
    long conflicts = 0;
    for (long p : pairs) {
      int l = (int) (p >>> 32);
      int r = (int) p;
      MatchEvidence e = verifier.verify(signatures[l], terms.get(l), signatures[r], terms.get(r));
      same += e.sameStory() ? 1 : 0;
      conflicts += e.conflictingTerms().size();
    }
    return same * 1000 + conflicts;
  }
}
