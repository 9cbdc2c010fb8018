package org.bulletins.store.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import org.bulletins.dedup.internal.sketch.ItemSigner;
import org.bulletins.dedup.internal.sketch.SignedCodec;
import org.bulletins.facts.ItemFacts;
import org.bulletins.model.NewsItem;
import org.bulletins.model.SourceSpan;

/**
 * Reads every stored item with its signature blob, kept facts and story, in the order the items
 * were added, for opening a store: the calling thread only steps through SQLite's rows and copies
 * their columns, chunks of rows are decoded (paragraphs' JSON, the item, its signature blob and
 * facts) on two other threads, and the decoded rows are handed to a sink in order on one more
 * thread, so that the sink (the index's walk, {@code IncrementalIndex.Restoring}) runs while the
 * next rows are read and decoded: on one core, s9-18a's profile of opening a 1M store spent about
 * two thirds in the walk and most of the rest making items and reading columns.
 */
final class StoredRows {

  /** The item columns of {@link Rows#ITEM_SELECT}, the signature blob and facts, in item order. */
  static final String SELECT =
      Rows.ITEM_SELECT.replace(" FROM items i", ", g.blob, g.facts FROM items i")
          + " LEFT JOIN signatures g ON g.item_id = i.id ORDER BY i.id";

  // What SELECT_UNREAD reads for an undated item's day: no epoch day of a LocalDate (the NULL
  // coalesced in SQL, not asked for by a wasNull call per row: a call into SQLite each).
  private static final long NO_DAY = Long.MIN_VALUE + 1; // MIN_VALUE is no integer literal in SQL

  /**
   * As {@link #SELECT} without the item's text (title, paragraphs, labels): what restoring an index
   * reads; the columns are in the same places, the text's are null, and the source is its row id
   * (the names are read once, not a string per item).
   */
  static final String SELECT_UNREAD =
      "SELECT i.id, i.source_id, i.first_line, i.title_line, i.last_line, coalesce(i.day, "
          + NO_DAY
          + "), NULL, NULL, NULL, coalesce(i.story_seq, -1), g.blob, g.facts FROM items i"
          + " LEFT JOIN signatures g ON g.item_id = i.id ORDER BY i.id";

  private static final int CHUNK = 1024;
  private static final int CHUNKS_IN_FLIGHT = 16; // bounds the rows read but not yet walked

  /**
   * A stored item, decoded.
   *
   * @param id its row id
   * @param item the item, or null if its text was not read
   * @param span where it was read
   * @param date its date
   * @param kept its kept signature and keys as the blob keeps them (term-pair keys as their terms),
   *     or null if missing, damaged or made otherwise
   * @param facts its kept facts, if present and readable
   * @param jsonFacts whether the facts were kept as JSON (by an older version)
   * @param storySeq its story's seq, or -1 for none
   */
  record Row(
      long id,
      NewsItem item,
      SourceSpan span,
      Optional<LocalDate> date,
      SignedCodec.Compact kept,
      Optional<ItemFacts> facts,
      boolean jsonFacts,
      long storySeq) {

    /**
     * The kept signature with every key made.
     *
     * @return it, or null if there is none
     */
    ItemSigner.Signed signed() {
      return kept == null ? null : kept.signed();
    }
  }

  /** Receives the rows in order, on one thread; false stops the reading (the rest is skipped). */
  interface Sink {
    boolean accept(Row row);
  }

  // The columns as read, before any decoding.
  private record Raw(
      long id,
      String name,
      int firstLine,
      int titleLine,
      int lastLine,
      long day,
      boolean dated,
      String title,
      String paragraphs,
      String labels,
      long storySeq,
      byte[] blob,
      byte[] facts) {}

  private final SignedCodec codec;
  private final boolean texts;

  /**
   * A reader of every stored item, with its text.
   *
   * @param codec the signature blobs' codec
   */
  StoredRows(SignedCodec codec) {
    this(codec, true);
  }

  /**
   * A reader of every stored item.
   *
   * @param codec the signature blobs' codec
   * @param texts whether to read the items' texts; if not, each row's item is null
   */
  StoredRows(SignedCodec codec, boolean texts) {
    this.codec = codec;
    this.texts = texts;
  }

  /**
   * Reads every stored item into a sink.
   *
   * @param db the connection (stepped by the calling thread; a walk thread may read a damaged
   *     signature's item back through it, which SQLite serialises)
   * @param names the one string to keep for a source name read (called on the calling thread only)
   * @param sink the rows' receiver, called on one other thread, in item order; when this returns
   *     normally it has seen every row, or every row up to the one it refused
   * @throws SQLException if reading fails
   * @throws RuntimeException what decoding a row (a damaged JSON column) or the sink threw
   */
  void read(Connection db, UnaryOperator<String> names, Sink sink) throws SQLException {
    ExecutorService decoders = Executors.newFixedThreadPool(2, daemons("store-open-decode"));
    ExecutorService walker = Executors.newSingleThreadExecutor(daemons("store-open-walk"));
    Semaphore inFlight = new Semaphore(CHUNKS_IN_FLIGHT);
    Map<Long, String> sourceNames = texts ? Map.of() : sourceNames(db, names);
    AtomicBoolean stop = new AtomicBoolean();
    List<Future<?>> walks = new ArrayList<>();
    try {
      try (Statement statement = db.createStatement();
          ResultSet row = statement.executeQuery(texts ? SELECT : SELECT_UNREAD)) {
        List<Raw> chunk = new ArrayList<>(CHUNK);
        boolean more = true;
        while (more && !stop.get()) {
          more = row.next();
          if (more) {
            chunk.add(raw(row, names, sourceNames));
          }
          if (chunk.size() == CHUNK || (!more && !chunk.isEmpty())) {
            inFlight.acquireUninterruptibly();
            List<Raw> full = chunk;
            CompletableFuture<List<Row>> decoded =
                CompletableFuture.supplyAsync(() -> decode(full), decoders);
            walks.add(walker.submit(() -> walk(decoded, sink, stop, inFlight)));
            chunk = new ArrayList<>(CHUNK);
          }
        }
      }
    } catch (SQLException | RuntimeException | Error e) {
      stop.set(true); // the chunks queued behind a failed read are not walked
      throw e;
    } finally {
      walker.shutdown();
      decoders.shutdown();
      awaitQuietly(walker);
      awaitQuietly(decoders);
    }
    for (Future<?> walk : walks) {
      try {
        walk.get();
      } catch (ExecutionException e) {
        throw unchecked(e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while opening the store", e);
      }
    }
  }

  private static void walk(
      CompletableFuture<List<Row>> decoded, Sink sink, AtomicBoolean stop, Semaphore inFlight) {
    try {
      if (stop.get()) {
        return; // an earlier chunk failed or the sink stopped: skip the rest
      }
      List<Row> rows;
      try {
        rows = decoded.join();
      } catch (CompletionException e) {
        stop.set(true);
        throw unchecked(e.getCause());
      }
      for (Row row : rows) {
        if (!sink.accept(row)) {
          stop.set(true);
          return;
        }
      }
    } catch (RuntimeException | Error e) {
      stop.set(true);
      throw e;
    } finally {
      inFlight.release();
    }
  }

  private static Map<Long, String> sourceNames(Connection db, UnaryOperator<String> names)
      throws SQLException {
    Map<Long, String> out = new HashMap<>();
    try (Statement statement = db.createStatement();
        ResultSet row = statement.executeQuery("SELECT id, name FROM sources")) {
      while (row.next()) {
        out.put(row.getLong(1), names.apply(row.getString(2)));
      }
    }
    return out;
  }

  private Raw raw(ResultSet row, UnaryOperator<String> names, Map<Long, String> sourceNames)
      throws SQLException {
    // By column number, in the order of SELECT: looking columns up by name cost a map probe each.
    long id = row.getLong(1);
    String name = texts ? names.apply(row.getString(2)) : sourceNames.get(row.getLong(2));
    if (name == null) {
      throw new IllegalStateException("an item of no source: row " + id);
    }
    int firstLine = row.getInt(3);
    int titleLine = row.getInt(4);
    int lastLine = row.getInt(5);
    long day = row.getLong(6);
    boolean dated = texts ? !row.wasNull() : day != NO_DAY;
    // Without texts the three columns are NULL: not asked for (a call into SQLite each, per row).
    String title = texts ? row.getString(7) : null;
    String paragraphs = texts ? row.getString(8) : null;
    String labels = texts ? row.getString(9) : null;
    long storySeq = row.getLong(10); // -1 for none: coalesced by SELECT_UNREAD
    if (texts && row.wasNull()) {
      storySeq = -1;
    }
    return new Raw(
        id,
        name,
        firstLine,
        titleLine,
        lastLine,
        day,
        dated,
        title,
        paragraphs,
        labels,
        storySeq,
        row.getBytes(11),
        row.getBytes(12));
  }

  private List<Row> decode(List<Raw> chunk) {
    List<Row> out = new ArrayList<>(chunk.size());
    for (Raw r : chunk) {
      SourceSpan span = new SourceSpan(r.name(), r.firstLine(), r.titleLine(), r.lastLine());
      NewsItem item =
          texts ? Rows.item(r.dated(), r.day(), r.title(), r.paragraphs(), span, r.labels()) : null;
      out.add(
          new Row(
              r.id(),
              item,
              span,
              r.dated() ? Optional.of(LocalDate.ofEpochDay(r.day())) : Optional.empty(),
              codec.decodeCompact(r.blob()).orElse(null),
              KeptIndex.facts(r.facts()),
              r.facts() != null && KeptIndex.isJson(r.facts()),
              r.storySeq()));
    }
    return out;
  }

  private static void awaitQuietly(ExecutorService pool) {
    boolean interrupted = false;
    while (true) {
      try {
        if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static RuntimeException unchecked(Throwable cause) {
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(cause);
  }

  private static ThreadFactory daemons(String name) {
    return task -> {
      Thread thread = new Thread(task, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
