package org.bulletins.dedup.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bulletins.dedup.DedupOptions;
import org.bulletins.dedup.DedupResult;
import org.bulletins.dedup.internal.sketch.CandidatePairs;
import org.bulletins.dedup.internal.sketch.ItemSignature;
import org.bulletins.dedup.internal.sketch.ItemSigner;
import org.bulletins.dedup.internal.terms.TermsCodec;
import org.bulletins.model.NewsItem;

/**
 * A batch deduplication fed one item at a time, as a reader parses them, that can sign the items
 * while the reader still reads ({@value #SIGN_WHILE_ADDING}): every {@value #CHUNK} items go to the
 * common pool as one task, so the core that the (one-threaded) parser leaves idle signs them.
 * {@link #finish()} signs what is left, on the calling thread beside the pool, then runs the stages
 * after signing as {@link BatchDedup} does. The result is the one {@link
 * org.bulletins.dedup.DedupEngine#deduplicate} gives for the same items in the same order: signing
 * is per item, and each item's results land at its index.
 *
 * <pre>{@code
 * StreamingBatch batch = new StreamingBatch(DedupOptions.defaults());
 * for (NewsItem item : parsed) {
 *   batch.add(item); // with signing while adding, it starts while the parser still reads
 * }
 * DedupResult result = batch.finish();
 * }</pre>
 *
 * <p>One thread adds and finishes; signing runs on the pool. After {@link #cancel()} (the reader
 * failed) chunks not yet started are skipped. Chunks go to the pool while items are added only with
 * {@value #SIGN_WHILE_ADDING}{@code =true} (measured slower at 1M so far, see the constant); by
 * default they wait for {@link #finish()}.
 */
public final class StreamingBatch {

  /** Items per signing task: about 50 ms of one core, small next to a large input's parse. */
  static final int CHUNK = 2048;

  /**
   * The system property that, set to {@code true}, hands each chunk to the pool as it fills. Off by
   * default: every chunk waits for {@link #finish()}, which signs on the pool and the calling
   * thread as {@link BatchDedup} signs a list. At 1M items under load (session 10, load 9) signing
   * while reading made reading 1.9x slower and the process 1.13x (1.04x the CPU), as session 7 saw.
   */
  public static final String SIGN_WHILE_ADDING = "bulletins.dedup.signWhileReading";

  private final Pipeline pipeline;
  private final boolean signWhileAdding;
  private int submitted;
  private final List<NewsItem> items = new ArrayList<>();
  private final List<Chunk> chunks = new ArrayList<>();
  private final AtomicBoolean cancelled = new AtomicBoolean();
  private final long signingStart = System.nanoTime();

  /**
   * A batch for an engine's options.
   *
   * @param options the options
   */
  public StreamingBatch(DedupOptions options) {
    this(options, Boolean.getBoolean(SIGN_WHILE_ADDING));
  }

  /**
   * A batch for an engine's options that signs while items are added, or only at the end.
   *
   * @param options the options
   * @param signWhileAdding whether chunks go to the pool as they fill
   */
  public StreamingBatch(DedupOptions options, boolean signWhileAdding) {
    this.pipeline = new Pipeline(Objects.requireNonNull(options, "options"));
    this.signWhileAdding = signWhileAdding;
  }

  /**
   * Adds the next item; every {@value #CHUNK} items a chunk starts signing on the pool.
   *
   * @param item an item
   */
  public void add(NewsItem item) {
    items.add(Objects.requireNonNull(item, "item"));
    if (items.size() % CHUNK == 0) {
      Chunk chunk =
          new Chunk(items.size() - CHUNK, items.subList(items.size() - CHUNK, items.size()));
      chunks.add(chunk);
      if (signWhileAdding) {
        submitPending();
      }
    }
  }

  /** Hands the chunks not handed over yet to the pool, oldest first. */
  private void submitPending() {
    for (; submitted < chunks.size(); submitted++) {
      ForkJoinPool.commonPool().execute(chunks.get(submitted)::signIfUnclaimed);
    }
  }

  /**
   * The number of items added.
   *
   * @return the count
   */
  public int size() {
    return items.size();
  }

  /** Skips the chunks that have not started signing: the items will not be deduplicated. */
  public void cancel() {
    cancelled.set(true);
  }

  /**
   * Signs the items not signed yet and deduplicates all of them.
   *
   * @return the stories, sorted by first member, with their members' content ids
   */
  public DedupResult finish() {
    StageClock clock = StageClock.start(); // its "sign" stage: the signing left after reading
    int n = items.size();
    int tail = chunks.size() * CHUNK;
    if (tail < n) {
      chunks.add(new Chunk(tail, items.subList(tail, n)));
    }
    submitPending();
    // The pool takes its tasks oldest first: this thread signs the unclaimed ones newest first.
    for (int c = chunks.size() - 1; c >= 0; c--) {
      chunks.get(c).signIfUnclaimed();
    }
    ItemSignature[] signatures = new ItemSignature[n];
    long[][] keys = new long[n][];
    List<NewsItem> all = Collections.unmodifiableList(items);
    Pipeline.LazyTerms terms = new Pipeline.LazyTerms(all);
    for (Chunk chunk : chunks) {
      chunk.await();
      System.arraycopy(chunk.signatures, 0, signatures, chunk.start, chunk.size);
      System.arraycopy(chunk.keys, 0, keys, chunk.start, chunk.size);
      for (int i = 0; i < chunk.size; i++) {
        terms.offerPacked(chunk.start + i, chunk.packedTerms[i]);
      }
    }
    chunks.clear();
    clock.add("since reading began", System.nanoTime() - signingStart, n);
    clock.lap("sign");
    BatchDedup.Outcome outcome =
        new BatchDedup(pipeline, CandidatePairs.DEFAULT_CHUNK_PAIRS)
            .runSigned(all, signatures, keys, terms, clock);
    return new DedupResult(outcome.stories(), n, outcome.memberIds());
  }

  /** A run of consecutive items and their signing results, signed once by whoever claims it. */
  private final class Chunk {
    final int start;
    final int size;
    final List<NewsItem> slice;
    final ItemSignature[] signatures;
    final long[][] keys;
    final String[] packedTerms;
    private final AtomicBoolean claimed = new AtomicBoolean();
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile Throwable failure;

    Chunk(int start, List<NewsItem> slice) {
      this.start = start;
      this.size = slice.size();
      this.slice = List.copyOf(slice); // the batch's list grows while this signs
      this.signatures = new ItemSignature[size];
      this.keys = new long[size][];
      this.packedTerms = new String[size];
    }

    void signIfUnclaimed() {
      if (!claimed.compareAndSet(false, true)) {
        return;
      }
      try {
        if (!cancelled.get()) {
          ItemSigner signer = pipeline.signer();
          for (int i = 0; i < size; i++) {
            ItemSigner.Signed signed = signer.sign(slice.get(i));
            signatures[i] = signed.signature();
            keys[i] = signed.keys();
            packedTerms[i] = TermsCodec.encode(signed.terms());
          }
        }
      } catch (RuntimeException | Error e) {
        failure = e;
      } finally {
        done.countDown();
      }
    }

    void await() {
      try {
        done.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while items were signed", e);
      }
      Throwable t = failure;
      if (t instanceof RuntimeException r) {
        throw r;
      }
      if (t instanceof Error e) {
        throw e;
      }
    }
  }
}
