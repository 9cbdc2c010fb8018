package org.bulletins.dedup.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bulletins.dedup.internal.sketch.CandidatePairs;
import org.bulletins.dedup.internal.sketch.ItemSignature;
import org.bulletins.dedup.internal.sketch.ItemSigner;
import org.bulletins.model.NewsItem;

/**
 * A batch deduplication whose items arrive one at a time (as a parser reads them): every {@value
 * #SLICE} items, a slice is handed to the common fork-join pool and signed there while the caller
 * goes on reading, so reading (one thread) and signing overlap instead of signing waiting for the
 * last item. {@link #finish} signs what is left on all cores, then runs the rest of {@link
 * BatchDedup} on the whole list. Signing is per item and independent of the others, so the outcome
 * is exactly that of {@link BatchDedup#runWithIds} on the same list. Not thread-safe: one thread
 * adds.
 */
public final class StreamingBatch {

  /** Items per slice: large enough that handing one over costs nothing next to signing it. */
  static final int SLICE = 1024;

  private final Pipeline pipeline;
  private final List<NewsItem> items = new ArrayList<>();
  private final List<Slice> slices = new ArrayList<>();
  private boolean finished;

  /**
   * An empty batch.
   *
   * @param pipeline the stages
   */
  public StreamingBatch(Pipeline pipeline) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
  }

  /**
   * Adds an item; a full slice starts being signed in the background.
   *
   * @param item the item
   * @throws IllegalStateException after {@link #finish}
   */
  public void add(NewsItem item) {
    if (finished) {
      throw new IllegalStateException("the batch was finished already");
    }
    items.add(Objects.requireNonNull(item, "item"));
    if (items.size() % SLICE == 0) {
      // A copy: a view of the list would fail while the list grows under it.
      int first = items.size() - SLICE;
      Slice slice = new Slice(first, List.copyOf(items.subList(first, items.size())));
      slices.add(slice);
      ForkJoinPool.commonPool().execute(slice::signIfUnclaimed);
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

  /**
   * Signs the items not signed yet, waits for the slices signing in the background, and
   * deduplicates the whole batch.
   *
   * @return the stories, sorted by first member, and their members' ids
   * @throws IllegalStateException when called twice
   */
  public BatchDedup.Outcome finish() {
    if (finished) {
      throw new IllegalStateException("the batch was finished already");
    }
    finished = true;
    int n = items.size();
    int signedInSlices = slices.size() * SLICE;
    if (signedInSlices < n) {
      slices.add(new Slice(signedInSlices, items.subList(signedInSlices, n)));
    }
    // The pool's threads take the slices in the order they were handed over; this thread signs
    // the slices nobody has claimed yet from the last one back, so that both ends work until all
    // are claimed (a slice's claim makes sure each is signed once). Waiting on a parallel stream
    // here would leave this thread idle while the pool worked through its queue alone.
    for (int s = slices.size() - 1; s >= 0; s--) {
      slices.get(s).signIfUnclaimed();
    }
    ItemSignature[] signatures = new ItemSignature[n];
    long[][] keys = new long[n][];
    String[] packedTerms = new String[n];
    for (Slice slice : slices) {
      slice.awaitSigned(); // rethrows what signing threw
      System.arraycopy(slice.signatures, 0, signatures, slice.first, slice.size());
      System.arraycopy(slice.keys, 0, keys, slice.first, slice.size());
      System.arraycopy(slice.packedTerms, 0, packedTerms, slice.first, slice.size());
    }
    slices.clear();
    List<NewsItem> all = List.copyOf(items);
    items.clear();
    return new BatchDedup(pipeline, CandidatePairs.DEFAULT_CHUNK_PAIRS)
        .runSigned(all, signatures, keys, new Pipeline.LazyTerms(all, packedTerms));
  }

  /** Consecutive items signed together, by the pool or by {@link #finish}. */
  private final class Slice {
    final int first;
    final List<NewsItem> items;
    final ItemSignature[] signatures;
    final long[][] keys;
    final String[] packedTerms;
    final AtomicBoolean claimed = new AtomicBoolean();
    private final CountDownLatch signed = new CountDownLatch(1);
    private volatile Throwable failure;

    Slice(int first, List<NewsItem> items) {
      this.first = first;
      this.items = items;
      this.signatures = new ItemSignature[items.size()];
      this.keys = new long[items.size()][];
      this.packedTerms = new String[items.size()];
    }

    int size() {
      return items.size();
    }

    void signIfUnclaimed() {
      if (!claimed.compareAndSet(false, true)) {
        return;
      }
      try {
        ItemSigner signer = pipeline.signer();
        for (int i = 0; i < items.size(); i++) {
          ItemSigner.Signed one = signer.sign(items.get(i));
          signatures[i] = one.signature();
          keys[i] = one.keys();
          packedTerms[i] = Pipeline.LazyTerms.pack(one.terms());
        }
      } catch (RuntimeException | Error e) {
        failure = e; // thrown again by the thread that waits for the batch
      } finally {
        signed.countDown();
      }
    }

    /** Waits until the slice is signed, by whichever thread claimed it. */
    void awaitSigned() {
      boolean interrupted = false;
      while (true) {
        try {
          signed.await();
          break;
        } catch (InterruptedException e) {
          interrupted = true; // the wait is short: finish it, then keep the interrupt
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      Throwable t = failure;
      if (t instanceof RuntimeException e) {
        throw e;
      }
      if (t instanceof Error e) {
        throw e;
      }
    }
  }
}
