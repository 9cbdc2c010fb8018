package org.bulletins.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import org.bulletins.cli.report.HtmlReport;
import org.bulletins.cli.report.ReportBuilder;
import org.bulletins.cli.report.ReportData.Report;
import org.bulletins.store.BulletinStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code bulletins report}: one self-contained HTML page of the stories and diagnostics. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Write one self-contained HTML page (no network needed) with a timeline by month, every"
          + " story with its copies, word diffs and merge evidence, and each file's diagnostics"
          + " with their lines; the page can filter the stories by title, date and kind."
    })
final class ReportCommand implements Callable<Integer> {

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "FILE",
      description = "The HTML file to write (replaced if it exists).")
  Path output;

  @Option(
      names = "--db",
      paramLabel = "FILE",
      description =
          "Report on the stories of this store (see 'bulletins ingest') instead of PATHs.")
  Path db;

  @Mixin InputOptions input;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    checkWritable(); // before a long read, not after
    ReportBuilder builder = new ReportBuilder();
    if (db != null) {
      Report report = fromStore(builder);
      write(report);
      err.println(
          "wrote "
              + output
              + ": "
              + count(report.stories().size(), "story", "stories")
              + " from "
              + count(report.items(), "item", "items"));
      return 0;
    }
    // Every file is listed, also one that gives neither an item nor a diagnostic (an empty file).
    // The reader expands the paths again and says what it skips; this pass stays silent.
    for (Path file : InputFiles.expand(input.paths, new PrintWriter(Writer.nullWriter()))) {
      builder.file(InputFiles.sourceName(file));
    }
    Stories stories = Stories.read(input, err, builder::item, builder::diagnostic);
    Report report = builder.build(stories.timeline());
    write(report);
    err.println(
        "wrote "
            + output
            + ": "
            + count(report.stories().size(), "story", "stories")
            + " from "
            + count(report.items(), "item", "items"));
    return 0;
  }

  /** The report of a store: its files, items and diagnostics as stored, its stories as stored. */
  private Report fromStore(ReportBuilder builder) {
    if (!input.paths.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "give PATH arguments or --db FILE, not both");
    }
    try (BulletinStore store = BulletinStore.openReadOnly(db)) {
      store.sources().forEach(builder::file);
      store.forEachItem(stored -> builder.item(stored.item()));
      store.forEachDiagnostic(builder::diagnostic);
    }
    return builder.build(Stories.fromStore(db).timeline());
  }

  private static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private void checkWritable() {
    Path target = output.toAbsolutePath();
    if (Files.isDirectory(target)) {
      throw new InputException("cannot write " + output + ": it is a folder");
    }
    if (!Files.isDirectory(target.getParent())) {
      throw new InputException("cannot write " + output + ": its folder does not exist");
    }
  }

  /** Writes next to the target, then moves: a failed run leaves no half-written page behind. */
  private void write(Report report) {
    Path target = output.toAbsolutePath();
    Path temp = null;
    try {
      // Not Files.createTempFile: its owner-only permissions would stay on the page.
      temp =
          target.resolveSibling(
              "." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
      try (Writer out =
          Files.newBufferedWriter(
              temp,
              StandardCharsets.UTF_8,
              StandardOpenOption.CREATE,
              StandardOpenOption.TRUNCATE_EXISTING,
              StandardOpenOption.WRITE)) {
        HtmlReport.write(report, out);
      }
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      deleteQuietly(temp);
      throw new InputException("cannot write " + output + ": " + reason(e));
    }
  }

  /** Why writing failed, without the name of the temporary file. */
  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "its folder does not exist";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
      return fileSystem.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static void deleteQuietly(Path temp) {
    if (temp == null) {
      return;
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException ignored) {
      // The write already failed; that is the error to report.
    }
  }
}
