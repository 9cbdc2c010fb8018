package org.bulletins.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.bulletins.dedup.DedupEngine;
import org.bulletins.model.Diagnostic;
import org.bulletins.store.internal.Database;
import org.bulletins.store.internal.Failures;
import org.bulletins.store.internal.Ingester;
import org.bulletins.store.internal.Queries;
import org.bulletins.store.internal.UnreadableItemException;

/**
 * A story store in one SQLite file: bulletin files are ingested one transaction each and
 * deduplicated against everything stored before; stories keep their ids between runs.
 *
 * <ul>
 *   <li><b>Ingest.</b> {@link #ingest(String, byte[])} parses a file, adds its items and
 *       diagnostics, and updates the stories they join, in one transaction: a crash or a kill at
 *       any moment leaves the file wholly stored or not at all. A file stored before under the same
 *       name with the same SHA-256 checksum is skipped; with another checksum its items are
 *       replaced. {@link #ingestAll} ingests several files so, reading, parsing and signing each
 *       one while the one before it is stored.
 *   <li><b>Stable ids.</b> A new story's id is its merged item's content id (with a {@code -2}
 *       suffix should that be taken). A story keeps its id when members join; when two stories
 *       merge, the older id survives and the other becomes an alias that {@link #resolve(String)}
 *       and {@link #story(String)} still accept.
 *   <li><b>Incremental = batch.</b> The stories are those {@link DedupEngine#deduplicate} gives for
 *       all stored items at once, in any order and split of the files (as long as no blocking key's
 *       block outgrows its cap, see {@link org.bulletins.dedup.DedupIndex}).
 *   <li><b>Readers and writers.</b> The file is in WAL mode: readers (other processes, or stores
 *       opened with {@link #openReadOnly(Path)}) query while a file is ingested and see the files
 *       committed so far. One writer at a time; others wait up to 30 seconds.
 * </ul>
 *
 * <p>A store is not thread-safe: use one per thread. Every failure is a {@link StoreException} with
 * a one-line message naming the file.
 *
 * <pre>{@code
 * try (BulletinStore store = BulletinStore.open(Path.of("news.db"))) {
 *   store.ingest("monday.txt", Files.readAllBytes(Path.of("monday.txt")));
 *   for (StoredStory s : store.stories(StoryQuery.all().withSearch("flood"))) {
 *     System.out.println(s.storyId() + " " + s.story().merged().title());
 *   }
 * }
 * }</pre>
 *
 * @since 0.2.0
 */
public final class BulletinStore implements AutoCloseable {

  private final Path file;
  private final Connection db;
  private final boolean readOnly;
  private final Queries queries;
  private Ingester ingester;
  private DedupEngine engine = DedupEngine.create();
  private boolean allBlocks;

  private BulletinStore(Path file, Connection db, boolean readOnly) {
    this.file = file;
    this.db = db;
    this.readOnly = readOnly;
    this.queries = new Queries(db);
  }

  /**
   * Opens a store for reading and writing, creating the file if it does not exist and bringing an
   * older schema up to date.
   *
   * <pre>{@code
   * try (BulletinStore store = BulletinStore.open(Path.of("news.db"))) { ... }
   * }</pre>
   *
   * @param file the database file; its folder must exist
   * @return the store
   * @throws StoreException if the file is not a bulletins store, is from a newer version, is
   *     damaged or cannot be opened
   */
  public static BulletinStore open(Path file) {
    Objects.requireNonNull(file, "file");
    return new BulletinStore(file, Database.open(file, false), false);
  }

  /**
   * Opens an existing store for reading only; it may be read while another process ingests.
   *
   * <pre>{@code
   * try (BulletinStore store = BulletinStore.openReadOnly(Path.of("news.db"))) {
   *   store.stories(StoryQuery.all()).size();
   * }
   * }</pre>
   *
   * @param file the database file
   * @return the store
   * @throws StoreException if the file does not exist, is not a bulletins store, is newer or
   *     damaged
   */
  public static BulletinStore openReadOnly(Path file) {
    Objects.requireNonNull(file, "file");
    return new BulletinStore(file, Database.open(file, true), true);
  }

  /** Uses other engine options than the default, for tests of the kept signatures. */
  BulletinStore withEngine(DedupEngine other) {
    this.engine = Objects.requireNonNull(other, "other");
    this.ingester = null;
    return this;
  }

  /**
   * Makes the ingests of this store object put every stored block in the index when they restore it
   * (what opening did before blocks were restored when needed), for tests that compare the two.
   */
  BulletinStore withAllBlocks() {
    this.allBlocks = true;
    this.ingester = null;
    return this;
  }

  /** How many items the ingests of this store object signed, for tests of the kept signatures. */
  long signedItems() {
    return ingester == null ? 0 : ingester.signedItems();
  }

  /**
   * How many candidate pairs the ingests of this store object verified, for tests of what schema 3
   * keeps (opening a store verifies no stored pair again).
   */
  long verifiedPairs() {
    return ingester == null ? 0 : ingester.verifiedPairs();
  }

  /** How many times this store object filled its index from the kept state, for tests. */
  long restores() {
    return ingester == null ? 0 : ingester.restores();
  }

  /**
   * The database file.
   *
   * @return the path given when opening
   */
  public Path file() {
    return file;
  }

  /**
   * Ingests one bulletin file in one transaction, deduplicating its items against the stored ones.
   * The first call loads the stored items into memory.
   *
   * <pre>{@code
   * IngestReport r = store.ingest("2026-11-28.txt", bytes);
   * r.outcome(); // ADDED, REPLACED or UNCHANGED
   * }</pre>
   *
   * @param source the name the items carry as their source (the file's path as the user gave it)
   * @param content the file's bytes
   * @return what was done
   * @throws StoreException if the database cannot be written, or a stored item that the file
   *     touches cannot be read back ({@link StoreException.Reason#CORRUPT}); nothing of the file is
   *     then stored
   */
  public IngestReport ingest(String source, byte[] content) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(content, "content");
    if (readOnly) {
      throw new IllegalStateException("store opened read-only: " + file);
    }
    if (ingester == null) {
      ingester = new Ingester(db, engine, allBlocks);
    }
    try {
      return ingester.ingest(source, content);
    } catch (SQLException e) {
      throw Failures.of(file, e, true);
    } catch (UnreadableItemException e) {
      throw Failures.unreadable(file, e);
    }
  }

  /**
   * Ingests files in order, each in its own transaction exactly as {@link #ingest(String, byte[])}
   * would, and hands each file's report to {@code committed} as soon as the file is committed (or
   * found unchanged). While one file is stored, the next one is read, parsed and signed on another
   * thread, so that several files take less time than one call each; at most one file ahead is held
   * in memory. Whether a file is unchanged is decided at its turn, against what is committed by
   * then: a name given twice with the same bytes is stored once and reported unchanged once.
   *
   * <pre>{@code
   * List<IngestSource> files = List.of(IngestSource.of(Path.of("mon.txt")),
   *     IngestSource.of(Path.of("tue.txt")));
   * store.ingestAll(files, r -> System.out.println(r.source() + " " + r.outcome()));
   * }</pre>
   *
   * @param sources the files, in the order to store them
   * @param committed receives each file's report, in order, on the calling thread
   * @return the reports, in the files' order
   * @throws StoreException as {@link #ingest(String, byte[])}: the file that failed is not stored,
   *     the files before it stay committed, and none after it is stored
   * @throws java.io.UncheckedIOException if a file's bytes cannot be read (at its turn, the files
   *     before it committed); an unchecked exception thrown by {@link IngestSource.Content#read} is
   *     thrown as it is, at the same point
   */
  public List<IngestReport> ingestAll(
      List<IngestSource> sources, Consumer<? super IngestReport> committed) {
    Objects.requireNonNull(sources, "sources");
    Objects.requireNonNull(committed, "committed");
    List<IngestSource> files = List.copyOf(sources);
    if (readOnly) {
      throw new IllegalStateException("store opened read-only: " + file);
    }
    if (ingester == null) {
      ingester = new Ingester(db, engine, allBlocks);
    }
    try {
      return ingester.ingestAll(files, committed);
    } catch (SQLException e) {
      throw Failures.of(file, e, true);
    } catch (UnreadableItemException e) {
      throw Failures.unreadable(file, e);
    }
  }

  /**
   * The stories a query selects, newest first, undated last, then oldest story first; with a limit
   * or an offset, that page of them only (only the page is read and decoded). All of them are held
   * at once: {@link #forEachStory} lists a large store in a small heap.
   *
   * <pre>{@code
   * store.stories(StoryQuery.all().withSince(LocalDate.of(2026, 11, 1)));
   * }</pre>
   *
   * @param query the conditions
   * @return the stories, each with its members, merged item and evidence
   * @throws StoreException if the database cannot be read
   */
  public List<StoredStory> stories(StoryQuery query) {
    Objects.requireNonNull(query, "query");
    try {
      return queries.stories(query);
    } catch (SQLException e) {
      throw Failures.of(file, e, false);
    }
  }

  /**
   * Hands the stories a query selects to a consumer, in the order of {@link #stories(StoryQuery)}
   * and from one snapshot, without holding them all in memory: a second thread reads them a
   * thousand at a time while the consumer has the thousand before, so that listing a store of
   * millions of items needs a small heap. The consumer runs on the calling thread while the
   * snapshot's read transaction is open (an ingest in another process may commit meanwhile, but the
   * write-ahead log cannot be checkpointed past this snapshot, and grows, until the listing ends);
   * it must not use this store object. A failure of the store may come after some stories were
   * handed over. The call is not interruptible.
   *
   * <pre>{@code
   * store.forEachStory(StoryQuery.all().withSearch("flood"), s -> out.println(s.storyId()));
   * }</pre>
   *
   * @param query the conditions, limit and offset
   * @param consumer the consumer; an exception it throws ends the listing and passes through
   * @throws StoreException if the database cannot be read
   */
  public void forEachStory(StoryQuery query, Consumer<? super StoredStory> consumer) {
    forEachStory(query, consumer, Queries.STORY_CHUNK);
  }

  /** {@link #forEachStory(StoryQuery, Consumer)} in chunks of this many stories, for tests. */
  void forEachStory(StoryQuery query, Consumer<? super StoredStory> consumer, int chunk) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(consumer, "consumer");
    try {
      queries.forEachStory(query, consumer, chunk);
    } catch (SQLException e) {
      throw Failures.of(file, e, false);
    }
  }

  /**
   * The id a story has now: the id itself if a story has it, or the id of the story an alias was
   * merged into.
   *
   * <pre>{@code
   * store.resolve(oldId).orElseThrow(); // the surviving id
   * }</pre>
   *
   * @param storyId a story id or alias
   * @return the current id, if known
   * @throws StoreException if the database cannot be read
   */
  public Optional<String> resolve(String storyId) {
    Objects.requireNonNull(storyId, "storyId");
    try {
      return queries.resolve(storyId);
    } catch (SQLException e) {
      throw Failures.of(file, e, false);
    }
  }

  /**
   * The story an id or alias names.
   *
   * <pre>{@code
   * store.story(id).ifPresent(s -> System.out.println(s.story().merged().title()));
   * }</pre>
   *
   * @param storyId a story id or alias
   * @return the story, if known
   * @throws StoreException if the database cannot be read
   */
  public Optional<StoredStory> story(String storyId) {
    Objects.requireNonNull(storyId, "storyId");
    try {
      Optional<String> id = queries.resolve(storyId);
      return id.isEmpty() ? Optional.empty() : queries.story(id.get());
    } catch (SQLException e) {
      throw Failures.of(file, e, false);
    }
  }

  /**
   * Hands every stored item with its story id to a consumer, in the order they were added, without
   * holding them all in memory.
   *
   * <pre>{@code
   * store.forEachItem(i -> out.println(i.storyId() + "\t" + i.item().title()));
   * }</pre>
   *
   * @param consumer the consumer
   * @throws StoreException if the database cannot be read
   */
  public void forEachItem(Consumer<StoredItem> consumer) {
    Objects.requireNonNull(consumer, "consumer");
    try {
      queries.forEachItem(consumer);
    } catch (SQLException e) {
      throw Failures.of(file, e, false);
    }
  }

  /**
   * The names of the stored files, in the order they were first ingested.
   *
   * <pre>{@code
   * store.sources(); // [monday.txt, tuesday.txt]
   * }</pre>
   *
   * @return the names
   * @throws StoreException if the database cannot be read
   */
  public List<String> sources() {
    try {
      return queries.sources();
    } catch (SQLException e) {
      throw Failures.of(file, e, false);
    }
  }

  /**
   * Hands the parser's diagnostics on every stored file to a consumer, file by file.
   *
   * <pre>{@code
   * store.forEachDiagnostic(d -> System.err.println(d));
   * }</pre>
   *
   * @param consumer the consumer
   * @throws StoreException if the database cannot be read
   */
  public void forEachDiagnostic(Consumer<Diagnostic> consumer) {
    Objects.requireNonNull(consumer, "consumer");
    try {
      queries.forEachDiagnostic(consumer);
    } catch (SQLException e) {
      throw Failures.of(file, e, false);
    }
  }

  /**
   * How many items are stored.
   *
   * @return the count
   * @throws StoreException if the database cannot be read
   */
  public long itemCount() {
    return count("items");
  }

  /**
   * How many stories are stored (aliases not counted).
   *
   * @return the count
   * @throws StoreException if the database cannot be read
   */
  public long storyCount() {
    return count("stories");
  }

  /**
   * A page of the stories a query selects and how many it selects in all, read in one snapshot (an
   * ingest committing meanwhile cannot make the total disagree with the page).
   *
   * <pre>{@code
   * StoryPage page = store.page(StoryQuery.all().withSearch("flood").withOffset(20).withLimit(20));
   * System.out.println("stories 21-" + (20 + page.stories().size()) + " of " + page.total());
   * }</pre>
   *
   * @param query the conditions, limit and offset
   * @return the page and the total
   * @throws StoreException if the database cannot be read
   */
  public StoryPage page(StoryQuery query) {
    Objects.requireNonNull(query, "query");
    try {
      return queries.page(query);
    } catch (SQLException e) {
      throw Failures.of(file, e, false);
    }
  }

  /**
   * How many stories a query selects, whatever its limit and offset: the total to show beside a
   * page. Nothing is decoded.
   *
   * <pre>{@code
   * StoryQuery q = StoryQuery.all().withSearch("flood");
   * long total = store.storyCount(q);
   * List<StoredStory> first = store.stories(q.withLimit(20));
   * }</pre>
   *
   * @param query the conditions
   * @return the count
   * @throws StoreException if the database cannot be read
   */
  public long storyCount(StoryQuery query) {
    Objects.requireNonNull(query, "query");
    try {
      return queries.count(query);
    } catch (SQLException e) {
      throw Failures.of(file, e, false);
    }
  }

  /**
   * How many files are stored.
   *
   * @return the count
   * @throws StoreException if the database cannot be read
   */
  public long sourceCount() {
    return count("sources");
  }

  private long count(String table) {
    try {
      return queries.count(table);
    } catch (SQLException e) {
      throw Failures.of(file, e, false);
    }
  }

  /**
   * Closes the database.
   *
   * @throws StoreException if SQLite reports a failure while closing
   */
  @Override
  public void close() {
    try {
      db.close();
    } catch (SQLException e) {
      throw Failures.of(file, e, !readOnly);
    }
  }
}
