package org.bulletins.dedup.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.bulletins.dedup.DedupOptions;
import org.bulletins.dedup.internal.crosslang.CrossLanguageRun;
import org.bulletins.dedup.internal.sketch.BlockingKeys;
import org.bulletins.dedup.internal.sketch.CandidatePairs;
import org.bulletins.dedup.internal.sketch.ItemSignature;
import org.bulletins.dedup.internal.sketch.ItemSigner;
import org.bulletins.model.ContentId;
import org.bulletins.model.MatchEvidence;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;

/**
 * Batch deduplication on the {@link Pipeline}: sign every item (in parallel; an item that repeats
 * an earlier one, the same date, title and paragraphs, takes what signing found for it), block and
 * pair the representatives of the content ids in bounded chunks, verify each chunk (in parallel,
 * signatures first), cluster, merge. Memory follows the items and the matches, not the candidate
 * pairs.
 */
public final class BatchDedup {

  // Groups a thread merges at a time (see ParallelLoop): some microseconds each.
  private static final int MERGE_BATCH = 512;

  // Items a thread signs at a time: some milliseconds (a small input in smaller batches, so that
  // every thread takes part).
  private static final int SIGN_BATCH = 128;

  private final Pipeline pipeline;
  private final int chunkPairs;
  private final int signBatch;

  /**
   * A batch run of a pipeline.
   *
   * @param pipeline the stages
   * @param chunkPairs the most candidate pairs held at once
   */
  public BatchDedup(Pipeline pipeline, int chunkPairs) {
    this(pipeline, chunkPairs, 0);
  }

  /**
   * A batch run that signs a given number of items at a time on each thread (for tests: 1 lets the
   * threads interleave item by item).
   *
   * @param pipeline the stages
   * @param chunkPairs the most candidate pairs held at once
   * @param signBatch items a thread signs at a time, or 0 for the default
   */
  public BatchDedup(Pipeline pipeline, int chunkPairs, int signBatch) {
    if (signBatch < 0) {
      throw new IllegalArgumentException("sign batch " + signBatch + " < 0");
    }
    this.pipeline = pipeline;
    this.chunkPairs = chunkPairs;
    this.signBatch = signBatch;
  }

  /**
   * Stories and their members' content ids.
   *
   * @param stories the stories, sorted by first member
   * @param memberIds each story's members' ids, in member order
   */
  public record Outcome(List<MergedStory> stories, List<List<ContentId>> memberIds) {}

  /**
   * Deduplicates items.
   *
   * @param items the items
   * @return the stories, sorted by first member
   */
  public List<MergedStory> run(List<NewsItem> items) {
    return runWithIds(items).stories();
  }

  /**
   * Deduplicates items and names each story's members by the content ids found while signing.
   *
   * @param items the items
   * @return the stories, sorted by first member, and their members' ids
   */
  public Outcome runWithIds(List<NewsItem> items) {
    StageClock clock = StageClock.start();
    int n = items.size();
    ItemSignature[] signatures = new ItemSignature[n];
    // Each item's keys copied into a few large arrays as it is signed (see BlockingKeys).
    BlockingKeys keys = new BlockingKeys(n);
    Pipeline.LazyTerms terms = new Pipeline.LazyTerms(items);
    signAll(items, signatures, keys, terms);
    clock.lap("sign");
    return runSigned(items, signatures, keys, terms, clock);
  }

  /**
   * Signs every item, in index order a batch at a time on each thread, so that an item repeating an
   * earlier one (on a later page) finds it signed and takes its signature and keys, and shares its
   * terms when they are first asked for (a parallel stream signed the input's quarters side by
   * side). Items are signed without their terms' contexts: the later stages find the terms of the
   * items they ask about ({@link Pipeline.LazyTerms}). A method of its own: the repeats' groups are
   * dropped when it returns.
   */
  private void signAll(
      List<NewsItem> items,
      ItemSignature[] signatures,
      BlockingKeys keys,
      Pipeline.LazyTerms terms) {
    RepeatedItems repeats = new RepeatedItems(items);
    ParallelLoop.forEach(
        items.size(),
        signBatch(items.size()),
        i -> {
          int earlier = repeats.earlierSigned(i);
          if (earlier >= 0) {
            signatures[i] = signatures[earlier];
            keys.share(i, earlier);
            terms.share(i, earlier);
            return;
          }
          ItemSigner.CompactSigned signed = pipeline.signer().signCompactWithoutTerms(items.get(i));
          signatures[i] = signed.signature();
          keys.put(i, signed);
          repeats.publish(i);
        });
  }

  /** Items per batch: {@link #signBatch} if set, else up to 128, fewer for a small input. */
  private int signBatch(int items) {
    return signBatch > 0 ? signBatch : Math.max(1, Math.min(SIGN_BATCH, items / 16));
  }

  /**
   * Deduplicates items signed already (by {@link #runWithIds}): blocks and pairs, verification,
   * clustering, merging.
   *
   * @param items the items
   * @param signatures each item's signature
   * @param keys each item's blocking keys; emptied as they are read
   * @param terms the items' terms, found on first use unless offered
   * @return the stories, sorted by first member, and their members' ids
   */
  public Outcome runSigned(
      List<NewsItem> items, ItemSignature[] signatures, long[][] keys, Pipeline.LazyTerms terms) {
    return runSigned(items, signatures, BlockingKeys.of(keys), terms, StageClock.start());
  }

  private Outcome runSigned(
      List<NewsItem> items,
      ItemSignature[] signatures,
      BlockingKeys keys,
      Pipeline.LazyTerms terms,
      StageClock clock) {
    DedupOptions options = pipeline.options();
    // The language guess (parallel, a scan of each item's text) needs neither the units nor the
    // blocks, and sorting the keys into blocks runs mostly on this thread (counting and filling
    // the key entries, finding the blocks that give pairs): the pool's threads guess meanwhile.
    ForkJoinTask<CrossLanguageRun> languages =
        ForkJoinPool.commonPool()
            .submit(() -> new CrossLanguageRun(pipeline.crossLanguage(), items));
    // The passes over all items (and over all stories, at the end) are methods of their own: a
    // loop in this method (run once per batch) had the JIT compile the whole method from the loop
    // (on-stack replacements of ~33 kB) in the early rounds and then again whole.
    long[] contentKeys = contentKeys(signatures);
    // Only the representative of each content id (its first item in source order) is blocked:
    // copies join their unit whatever the blocks, and a unit is judged by its representative.
    ContentUnits units = ContentUnits.of(items, contentKeys);
    boolean[] isRepresentative = representativesOnly(units, keys);
    clock.lap("units");
    Map<CandidatePair, MatchEvidence> evidence = new ConcurrentHashMap<>();
    // Pairs dated further apart than the window are never made: no rule could join them.
    long[] epochDay = epochDays(signatures);
    CandidatePairs blocks =
        CandidatePairs.of(
            keys,
            options.maxBlockSize(),
            options.maxTermBlockSize(),
            epochDay,
            options.dateWindowDays());
    clock.lap("blocks");
    // The guess may still run, in parallel subtasks on the pool's worker(s).
    CrossLanguageRun cross = PoolJoin.helping(languages);
    clock.lap("languages"); // what the guess took beyond the units and the blocks
    RecentTerms lefts = new RecentTerms(terms);
    blocks.forEachChunk(
        chunkPairs,
        (pairs, size) -> {
          long verifyStart = System.nanoTime();
          PairJudge judge =
              new PairJudge(pipeline.verifier(), signatures, lefts, terms, cross, evidence, pairs);
          IntStream.range(0, size).parallel().forEach(judge);
          judge.release();
          clock.add("verify", System.nanoTime() - verifyStart, size);
        });
    blocks.release();
    clock.lap("pairs+verify");
    // Items in two languages share no shingle: the cross-language rule proposes its own pairs.
    cross.addPairs(
        isRepresentative,
        evidence,
        (l, r) ->
            pipeline.verifier().mayBeSame(signatures[l], signatures[r])
                ? pipeline
                    .verifier()
                    .verify(signatures[l], terms.get(l), signatures[r], terms.get(r))
                : null);
    StoryClusterer.Judge judge =
        (l, r) ->
            cross.decide(
                pipeline
                    .verifier()
                    .verify(signatures[l], terms.get(l), signatures[r], terms.get(r)),
                l,
                r);
    clock.lap("cross-lang");
    Map<CandidatePair, MatchEvidence> known = new HashMap<>(evidence);
    List<int[]> groups = pipeline.clusterer().cluster(units, known, judge);
    clock.lap("cluster");
    // Groups merge independently (the evidence is only read now): both cores take part.
    Named[] merged = new Named[groups.size()];
    ParallelLoop.forEach(
        merged.length,
        MERGE_BATCH,
        g -> {
          int[] group = groups.get(g);
          StoryClusterer.Judge groupJudge =
              group.length == 1
                  ? judge
                  : new GroupJudge(pipeline.verifier(), signatures, terms, cross);
          MergedStory story =
              pipeline.merger().mergeGroup(items, signatures, group, known, groupJudge);
          merged[g] = new Named(story, MemberIds.of(story, group, items, contentKeys));
        });
    clock.lap("merge");
    // Sorted stably on two threads: the order List.sort gives.
    List<Named> named =
        Arrays.asList(
            TwoThreadSort.sorted(
                merged,
                Comparator.comparing((Named s) -> s.story().members().get(0), MemberOrder.ITEMS)));
    Outcome outcome = outcome(named);
    clock.lap("sort");
    return outcome;
  }

  /** The sorted stories and their ids as two lists (a pass over all stories: see contentKeys). */
  private static Outcome outcome(List<Named> named) {
    List<MergedStory> stories = new ArrayList<>(named.size());
    List<List<ContentId>> ids = new ArrayList<>(named.size());
    for (Named s : named) {
      stories.add(s.story());
      ids.add(s.ids());
    }
    return new Outcome(stories, ids);
  }

  /** Each item's content key. */
  private static long[] contentKeys(ItemSignature[] signatures) {
    long[] contentKeys = new long[signatures.length];
    for (int i = 0; i < signatures.length; i++) {
      contentKeys[i] = signatures[i].contentKey();
    }
    return contentKeys;
  }

  /** Which items represent their unit; the others' blocking keys emptied. */
  private static boolean[] representativesOnly(ContentUnits units, BlockingKeys keys) {
    boolean[] isRepresentative = new boolean[keys.items()];
    for (int i = 0; i < isRepresentative.length; i++) {
      isRepresentative[i] = units.isRepresentative(i);
      if (!isRepresentative[i]) {
        keys.clear(i);
      }
    }
    return isRepresentative;
  }

  /** Each item's epoch day. */
  private static long[] epochDays(ItemSignature[] signatures) {
    long[] epochDay = new long[signatures.length];
    for (int i = 0; i < signatures.length; i++) {
      epochDay[i] = signatures[i].epochDay();
    }
    return epochDay;
  }

  /**
   * Judges the candidate pair at an index of a chunk and keeps the evidence of a same story. A
   * class, not a lambda: a lambda's body is a method of its own beside the synthetic class's {@code
   * accept} that calls it, and the JIT compiled both (the body inlined into {@code accept}), each
   * about 50 kB of code. Here the body is {@code accept} itself, compiled once.
   */
  private static final class PairJudge implements IntConsumer {
    private final PairVerifier verifier;
    private final ItemSignature[] signatures;
    private final RecentTerms lefts;
    private final Pipeline.LazyTerms terms;
    private final CrossLanguageRun cross;
    private final Map<CandidatePair, MatchEvidence> evidence;
    // Dropped once the chunk is judged: a judge that outlived a young collection is in the old
    // generation until G1 marks it dead, and would keep the chunk's array (see BlockingKeys).
    private long[] pairs;

    PairJudge(
        PairVerifier verifier,
        ItemSignature[] signatures,
        RecentTerms lefts,
        Pipeline.LazyTerms terms,
        CrossLanguageRun cross,
        Map<CandidatePair, MatchEvidence> evidence,
        long[] pairs) {
      this.verifier = verifier;
      this.signatures = signatures;
      this.lefts = lefts;
      this.terms = terms;
      this.cross = cross;
      this.evidence = evidence;
      this.pairs = pairs;
    }

    void release() {
      pairs = null;
    }

    @Override
    public void accept(int p) {
      int left = (int) (pairs[p] >>> 32);
      int right = (int) pairs[p];
      MatchEvidence e = null;
      if (verifier.mayBeSame(signatures[left], signatures[right])) {
        e = verifier.verify(signatures[left], lefts.get(left), signatures[right], terms.get(right));
      }
      e = cross.decide(e, left, right);
      if (e != null && e.sameStory()) {
        evidence.put(new CandidatePair(left, right), e);
      }
    }
  }

  /** A story with its members' ids, sorted together. */
  private record Named(MergedStory story, List<ContentId> ids) {}
}
