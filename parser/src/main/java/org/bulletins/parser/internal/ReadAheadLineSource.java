package org.bulletins.parser.internal;

import com.google.common.base.Throwables;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bulletins.model.Diagnostic;

/**
 * Reads the lines of another source on a second thread, a few batches ahead of the caller: while
 * the caller classifies lines and builds items, the bytes of the next lines are split and decoded.
 * A profile of the warm parser showed reading lines at about half of its time, so on two cores the
 * two halves overlap.
 *
 * <p>Nothing changes but the thread: the caller gets the same lines, and the diagnostics that the
 * source reports (encoding, limits) reach the caller's sink at the same point of the stream as they
 * would without reading ahead, each just before the line whose reading reported it; an exception of
 * the source is thrown after the lines read before it. Memory holds at most {@value #QUEUED}
 * batches of {@value #BATCH} lines or about {@value #BATCH_CHARS} chars beyond the one being read.
 * If the caller stops without closing this, the reading thread stops once this source is garbage:
 * it holds no reference to it.
 */
public final class ReadAheadLineSource implements LineSource {

  /** Lines handed over at once: one hand-over per line would cost more than the reading. */
  static final int BATCH = 256;

  /**
   * Chars after which a batch is handed over even if it has fewer lines: with long lines (up to
   * {@code maxLineLength} each), memory stays a few batches of this size, plus one line each.
   */
  static final int BATCH_CHARS = 64 * 1024;

  /** Batches read ahead of the caller. */
  static final int QUEUED = 4;

  private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUED);
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final LineSource source;
  private final DiagnosticSink sink;
  private final Thread thread;
  private Batch batch;
  private int index;
  private boolean endReported;

  /**
   * Starts reading ahead.
   *
   * @param source the source to read on the second thread; it must report its diagnostics to {@code
   *     recording} and to nothing else
   * @param recording the sink the source reports to, drained after each line
   * @param sink the caller's sink, where the diagnostics are reported again in stream order
   */
  public ReadAheadLineSource(LineSource source, DiagnosticSink recording, DiagnosticSink sink) {
    this.source = source;
    this.sink = sink;
    Reader reader = new Reader(source, recording, queue, stopped, new WeakReference<>(this));
    this.thread = new Thread(reader, "bulletins-read-ahead");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public RawLine next() throws IOException {
    while (true) {
      if (batch != null && index < batch.size) {
        replay(batch.reportedBefore(index));
        RawLine line = batch.lines[index];
        batch.lines[index++] = null; // the caller may keep the line; this batch need not
        return line;
      }
      if (batch != null && batch.last) {
        if (!endReported) {
          endReported = true;
          replay(batch.atEnd);
        }
        if (batch.failure != null) {
          throw rethrown(batch.failure);
        }
        return null;
      }
      batch = take();
      index = 0;
    }
  }

  private Batch take() throws IOException {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for the next lines");
    }
  }

  private void replay(List<Diagnostic> reported) {
    for (Diagnostic d : reported) {
      sink.report(d.severity(), d.code(), d.line(), d.column(), d.message());
    }
  }

  private static IOException rethrown(Throwable failure) {
    if (failure instanceof IOException e) {
      return e;
    }
    Throwables.throwIfUnchecked(failure);
    throw new UncheckedIOException(new IOException(failure));
  }

  /** Stops the reading thread and closes the source. */
  @Override
  public void close() throws IOException {
    stopped.set(true);
    thread.interrupt();
    queue.clear(); // frees a reader waiting to hand over a batch
    source.close();
  }

  /** Lines read in a row, with what the source reported while reading them. */
  private static final class Batch {
    final RawLine[] lines = new RawLine[BATCH];
    int size;
    long chars;

    /** Per line, the diagnostics reported while reading it; null while there are none. */
    List<List<Diagnostic>> reported;

    /** What was reported while reading to the end, or up to the failure. */
    List<Diagnostic> atEnd = List.of();

    /** Thrown by the source after the lines of this batch. */
    Throwable failure;

    /** True for the batch that ends the stream. */
    boolean last;

    List<Diagnostic> reportedBefore(int line) {
      return reported == null ? List.of() : reported.get(line);
    }

    void add(RawLine line, List<Diagnostic> reportedWhileReading) {
      if (!reportedWhileReading.isEmpty() && reported == null) {
        reported = new ArrayList<>(BATCH);
        for (int i = 0; i < size; i++) {
          reported.add(List.of());
        }
      }
      if (reported != null) {
        reported.add(reportedWhileReading);
      }
      lines[size++] = line;
      chars += line.text().length();
    }
  }

  /** The reading thread's work; holds the source, never the {@link ReadAheadLineSource}. */
  private static final class Reader implements Runnable {
    private final LineSource source;
    private final DiagnosticSink recording;
    private final BlockingQueue<Batch> queue;
    private final AtomicBoolean stopped;
    private final WeakReference<ReadAheadLineSource> owner;

    Reader(
        LineSource source,
        DiagnosticSink recording,
        BlockingQueue<Batch> queue,
        AtomicBoolean stopped,
        WeakReference<ReadAheadLineSource> owner) {
      this.source = source;
      this.recording = recording;
      this.queue = queue;
      this.stopped = stopped;
      this.owner = owner;
    }

    @Override
    public void run() {
      boolean last = false;
      while (!last) {
        Batch batch = new Batch();
        while (batch.size < BATCH && batch.chars < BATCH_CHARS && !batch.last) {
          try {
            RawLine line = source.next();
            if (line == null) {
              batch.last = true;
              batch.atEnd = recording.drain();
            } else {
              batch.add(line, recording.drain());
            }
          } catch (Throwable e) { // handed to the caller, who sees it where it happened
            batch.last = true;
            batch.atEnd = recording.drain();
            batch.failure = e;
          }
        }
        last = batch.last;
        if (!handOver(batch)) {
          return;
        }
      }
    }

    /** Waits for room in the queue; false once the caller closed or dropped the source. */
    private boolean handOver(Batch batch) {
      try {
        while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
          if (stopped.get() || owner.get() == null) {
            return false;
          }
        }
        return !stopped.get();
      } catch (InterruptedException e) {
        return false; // close() interrupts
      }
    }
  }
}
