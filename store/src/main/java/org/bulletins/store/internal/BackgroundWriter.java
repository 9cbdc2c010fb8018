package org.bulletins.store.internal;

import com.google.common.base.Throwables;
import com.google.common.util.concurrent.Uninterruptibles;
import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Runs one batch of SQL writes (and what they need computed, such as JSON columns) on a second
 * thread while the calling thread computes, so that SQLite and deduplication use two cores. Until
 * {@link #await} returned the caller may only read through the connection (stored items read back
 * by a restored index: SQLite serialises calls on one connection, and the rows read were committed
 * before), never write or end the transaction; {@link #close} waits for the writes too (so that a
 * rollback after a failure never runs beside them) and, if they failed and {@link #await} did not
 * report it, throws their failure, which try-with-resources then attaches to the caller's own as a
 * suppressed exception.
 *
 * <pre>{@code
 * try (BackgroundWriter writer = new BackgroundWriter()) {
 *   writer.start(() -> insertText(rows, items));
 *   index.addSigned(items, signatures); // meanwhile, no SQL writes on this thread
 *   writer.await(); // the writes' failure, if any, is thrown here
 * }
 * }</pre>
 */
final class BackgroundWriter implements AutoCloseable {

  /** SQL writes. */
  @FunctionalInterface
  interface Writes {
    void run() throws SQLException;
  }

  private FutureTask<Void> task;
  private boolean reported;

  /** Starts the writes on a new thread; at most once. */
  void start(Writes writes) {
    start("writes", writes);
  }

  /**
   * Starts the writes on a new thread, named in the phase log ({@link PhaseClock}); at most once.
   */
  void start(String name, Writes writes) {
    if (task != null) {
      throw new IllegalStateException("already started");
    }
    boolean timed = PhaseClock.enabled();
    task =
        new FutureTask<>(
            () -> {
              long wall = System.nanoTime();
              long cpu = timed ? PhaseClock.threadCpu() : 0;
              writes.run();
              if (timed) {
                PhaseClock.logThread(name, System.nanoTime() - wall, PhaseClock.threadCpu() - cpu);
              }
              return null;
            });
    Thread thread = new Thread(task, "bulletins-store-writer");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Waits for the writes.
   *
   * @throws SQLException the writes' own failure
   */
  void await() throws SQLException {
    try {
      // the writes cannot be abandoned half-way: wait for them even if interrupted
      Uninterruptibles.getUninterruptibly(task);
    } catch (ExecutionException e) {
      reported = true;
      Throwable cause = e.getCause();
      if (cause instanceof SQLException sql) {
        throw sql;
      }
      Throwables.throwIfUnchecked(cause);
      throw new IllegalStateException(cause);
    }
  }

  /**
   * Waits for the writes if they were started.
   *
   * @throws IllegalStateException if the writes failed and {@link #await} did not throw it
   */
  @Override
  public void close() {
    if (task == null) {
      return;
    }
    try {
      Uninterruptibles.getUninterruptibly(task);
    } catch (ExecutionException e) {
      if (!reported) {
        throw new IllegalStateException("the store's background writes failed", e.getCause());
      }
    }
  }
}
