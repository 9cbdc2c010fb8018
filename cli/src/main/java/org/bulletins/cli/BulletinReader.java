package org.bulletins.cli;

import com.google.common.io.CountingInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.bulletins.model.Diagnostic;
import org.bulletins.model.NewsItem;
import org.bulletins.model.PageLayout;
import org.bulletins.parser.BulletinParser;
import org.bulletins.parser.ItemStream;

/**
 * Streams the items of many files through one parser, one item at a time, reporting progress and
 * counting what it saw. Memory does not grow with the size of the files.
 */
final class BulletinReader {

  /** What a run saw. */
  static final class Totals {
    int files;
    long items;
    long errors;
    long warnings;
    long infos;

    void count(Diagnostic diagnostic) {
      switch (diagnostic.severity()) {
        case ERROR -> errors++;
        case WARNING -> warnings++;
        case INFO -> infos++;
      }
    }
  }

  /** What one file was, once read: its inferred layout and how many items it held. */
  interface FileListener {
    void fileRead(Path file, PageLayout layout, long items);
  }

  private final BulletinParser parser;

  BulletinReader(BulletinParser parser) {
    this.parser = parser;
  }

  /**
   * Reads every file the command's PATH arguments name with the default parser, showing progress on
   * {@code err} when the run is long.
   */
  static Totals readInputs(
      InputOptions input,
      PrintWriter err,
      Consumer<NewsItem> onItem,
      Consumer<Diagnostic> onDiagnostic)
      throws IOException {
    return readInputs(input, err, onItem, onDiagnostic, (file, layout, items) -> {});
  }

  /** As {@link #readInputs(InputOptions, PrintWriter, Consumer, Consumer)}, telling each file. */
  static Totals readInputs(
      InputOptions input,
      PrintWriter err,
      Consumer<NewsItem> onItem,
      Consumer<Diagnostic> onDiagnostic,
      FileListener onFile)
      throws IOException {
    List<Path> files = input.files(err);
    try (Progress progress =
        Progress.start(err, input.progress, InputFiles.totalBytes(files), files.size())) {
      return new BulletinReader(BulletinParser.create())
          .readAll(files, progress, onItem, onDiagnostic, onFile);
    }
  }

  /**
   * Parses every file in order, handing each item and then each of the file's diagnostics to the
   * consumers.
   */
  Totals readAll(
      List<Path> files,
      Progress progress,
      Consumer<NewsItem> onItem,
      Consumer<Diagnostic> onDiagnostic)
      throws IOException {
    return readAll(files, progress, onItem, onDiagnostic, (file, layout, items) -> {});
  }

  /**
   * Parses every file in order, handing each item, then each of the file's diagnostics, then the
   * file's layout to the consumers.
   */
  Totals readAll(
      List<Path> files,
      Progress progress,
      Consumer<NewsItem> onItem,
      Consumer<Diagnostic> onDiagnostic,
      FileListener onFile)
      throws IOException {
    Totals totals = new Totals();
    long bytesBefore = 0;
    for (Path file : files) {
      try (CountingInputStream counted = new CountingInputStream(Files.newInputStream(file));
          InputStream in = counted;
          ItemStream items = parser.stream(in, file.toString())) {
        long itemsBefore = totals.items;
        for (NewsItem item : items) {
          onItem.accept(item);
          totals.items++;
          progress.readBytes(counted.getCount(), bytesBefore);
        }
        for (Diagnostic diagnostic : items.diagnostics()) {
          totals.count(diagnostic);
          onDiagnostic.accept(diagnostic);
        }
        onFile.fileRead(file, items.layout(), totals.items - itemsBefore);
        bytesBefore += counted.getCount();
      }
      totals.files++;
      progress.fileDone(bytesBefore);
    }
    return totals;
  }
}
