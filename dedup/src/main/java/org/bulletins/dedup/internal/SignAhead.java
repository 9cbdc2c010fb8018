package org.bulletins.dedup.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.IntStream;
import org.bulletins.dedup.DedupResult;
import org.bulletins.dedup.internal.sketch.CandidatePairs;
import org.bulletins.dedup.internal.sketch.ItemSignature;
import org.bulletins.dedup.internal.sketch.ItemSigner;
import org.bulletins.model.NewsItem;

/**
 * A batch run whose items are signed while they are still being read: the reader {@link #add}s each
 * item as it is parsed, a thread of its own signs them in blocks meanwhile, and {@link #finish}
 * signs what is left on all cores and runs the rest of {@link BatchDedup}.
 *
 * <p>Why: a large file's parse runs on one thread (with its lines read ahead on a second that is
 * mostly idle), so for the seconds that reading takes (a tenth of a million items' run) the second
 * core had nothing to do; signing, the longest stage, needs no more than the item itself. Each item
 * is signed exactly as {@link BatchDedup#runWithIds} signs it (by the same signer, on whichever
 * thread), so the result is the same; only who signs it and when differ.
 *
 * <p>Not thread-safe: one reading thread calls {@link #add} and then {@link #finish} (or {@link
 * #close} when reading failed).
 */
public final class SignAhead implements AutoCloseable {

  /** Items handed to the signing thread at once: small next to a run, large next to a lock. */
  static final int BLOCK = 1024;

  /** Tells the signing thread that no block will come. */
  private static final Block END = new Block(0, new NewsItem[0]);

  private final Pipeline pipeline;
  private final int blockSize;
  private final List<NewsItem> items = new ArrayList<>();
  private final List<Block> blocks = new ArrayList<>();
  private final BlockingQueue<Block> queue = new LinkedBlockingQueue<>();
  private final Thread signing;
  private volatile boolean stop;
  private boolean finished;

  /**
   * A run of a pipeline, its signing thread started.
   *
   * @param pipeline the stages
   */
  public SignAhead(Pipeline pipeline) {
    this(pipeline, BLOCK);
  }

  /**
   * A run of a pipeline handing the signing thread blocks of another size (tests: a block boundary
   * anywhere in a few items).
   *
   * @param pipeline the stages
   * @param blockSize items per block, at least 1
   */
  public SignAhead(Pipeline pipeline, int blockSize) {
    if (blockSize < 1) {
      throw new IllegalArgumentException("blockSize " + blockSize);
    }
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.blockSize = blockSize;
    this.signing = new Thread(this::signBlocks, "dedup-sign-ahead");
    signing.setDaemon(true); // never holds the process open, whatever happens to the reader
    signing.start();
  }

  /**
   * Takes the next item read; full blocks go to the signing thread.
   *
   * @param item the item
   */
  public void add(NewsItem item) {
    items.add(Objects.requireNonNull(item, "item"));
    int start = blocks.size() * blockSize;
    if (items.size() - start == blockSize) {
      Block block =
          new Block(start, items.subList(start, start + blockSize).toArray(new NewsItem[0]));
      blocks.add(block);
      queue.add(block);
    }
  }

  /**
   * The items taken so far.
   *
   * @return their count
   */
  public int size() {
    return items.size();
  }

  /**
   * The items the signing thread has signed so far (for the stage log, and for tests that wait for
   * it).
   *
   * @return their count
   */
  public int signedAhead() {
    int signed = 0;
    for (Block block : blocks) {
      if (block.done) {
        signed += block.items.length;
      }
    }
    return signed;
  }

  /**
   * Deduplicates the items taken: the signing thread stops after its block, every item it did not
   * sign is signed on all cores, and the run goes on as {@link BatchDedup#runWithIds}.
   *
   * @return the stories, sorted by first member, with their members' ids
   */
  public DedupResult finish() {
    if (finished) {
      throw new IllegalStateException("finished already");
    }
    finished = true;
    stopSigning();
    List<NewsItem> input = List.copyOf(items);
    int n = input.size();
    StageClock clock = StageClock.start();
    ItemSignature[] signatures = new ItemSignature[n];
    long[][] keys = new long[n][];
    Pipeline.LazyTerms terms = new Pipeline.LazyTerms(input);
    int signedAhead = 0;
    for (Block block : blocks) {
      if (block.done) { // written before the thread ended, which was joined
        for (int i = 0; i < block.items.length; i++) {
          signatures[block.start + i] = block.signatures[i];
          keys[block.start + i] = block.keys[i];
          terms.offerPacked(block.start + i, block.packed[i]);
        }
        signedAhead += block.items.length;
      }
    }
    int[] left = new int[n - signedAhead];
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (signatures[i] == null) {
        left[k++] = i;
      }
    }
    IntStream.of(left)
        .parallel()
        .forEach(
            i -> {
              ItemSigner.Signed signed = pipeline.signer().sign(input.get(i));
              signatures[i] = signed.signature();
              keys[i] = signed.keys();
              terms.offer(i, signed.terms());
            });
    clock.add("signed ahead", 0, signedAhead);
    clock.lap("sign");
    BatchDedup.Outcome outcome =
        new BatchDedup(pipeline, CandidatePairs.DEFAULT_CHUNK_PAIRS)
            .runSigned(input, signatures, keys, terms, clock);
    return new DedupResult(outcome.stories(), n, outcome.memberIds());
  }

  /** Stops the signing thread if reading failed; the items are dropped. */
  @Override
  public void close() {
    if (!finished) {
      finished = true;
      stopSigning();
    }
  }

  private void stopSigning() {
    stop = true;
    queue.add(END);
    boolean interrupted = false;
    while (signing.isAlive()) {
      try {
        signing.join();
      } catch (InterruptedException e) {
        interrupted = true; // the thread ends after one block: wait for it, then say so
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void signBlocks() {
    try {
      while (!stop) {
        Block block = queue.take();
        if (block == END || stop) {
          return;
        }
        block.sign(pipeline.signer());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // nothing here interrupts it; finish() signs the rest
    } catch (RuntimeException e) {
      // The block stays unsigned, so finish() signs it again on its own threads, where the same
      // failure surfaces as it would have without signing ahead.
    }
  }

  /** Items in reading order from {@code start}, and what signing them gave. */
  private static final class Block {
    final int start;
    final NewsItem[] items;
    ItemSignature[] signatures;
    long[][] keys;
    String[] packed;
    volatile boolean done; // written last, after the results

    Block(int start, NewsItem[] items) {
      this.start = start;
      this.items = items;
    }

    /** Signs the block's items as {@link BatchDedup#runWithIds} does, the terms packed. */
    void sign(ItemSigner signer) {
      ItemSignature[] s = new ItemSignature[items.length];
      long[][] k = new long[items.length][];
      String[] p = new String[items.length];
      for (int i = 0; i < items.length; i++) {
        ItemSigner.Signed signed = signer.sign(items[i]);
        s[i] = signed.signature();
        k[i] = signed.keys();
        p[i] = Pipeline.LazyTerms.pack(signed.terms());
      }
      signatures = s;
      keys = k;
      packed = p;
      done = true;
    }
  }
}
