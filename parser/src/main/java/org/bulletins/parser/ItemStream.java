package org.bulletins.parser;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.bulletins.model.Diagnostic;
import org.bulletins.model.DiagnosticCounts;
import org.bulletins.model.NewsItem;
import org.bulletins.model.PageLayout;
import org.bulletins.parser.internal.DiagnosticSink;
import org.bulletins.parser.internal.ItemAssembler;

/**
 * The items of one source, read one at a time: memory stays bounded by the largest item (see {@link
 * BulletinParser.Builder#maxItemLength(int)}), whatever the size of the input, so a file larger
 * than the heap can be read. It can be iterated once; closing it closes the input.
 *
 * <p>{@link #diagnostics()} holds the diagnostics found so far (capped by {@link
 * BulletinParser.Builder#maxDiagnostics(int)}); the final {@code diagnostics.truncated} one is
 * added when the end of the input is reached. Reading errors surface as {@link
 * UncheckedIOException}.
 *
 * <pre>{@code
 * try (ItemStream items = parser.stream(Path.of("huge.txt"))) {
 *   for (NewsItem item : items) {
 *     index(item);
 *   }
 *   items.diagnostics().forEach(System.err::println);
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ItemStream implements Iterable<NewsItem>, Closeable {

  private final ItemAssembler assembler;
  private final DiagnosticSink sink;
  private final Closeable input;
  private boolean iterated;

  ItemStream(ItemAssembler assembler, DiagnosticSink sink, Closeable input) {
    this.assembler = assembler;
    this.sink = sink;
    this.input = input;
  }

  /**
   * Returns the iterator over the items; may be called once.
   *
   * @return the iterator
   * @throws IllegalStateException if called a second time
   */
  @Override
  public Iterator<NewsItem> iterator() {
    if (iterated) {
      throw new IllegalStateException("an ItemStream can be iterated only once");
    }
    iterated = true;
    return new Iterator<>() {
      private NewsItem next;
      private boolean done;

      @Override
      public boolean hasNext() {
        if (next == null && !done) {
          next = read();
          done = next == null;
        }
        return next != null;
      }

      @Override
      public NewsItem next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        NewsItem item = next;
        next = null;
        return item;
      }
    };
  }

  private NewsItem read() {
    try {
      return assembler.next();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The items as a sequential stream; closing the stream closes this.
   *
   * <pre>{@code
   * try (Stream<NewsItem> items = parser.stream(path).stream()) {
   *   long dated = items.filter(i -> i.date().isPresent()).count();
   * }
   * }</pre>
   *
   * @return the stream of items
   */
  public Stream<NewsItem> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(
                iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(
            () -> {
              try {
                close();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /**
   * The diagnostics found so far, in the order found.
   *
   * @return an immutable snapshot
   */
  public List<Diagnostic> diagnostics() {
    return sink.snapshot();
  }

  /**
   * The counts of every diagnostic found so far, also those beyond {@link
   * BulletinParser.Builder#maxDiagnostics(int)} that {@link #diagnostics()} does not hold.
   *
   * <pre>{@code
   * if (items.diagnosticCounts().errors() > 0) { ... } // an error after the cap counts too
   * }</pre>
   *
   * @return the counts by severity
   */
  public DiagnosticCounts diagnosticCounts() {
    return sink.counts();
  }

  /**
   * The page's layout, inferred from its first lines when the first item is read.
   *
   * <pre>{@code
   * try (ItemStream items = parser.stream(path)) {
   *   items.forEach(index::add);
   *   System.out.println(items.layout().label()); // date-title-body
   * }
   * }</pre>
   *
   * @return the layout; {@link PageLayout#UNKNOWN} until iteration has begun
   */
  public PageLayout layout() {
    return assembler.layout();
  }

  /** Closes the input. */
  @Override
  public void close() throws IOException {
    input.close();
  }
}
