package org.bulletins.cli;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.bulletins.model.NewsItem;
import org.bulletins.store.BulletinStore;
import org.bulletins.store.StoredItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bulletins export}: every item of a store with its story id. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Write every item of a store, in the order of ingestion, with the id of its story.",
      "jsonl: the fields of 'parse --format jsonl' plus storyId; csv: the same, with a header."
    })
final class ExportCommand implements Callable<Integer> {

  enum Format {
    JSONL,
    CSV
  }

  /** One item in JSON Lines: the fields of {@code parse}, then its story's id. */
  record Entry(@JsonUnwrapped ItemView item, String storyId) {}

  static final List<String> CSV_HEADER =
      List.of(
          "source",
          "line",
          "firstLine",
          "lastLine",
          "date",
          "title",
          "paragraphs",
          "id",
          "labels",
          "storyId");

  @Option(names = "--db", required = true, paramLabel = "FILE", description = "The store to read.")
  Path db;

  @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "jsonl or csv.")
  Format format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.CSV) {
      Csv.row(out, CSV_HEADER);
    }
    try (BulletinStore store = BulletinStore.openReadOnly(db)) {
      store.forEachItem(item -> write(item, out));
    }
    return 0;
  }

  private void write(StoredItem stored, PrintWriter out) {
    if (format == Format.JSONL) {
      out.println(Formats.jsonLine(new Entry(ItemView.of(stored.item()), stored.storyId())));
      return;
    }
    NewsItem item = stored.item();
    Csv.row(
        out,
        List.of(
            item.span().source(),
            String.valueOf(item.span().titleLine()),
            String.valueOf(item.span().firstLine()),
            String.valueOf(item.span().lastLine()),
            item.date().map(LocalDate::toString).orElse(""),
            item.title(),
            String.join("\n\n", item.paragraphs()),
            item.computeId().value(),
            String.join("\n", item.labels()),
            stored.storyId()));
  }
}
