package org.bulletins.store.internal;

import com.google.common.base.Throwables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.bulletins.dedup.internal.sketch.ItemSigner;
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
    List<IngestReport> reports = new ArrayList<>(sources.size());
    if (sources.isEmpty()) {
      return List.of();
    }
    PreparedFile current = ingester.prepareHere(sources.get(0).name(), read(sources.get(0)));
    for (int k = 0; k < sources.size(); k++) {
      PreparedFile file = current;
      CompletableFuture<PreparedFile> next = new CompletableFuture<>();
      Runnable atTail = () -> {};
      if (k + 1 < sources.size()) {
        IngestSource following = sources.get(k + 1);
        // What the next name will hold once this file is committed: the next file is not parsed
        // if it will be found unchanged (its turn checks again).
        Optional<String> expected =
            following.name().equals(file.source)
                ? Optional.of(file.checksum)
                : ingester.storedChecksum(following.name());
        atTail = new Once(() -> start(following, expected, ingester.signer(), next));
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
        ingester.startTurn();
        current = join(next);
        ingester.lap("wait ahead");
      }
    }
    return List.copyOf(reports);
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

  private static void start(
      IngestSource source,
      Optional<String> expected,
      ItemSigner signer,
      CompletableFuture<PreparedFile> next) {
    Thread thread =
        new Thread(
            () -> {
              try {
                Ingester.prepareAhead(
                    source.name(), read(source), expected, signer, next::complete);
              } catch (Throwable e) { // an Error too: thrown on the ingesting thread at the turn
                next.completeExceptionally(e);
              }
            },
            "bulletins-store-ahead");
    thread.setDaemon(true);
    thread.start();
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
