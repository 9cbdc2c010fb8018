package org.bulletins.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLongArray;
import org.bulletins.model.Diagnostic;
import org.bulletins.store.BulletinStore;
import org.bulletins.store.IngestReport.Outcome;
import org.bulletins.store.IngestSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bulletins ingest}: adds files to a story store, one transaction per file. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Parse files, deduplicate them against the stories of a store, and commit each file in one"
          + " transaction.",
      "A file stored before with the same checksum is skipped; a changed file replaces its items."
          + " Killed at any moment, the store keeps every file committed so far and none in part;"
          + " run the same command again to finish. Ends with one summary line."
    })
final class IngestCommand implements Callable<Integer> {

  @Option(
      names = "--db",
      required = true,
      paramLabel = "FILE",
      description = "The store (SQLite), created if it does not exist.")
  Path db;

  @Mixin InputOptions input;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> files = input.files(err);
    Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
    long started = System.nanoTime();
    try (BulletinStore store = BulletinStore.open(db);
        Progress progress =
            Progress.start(err, input.progress, InputFiles.totalBytes(files), files.size())) {
      // Each file is read (and parsed, and signed) while the one before it is stored: its length
      // is kept for the progress bar, which moves as each file is committed.
      AtomicLongArray lengths = new AtomicLongArray(files.size());
      List<IngestSource> sources = new ArrayList<>(files.size());
      for (int i = 0; i < files.size(); i++) {
        Path file = files.get(i);
        String name = InputFiles.sourceName(file);
        int index = i;
        sources.add(
            new IngestSource(
                name,
                () -> {
                  byte[] content = read(file, name);
                  lengths.set(index, content.length);
                  return content;
                }));
      }
      // Counted as each file is committed: the reports (and their diagnostics) are not kept.
      long[] counts = new long[3]; // files done, items, new stories
      long[] bytesDone = {0};
      store.ingestAll(
          sources,
          report -> {
            for (Diagnostic diagnostic : report.diagnostics()) {
              err.println(Formats.diagnostic(diagnostic));
            }
            outcomes.merge(report.outcome(), 1, Integer::sum);
            counts[1] += report.items();
            counts[2] += report.newStories();
            bytesDone[0] += lengths.get((int) counts[0]++);
            progress.fileDone(bytesDone[0]);
          });
      long items = counts[1];
      long newStories = counts[2];
      out.println(
          String.format(
              Locale.ROOT,
              "ingested %d files (%d added, %d replaced, %d unchanged): %d items, %d new stories;"
                  + " %s holds %d items in %d stories (%.1f s)",
              files.size(),
              outcomes.getOrDefault(Outcome.ADDED, 0),
              outcomes.getOrDefault(Outcome.REPLACED, 0),
              outcomes.getOrDefault(Outcome.UNCHANGED, 0),
              items,
              newStories,
              db,
              store.itemCount(),
              store.storyCount(),
              (System.nanoTime() - started) / 1e9));
    }
    return 0;
  }

  private byte[] read(Path file, String name) {
    try {
      if (file.equals(InputFiles.STDIN)) {
        return input.stdin().readAllBytes(); // standard input belongs to the caller: not closed
      }
      try (InputStream in = InputFiles.open(file)) {
        return in.readAllBytes();
      }
    } catch (IOException e) {
      throw new InputException("cannot read: " + name + " (" + InputFiles.reason(e) + ")");
    }
  }
}
