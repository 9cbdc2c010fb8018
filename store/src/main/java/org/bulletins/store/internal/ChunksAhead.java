package org.bulletins.store.internal;

import com.google.common.base.Throwables;
import com.google.common.util.concurrent.Uninterruptibles;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Reads chunks of values on a second thread while the calling thread hands the chunk before to a
 * consumer, so that SQLite and decoding run on one core and what the consumer does with the values
 * (rendering, writing) on the other. At most {@link #QUEUED} chunks wait between the two: memory
 * follows a chunk, not the whole read. The connection is used by the reading thread alone until
 * {@link #forEach} returns.
 *
 * <p>A consumer's exception stops the reading at its next chunk (the reader's transaction ends as
 * it would on a failure), then passes through; a reader's failure is thrown on the calling thread.
 *
 * <pre>{@code
 * ChunksAhead.forEach(chunks -> { while (more()) chunks.put(readChunk()); }, out::println);
 * }</pre>
 */
final class ChunksAhead {

  /** Chunks read and not yet consumed, at most. */
  static final int QUEUED = 2;

  /** What reads the chunks, on the reading thread. */
  @FunctionalInterface
  interface Reader<T> {
    void read(Sink<T> chunks) throws SQLException;
  }

  /** Where the reader puts its chunks, in order: each a list it no longer changes. */
  @FunctionalInterface
  interface Sink<T> {
    void put(List<? extends T> chunk);
  }

  /** Thrown in the reader once the consumer has stopped: the reading ends without a result. */
  private static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super(null, null, false, false);
    }
  }

  private record Failure(Throwable cause) {}

  private static final Object END = new Object();

  // How long a wait lasts before the other thread's state is looked at again.
  private static final long WAIT_MS = 50;

  private ChunksAhead() {}

  /**
   * Runs the reader on a new thread and hands each value of its chunks to the consumer here, in
   * order. Not interruptible: an interrupt of the calling thread is kept for after the reading.
   *
   * @param reader what reads the chunks
   * @param consumer what is done with each value, on the calling thread
   * @param <T> the values
   * @throws SQLException the reader's failure
   */
  static <T> void forEach(Reader<T> reader, Consumer<? super T> consumer) throws SQLException {
    BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED);
    State state = new State();
    Thread thread = new Thread(() -> read(reader, queue, state), "bulletins-store-reader");
    thread.setDaemon(true);
    try {
      thread.start();
    } catch (OutOfMemoryError e) { // no thread to be had: read here, each chunk as it comes
      reader.read(chunk -> chunk.forEach(consumer));
      return;
    }
    Throwable thrown = null;
    try {
      while (true) {
        Object next = take(queue, thread, state);
        if (next == END) {
          return;
        }
        if (next instanceof Failure failure) {
          Throwables.throwIfInstanceOf(failure.cause(), SQLException.class);
          Throwables.throwIfUnchecked(failure.cause());
          throw new IllegalStateException(failure.cause());
        }
        @SuppressWarnings("unchecked") // only the reader's chunks are queued besides the markers
        List<T> chunk = (List<T>) next;
        chunk.forEach(consumer);
      }
    } catch (Throwable e) {
      thrown = e;
      throw e;
    } finally {
      // On every way out the reader stops (at its next chunk) and is gone before the caller may
      // use the connection again.
      state.stopped = true;
      Uninterruptibles.joinUninterruptibly(thread);
      if (thrown != null) {
        // A reader's failure queued behind the consumer's own, or not queued, is not lost.
        for (Object left : queue) {
          if (left instanceof Failure failure && failure.cause() != thrown) {
            thrown.addSuppressed(failure.cause());
          }
        }
        Throwable unqueued = state.unqueued;
        if (unqueued != null && unqueued != thrown && unqueued != thrown.getCause()) {
          thrown.addSuppressed(unqueued);
        }
      }
    }
  }

  /** The next value from the reader; never waits for a reader that ended without one. */
  private static Object take(BlockingQueue<Object> queue, Thread reader, State state) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          Object next = queue.poll(WAIT_MS, TimeUnit.MILLISECONDS);
          if (next != null) {
            return next;
          }
          if (!reader.isAlive()) {
            next = queue.poll(); // what it queued before it ended
            if (next != null) {
              return next;
            }
            // Only an error thrown while the reader was already handing one over gets here.
            throw new IllegalStateException(
                "the store's reader ended without a result", state.unqueued);
          }
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** What the two threads share besides the queue. */
  private static final class State {
    volatile boolean stopped;

    // A failure the reader could not queue (the consumer had stopped, or an error struck while it
    // handed one over): read by the calling thread after the join.
    volatile Throwable unqueued;
  }

  private static <T> void read(Reader<T> reader, BlockingQueue<Object> queue, State state) {
    Throwable failure = null;
    try {
      try {
        reader.read(chunk -> offer(queue, chunk, state));
      } catch (Stopped e) {
        return;
      } catch (Throwable e) { // handed to the calling thread, which throws it
        failure = e;
      }
      offer(queue, failure == null ? END : new Failure(failure), state);
    } catch (Stopped e) {
      state.unqueued = failure; // the consumer has gone: it gets the failure after the join
    } catch (Throwable e) { // even an error while handing over a failure reaches the caller
      if (failure != null && failure != e) {
        e.addSuppressed(failure);
      }
      state.unqueued = e;
    }
  }

  /**
   * Queues a value, waiting for room as long as the consumer takes chunks. An interrupt does not
   * end the reading (the calling thread waits for its result); it is kept for the thread's end.
   */
  private static void offer(BlockingQueue<Object> queue, Object value, State state) {
    boolean interrupted = false;
    try {
      while (true) {
        if (state.stopped) {
          throw new Stopped();
        }
        try {
          if (queue.offer(value, WAIT_MS, TimeUnit.MILLISECONDS)) {
            return;
          }
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
