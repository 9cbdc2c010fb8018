package org.bulletins.store.internal;

import com.google.common.annotations.VisibleForTesting;
import com.google.common.base.Throwables;
import com.google.common.util.concurrent.Uninterruptibles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.bulletins.store.IngestReport;
import org.bulletins.store.IngestSource;

/**
 * Ingests files in order, one transaction each, with the next file read, parsed and signed on a
 * helper thread while the ingesting thread stores the current one: the store's tail of a file
 * (merging, planning, SQL, the commit) holds one core, and the next file's preparation needs
 * nothing from the store. One file ahead, no more (memory). Every check that decides what is stored
 * (an unchanged file is skipped, a changed one replaces its items) is made at the file's turn
 * against the committed state, as for files ingested one by one.
 */
final class FilesAhead {

  private FilesAhead() {}

  static List<IngestReport> ingest(
      Ingester ingester, List<IngestSource> sources, Consumer<? super IngestReport> committed)
      throws SQLException {
    if (sources.isEmpty()) {
      return List.of();
    }
    // One helper thread for the whole call, started here, outside any file's transaction: its
    // signer's per-thread buffers serve every file, and a thread that cannot start (out of memory)
    // only leaves each file to be prepared at its turn.
    try (Helper helper = Helper.start(sources.size() > 1 || ingester.loadsStoredItems())) {
      return ingest(ingester, sources, committed, helper);
    }
  }

  private static List<IngestReport> ingest(
      Ingester ingester,
      List<IngestSource> sources,
      Consumer<? super IngestReport> committed,
      Helper helper)
      throws SQLException {
    List<IngestReport> reports = new ArrayList<>(sources.size());
    PreparedFile current = besideLoad(ingester, sources.get(0), helper);
    if (current == null) {
      current = ingester.prepareHere(sources.get(0).name(), read(sources.get(0)));
    }
    for (int k = 0; k < sources.size(); k++) {
      PreparedFile file = current;
      CompletableFuture<PreparedFile> next = new CompletableFuture<>();
      AtomicBoolean started = new AtomicBoolean();
      Runnable atTail = () -> {};
      if (k + 1 < sources.size()) {
        IngestSource following = sources.get(k + 1);
        // What the next name will hold once this file is committed: the next file is not parsed
        // if it will be found unchanged (its turn checks again).
        Optional<String> expected;
        try {
          expected =
              following.name().equals(file.source)
                  ? Optional.of(file.checksum)
                  : ingester.storedChecksum(following.name());
          PhaseClock.mark("next name");
        } catch (RuntimeException | Error | SQLException e) {
          // Before the file's turn, which may have begun beside the load: nothing of it is stored.
          file.cancel();
          ingester.abandonIfBegun(e);
          throw e;
        }
        atTail =
            new Once(
                () ->
                    started.set(
                        helper.prepare(
                            () -> {
                              byte[] bytes = read(following);
                              if (helper.closing) { // the call failed while it was read
                                next.cancel(false);
                                return;
                              }
                              Ingester.prepareAhead(
                                  following.name(),
                                  bytes,
                                  expected,
                                  ingester.signer(),
                                  next::complete);
                            },
                            next)));
      }
      IngestReport report;
      try {
        report = ingester.ingest(file, atTail);
        atTail.run(); // if the file's ingest did not
        reports.add(report);
        committed.accept(report);
      } catch (RuntimeException | Error | SQLException e) {
        var unused = next.thenAccept(PreparedFile::cancel); // the next file is not stored now
        throw e;
      }
      if (k + 1 < sources.size()) {
        if (started.get()) {
          ingester.startTurn();
          current = join(next);
          ingester.lap("wait ahead");
        } else { // no helper: prepared here, at its turn, as a file ingested alone
          IngestSource following = sources.get(k + 1);
          current = ingester.prepareHere(following.name(), read(following));
        }
      }
    }
    return List.copyOf(reports);
  }

  /**
   * The first file prepared on the helper while this thread begins its transaction and loads the
   * stored items into the index (a store opened for this call: a daily run's open, whose threads
   * and the file's parse and signing then share the cores); null, with nothing done, if the items
   * are loaded already, the name is stored (the turn may skip the file, or must delete its items
   * before the load), the store is empty, or there is no helper. If it fails, nothing is begun.
   */
  private static PreparedFile besideLoad(Ingester ingester, IngestSource first, Helper helper)
      throws SQLException {
    if (!ingester.loadsStoredItems() || ingester.storedChecksum(first.name()).isPresent()) {
      return null;
    }
    CompletableFuture<PreparedFile> ready = new CompletableFuture<>();
    boolean started =
        helper.prepare(
            () -> {
              byte[] bytes = read(first);
              if (helper.closing) { // the load failed while the file was read
                ready.cancel(false);
                return;
              }
              ingester.prepareBesideLoad(first.name(), bytes, ready::complete);
            },
            ready);
    if (!started) {
      return null;
    }
    try {
      ingester.beginAndLoad();
    } catch (RuntimeException | Error | SQLException e) {
      var unused = ready.thenAccept(PreparedFile::cancel); // the file is not stored now
      throw e;
    }
    try {
      PreparedFile file = join(ready);
      ingester.lap("wait parse");
      return file;
    } catch (RuntimeException | Error e) {
      ingester.abandonAfter(e);
      throw e;
    }
  }

  /**
   * The one thread that prepares the files ahead during an {@link #ingest} call, if it could be
   * started. Closing it stops what it has not begun (a file after a failure is not read) and waits
   * for what it is doing, so that nothing of the call runs once the call has returned or thrown.
   */
  /**
   * Makes the helper's thread. A test swaps in a factory that makes none (returns null), as when a
   * thread cannot be started, to reach the path where each file is prepared at its turn.
   */
  @VisibleForTesting static volatile ThreadFactory helperThreads = FilesAhead::helperThread;

  private static Thread helperThread(Runnable task) {
    Thread t = new Thread(task, "bulletins-store-ahead");
    t.setDaemon(true);
    return t;
  }

  private static final class Helper implements AutoCloseable {
    /** How long a closing call waits for a read that the helper had begun. */
    private static final Duration READ_UNDER_WAY_WAIT = Duration.ofSeconds(2);

    private final ExecutorService executor; // null: no helper
    private final Thread[] thread;
    private volatile boolean closing;

    private Helper(ExecutorService executor, Thread[] thread) {
      this.executor = executor;
      this.thread = thread;
    }

    static Helper start(boolean wanted) {
      Thread[] thread = new Thread[1];
      if (!wanted) {
        return new Helper(null, thread);
      }
      ThreadPoolExecutor executor =
          new ThreadPoolExecutor(
              1,
              1,
              0,
              TimeUnit.SECONDS,
              new LinkedBlockingQueue<>(),
              task -> {
                thread[0] = helperThreads.newThread(task);
                return thread[0];
              });
      try {
        if (!executor.prestartCoreThread()) {
          executor.shutdown();
          return new Helper(null, thread);
        }
      } catch (OutOfMemoryError e) { // "unable to create native thread": prepare at the turns
        executor.shutdown();
        return new Helper(null, thread);
      }
      return new Helper(executor, thread);
    }

    /**
     * Runs {@code task} on the helper thread, its failure (an Error too) completing {@code next};
     * false if there is no helper, then nothing runs.
     */
    boolean prepare(Runnable task, CompletableFuture<PreparedFile> next) {
      if (executor == null) {
        return false;
      }
      try {
        executor.execute(
            () -> {
              if (closing) { // the call failed before this file's preparation began
                next.cancel(false);
                return;
              }
              try {
                task.run();
              } catch (Throwable e) { // thrown on the ingesting thread at the turn
                next.completeExceptionally(e);
              }
            });
        return true;
      } catch (RejectedExecutionException | OutOfMemoryError e) {
        return false;
      }
    }

    @Override
    public void close() {
      if (executor == null) {
        return;
      }
      closing = true;
      executor.shutdown();
      // The wait is not interrupted (as a one-thread ingest is not): the thread keeps its
      // interrupt for its caller. It lasts at most one file's read and parse (the signing stops),
      // but a read may never end (a pipe, a FIFO, standard input): past the bound the call leaves
      // without the daemon thread, which drops what it reads (closing is set).
      if (Uninterruptibles.awaitTerminationUninterruptibly(executor, READ_UNDER_WAY_WAIT)) {
        Uninterruptibles.joinUninterruptibly(thread[0]);
      }
    }
  }

  /** Runs a task the first time only. */
  private static final class Once implements Runnable {
    private final Runnable task;
    private boolean done;

    Once(Runnable task) {
      this.task = task;
    }

    @Override
    public void run() {
      if (!done) {
        done = true;
        task.run();
      }
    }
  }

  private static byte[] read(IngestSource source) {
    try {
      return Objects.requireNonNull(source.content().read(), "no bytes read: " + source.name());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source.name(), e);
    }
  }

  /**
   * The prepared file, or what failed preparing it, as it was thrown. The wait is not interrupted
   * (as a one-thread ingest is not): the thread keeps its interrupt for its caller.
   */
  private static PreparedFile join(CompletableFuture<PreparedFile> next) {
    try {
      return next.join();
    } catch (CompletionException e) {
      Throwables.throwIfUnchecked(e.getCause());
      throw new IllegalStateException(e.getCause());
    }
  }
}
