package org.bulletins.store.internal;

import com.google.common.base.Throwables;
import com.google.common.util.concurrent.Uninterruptibles;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.bulletins.dedup.internal.sketch.ItemSigner;
import org.bulletins.model.NewsItem;

/**
 * One file's items signed in chunks that any thread may claim: a thread that prepares the next file
 * signs them on the core that the current file's serial tail leaves free, and the ingesting thread,
 * at the file's turn, signs the chunks left on all cores and waits for those under way. Each item's
 * signature depends on the item alone, so who signs it changes nothing.
 */
final class Signing {

  // Small enough that the threads finish together, large enough that claiming costs nothing.
  private static final int CHUNK = 256;

  private final List<NewsItem> items;
  private final ItemSigner signer;
  private final ItemSigner.Signed[] out;
  // The same, pair keys unmade: the blobs are written from these. Both are made where the item is
  // signed (on the helper thread that prepares the file, when it gets there first), not at finish.
  private final ItemSigner.CompactSigned[] compact;
  private final String[] contentIds;
  private final int chunks;
  private final AtomicInteger next = new AtomicInteger();
  private final CountDownLatch done;
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private volatile boolean cancelled;

  Signing(List<NewsItem> items, ItemSigner signer) {
    this.items = items;
    this.signer = signer;
    this.out = new ItemSigner.Signed[items.size()];
    this.compact = new ItemSigner.CompactSigned[items.size()];
    this.contentIds = new String[items.size()];
    this.chunks = (items.size() + CHUNK - 1) / CHUNK;
    this.done = new CountDownLatch(chunks);
  }

  /**
   * Signs chunks until none is left to claim (or the signing is cancelled); a failure is kept for
   * {@link #finish} to throw, and the chunk still counts as done so that nobody waits for it.
   */
  void work() {
    for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
      try {
        if (!cancelled && failure.get() == null) {
          PhaseClock.mark("sign chunk");
          int end = Math.min(items.size(), (c + 1) * CHUNK);
          for (int i = c * CHUNK; i < end; i++) {
            // Without the terms: the add finds them for the items it verifies (a quarter to a
            // third of a file), and a file's terms kept on its signatures were a hundred MB of
            // small objects per 100k items, promoted and copied by the collector, then garbage in
            // the old generation (the 1M import: 0.93-0.98x the wall, 0.91-0.97x the CPU).
            compact[i] = signer.signCompactWithoutTerms(items.get(i));
            out[i] = compact[i].expanded();
            contentIds[i] = out[i].signature().contentId().value();
          }
        }
      } catch (Throwable e) { // an Error too: rethrown by finish on the ingesting thread
        failure.compareAndSet(null, e);
      } finally {
        done.countDown();
      }
    }
  }

  /** Stops claiming chunks: the file is not stored (unchanged, or an earlier file failed). */
  void cancel() {
    cancelled = true;
  }

  /**
   * Signs the chunks left on all cores, waits for those another thread is signing, and returns the
   * signatures in the items' order.
   *
   * @return the signatures
   */
  ItemSigner.Signed[] finish() {
    int workers = Math.min(chunks - next.get(), ForkJoinPool.getCommonPoolParallelism() + 1);
    if (workers > 1) {
      IntStream.range(0, workers).parallel().forEach(w -> work());
    } else {
      work();
    }
    // Every chunk is claimed: the wait is for those under way, short. An interrupt does not stop
    // the ingest (as with a one-thread signing); the thread keeps it for its caller.
    Uninterruptibles.awaitUninterruptibly(done);
    Throwable e = failure.get();
    if (e != null) {
      Throwables.throwIfUnchecked(e);
      throw new IllegalStateException(e);
    }
    if (cancelled) {
      throw new IllegalStateException("signing cancelled");
    }
    return out;
  }

  /**
   * The items' signatures with their term-pair keys unmade ({@link ItemSigner.CompactSigned}), as
   * the store's blobs keep them ({@link org.bulletins.dedup.internal.sketch.SignedCodec}): without
   * the terms, only these say which keys are term pairs. Complete after {@link #finish}.
   */
  ItemSigner.CompactSigned[] compact() {
    return compact;
  }

  /**
   * The items' content ids, from their signatures (what {@code items.content_id} holds); complete
   * after {@link #finish}.
   */
  String[] contentIds() {
    return contentIds;
  }
}
