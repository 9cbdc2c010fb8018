package org.bulletins.cli;

import com.google.common.io.CountingInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.bulletins.model.Diagnostic;
import org.bulletins.model.DiagnosticCounts;
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

    /** Every diagnostic, also those beyond the parser's cap that were not printed. */
    DiagnosticCounts diagnostics = DiagnosticCounts.NONE;
  }

  /** What one file was, once read: its inferred layout and how many items it held. */
  interface FileListener {
    void fileRead(Path file, PageLayout layout, long items);
  }

  /**
   * Files from this size on are read with {@link #largeFiles}: its second thread costs a fraction
   * of a millisecond to start, nothing next to the parse of a megabyte.
   */
  static final long READ_AHEAD_BYTES = 1 << 20;

  private final BulletinParser parser;
  private final InputStream stdin;

  /** The parser for large regular files: {@code parser} reading its lines ahead, or itself. */
  private final BulletinParser largeFiles;

  BulletinReader(BulletinParser parser, InputStream stdin) {
    this(parser, stdin, parser);
  }

  /**
   * A reader that parses regular files of {@link #READ_AHEAD_BYTES} or more with another parser
   * (one that reads ahead, {@link BulletinParser.Builder#readAhead(boolean)}). Standard input keeps
   * the first: lines read ahead come in batches, which would hold back the items of a slow pipe.
   */
  BulletinReader(BulletinParser parser, InputStream stdin, BulletinParser largeFiles) {
    this.parser = parser;
    this.stdin = stdin;
    this.largeFiles = largeFiles;
  }

  /**
   * Reads every file the command's PATH arguments name, as {@link #readInputs(InputOptions,
   * PrintWriter, Consumer, Consumer, FileListener)} does, reading the lines of large files on a
   * second thread (for {@code check}, {@code parse} and the commands that read stories: {@code
   * dedup}, {@code timeline}, {@code report}; the output is the same).
   */
  static Totals readInputsAhead(
      InputOptions input,
      PrintWriter err,
      Consumer<NewsItem> onItem,
      Consumer<Diagnostic> onDiagnostic,
      FileListener onFile)
      throws IOException {
    return read(input, err, onItem, onDiagnostic, onFile, true);
  }

  private BulletinParser parserFor(Path file) {
    if (largeFiles == parser || file.equals(InputFiles.STDIN)) {
      return parser;
    }
    try {
      return Files.isRegularFile(file) && Files.size(file) >= READ_AHEAD_BYTES
          ? largeFiles
          : parser;
    } catch (IOException e) {
      return parser; // opening it reports the problem
    }
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
    return read(input, err, onItem, onDiagnostic, onFile, false);
  }

  private static Totals read(
      InputOptions input,
      PrintWriter err,
      Consumer<NewsItem> onItem,
      Consumer<Diagnostic> onDiagnostic,
      FileListener onFile,
      boolean readLargeFilesAhead)
      throws IOException {
    List<Path> files = input.files(err);
    try (Progress progress =
        Progress.start(err, input.progress, InputFiles.totalBytes(files), files.size())) {
      BulletinParser parser = BulletinParser.create();
      BulletinParser largeFiles =
          readLargeFilesAhead ? BulletinParser.builder().readAhead(true).build() : parser;
      return new BulletinReader(parser, input.stdin(), largeFiles)
          .readAll(files, progress, onItem, onDiagnostic, onFile);
    }
  }

  /**
   * Parses every file in order, handing each item and then each of the file's diagnostics to the
   * consumers. A file that cannot be read stops the run with an {@link InputException} that names
   * it; an exception thrown by a consumer (such as a failed write) stops it at once.
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
      String name = InputFiles.sourceName(file);
      try (CountingInputStream counted = new CountingInputStream(open(file, name));
          InputStream in = counted;
          ItemStream items = parserFor(file).stream(in, name)) {
        long itemsBefore = totals.items;
        Iterator<NewsItem> iterator = items.iterator();
        while (hasNext(iterator, name)) {
          onItem.accept(iterator.next());
          totals.items++;
          progress.readBytes(counted.getCount(), bytesBefore);
        }
        for (Diagnostic diagnostic : items.diagnostics()) {
          onDiagnostic.accept(diagnostic);
        }
        totals.diagnostics = totals.diagnostics.plus(items.diagnosticCounts());
        onFile.fileRead(file, items.layout(), totals.items - itemsBefore);
        bytesBefore += counted.getCount();
      }
      totals.files++;
      progress.fileDone(bytesBefore);
    }
    return totals;
  }

  private InputStream open(Path file, String name) {
    if (file.equals(InputFiles.STDIN)) {
      return new FilterInputStream(stdin) {
        @Override
        public void close() {
          // standard input belongs to the caller
        }
      };
    }
    try {
      return InputFiles.open(file);
    } catch (IOException e) {
      throw new InputException("cannot read: " + name + " (" + InputFiles.reason(e) + ")");
    }
  }

  /** Reading errors name the file: {@code /proc/self/mem} fails with only "Input/output error". */
  private static boolean hasNext(Iterator<NewsItem> iterator, String name) {
    try {
      return iterator.hasNext();
    } catch (UncheckedIOException e) {
      throw new InputException(
          "cannot read: " + name + " (" + InputFiles.reason(e.getCause()) + ")");
    }
  }
}
