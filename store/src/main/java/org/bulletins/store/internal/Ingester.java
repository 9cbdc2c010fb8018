package org.bulletins.store.internal;

import com.google.common.hash.Hashing;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.bulletins.dedup.DedupEngine;
import org.bulletins.dedup.internal.IncrementalIndex;
import org.bulletins.dedup.internal.IncrementalIndex.KeptPair;
import org.bulletins.dedup.internal.IntList;
import org.bulletins.dedup.internal.ItemReader;
import org.bulletins.dedup.internal.LanguageOnlyFacts;
import org.bulletins.dedup.internal.Pipeline;
import org.bulletins.dedup.internal.sketch.ItemSigner;
import org.bulletins.dedup.internal.sketch.SignedCodec;
import org.bulletins.facts.ItemFacts;
import org.bulletins.model.Diagnostic;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;
import org.bulletins.model.ParsedDocument;
import org.bulletins.parser.BulletinParser;
import org.bulletins.store.IngestReport;
import org.bulletins.store.IngestReport.Outcome;
import org.bulletins.store.IngestSource;

/**
 * Ingests files one transaction each: the file's source row, items, full-text rows and diagnostics,
 * the stories they change with their links, and the ids and aliases that {@link StoryIds} plans.
 * Keeps the stored items in an {@link IncrementalIndex} between files, loaded from the database on
 * first use; after a failed transaction it forgets it and loads it again. Each item's signature and
 * blocking keys are stored with it (table {@code signatures}, see {@link SignedCodec}), so that
 * loading signs only the items whose blob is missing, damaged or made under other options.
 */
public final class Ingester {

  private final Connection db;
  private final Pipeline pipeline;
  private final SignedCodec codec;
  private final KeptIndex kept;
  private final boolean allBlocks;
  private final BulletinParser parser = BulletinParser.create();
  // Reads a large file's lines ahead on a second thread: the same items and diagnostics, and a
  // parse that does not hold the ingest on one core. Not worth a thread for a small file.
  private final BulletinParser parserAhead = BulletinParser.builder().readAhead(true).build();
  // The next file's parse beside this file's tail: on one core, the other being this file's.
  private static final BulletinParser PARSER_AHEAD = BulletinParser.create();
  private static final int READ_AHEAD_BYTES = 1 << 20;
  // Reads back the texts of the stored items that a restored index holds without them.
  private final StoredTexts texts;
  private long signed;

  // The committed state; null until loaded.
  private IncrementalIndex index;
  private IdentityHashMap<NewsItem, Long> rowOf;
  private RowStories storyOfRow;
  private StoredStories stories;
  private Set<String> aliases;
  private final Map<String, Long> freshSeq = new HashMap<>();
  private long nextSeq;
  // The content ids of the file being ingested and of its stories; null between files.
  private StoryContentIds storyIds;
  // Whether the index was built from all stored items by this ingest (not restored): then every
  // story is new to it, and the plan sees all of them.
  private boolean rebuilt;
  private long restores;
  private long verifiedBefore; // by indexes this ingester forgot
  private PhaseClock clock = PhaseClock.start(); // the file's (ingest starts it), also for apply

  /**
   * An ingester on an open, writable connection.
   *
   * @param db the connection, in auto-commit mode
   * @param engine the engine that deduplicates
   */
  public Ingester(Connection db, DedupEngine engine) {
    this(db, engine, false);
  }

  /**
   * An ingester that, if {@code allBlocks}, puts every stored block in the index when it restores
   * it, rather than only those of the keys a file needs: for tests that compare the two.
   *
   * @param db the connection, in auto-commit mode
   * @param engine the engine that deduplicates
   * @param allBlocks whether a restore puts every block in the index at once
   */
  public Ingester(Connection db, DedupEngine engine, boolean allBlocks) {
    this.allBlocks = allBlocks;
    this.db = db;
    this.pipeline = new Pipeline(engine.options());
    this.codec = new SignedCodec(engine.options());
    this.kept = new KeptIndex(db, engine.options());
    this.texts = new StoredTexts(db);
  }

  /**
   * How many candidate pairs this ingester verified, over every index it built or restored.
   *
   * @return the count
   */
  public long verifiedPairs() {
    return verifiedBefore + (index == null ? 0 : index.verifications());
  }

  /**
   * How many times this ingester filled its index from the kept verdicts and stories (schema 3)
   * rather than by verifying and clustering the stored items again.
   *
   * @return the count
   */
  public long restores() {
    return restores;
  }

  /**
   * How many items this ingester signed: those of the files it ingested, plus stored items whose
   * kept signature could not be used.
   *
   * @return the count
   */
  public long signedItems() {
    return signed;
  }

  /**
   * Ingests one file in one transaction.
   *
   * @param source the name the file's items carry
   * @param content the file's bytes
   * @return what was done
   * @throws SQLException if a statement fails; nothing of the file is then stored
   */
  public IngestReport ingest(String source, byte[] content) throws SQLException {
    if (loadsStoredItems()) {
      // The stored items not loaded yet (a store opened for this file): the file is parsed and
      // signed on a helper thread while this one loads them (FilesAhead).
      return ingestAll(List.of(IngestSource.of(source, content)), report -> {}).get(0);
    }
    return ingest(prepareHere(source, content), () -> {});
  }

  /**
   * Whether the next file's turn begins by loading stored items into the index: the first file this
   * ingester stores into a store that holds items, or the first after a failure.
   */
  boolean loadsStoredItems() throws SQLException {
    return index == null && storedItems() > 0;
  }

  /**
   * Begins a new file's transaction and loads the stored items into the index, before the file is
   * prepared (on another thread meanwhile): its turn ({@link #ingest(PreparedFile, Runnable)}) then
   * goes on in this transaction. The load reads the state that the write lock keeps committed until
   * the turn, as when it is done at the turn. On a failure nothing is begun or loaded.
   *
   * @throws SQLException if a statement fails
   */
  void beginAndLoad() throws SQLException {
    clock = PhaseClock.start();
    db.setAutoCommit(false); // BEGIN IMMEDIATE: one writer at a time
    try {
      load();
      clock.lap("load beside parse");
    } catch (Throwable e) { // an Error too, as in a file's turn
      abandonAfter(e);
      throw e;
    }
  }

  /**
   * {@link #abandonAfter} if a file's transaction was begun beside its preparation ({@link
   * #beginAndLoad}) and the call fails before the file's turn.
   */
  void abandonIfBegun(Throwable cause) {
    try {
      if (!db.getAutoCommit()) {
        abandonAfter(cause);
      }
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  /** {@link #abandon}, whose own failure is kept with {@code cause}, the one to report. */
  void abandonAfter(Throwable cause) {
    try {
      abandon();
    } catch (SQLException | RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  /**
   * Ends the transaction that {@link #beginAndLoad} began when the file it was for is not ingested
   * (its preparation failed): nothing is written, and the index is loaded again at the next turn
   * (the load may have written in the transaction: signatures signed again, facts upgraded).
   */
  void abandon() throws SQLException {
    rollbackQuietly();
    forget();
    db.setAutoCommit(true);
  }

  /**
   * Prepares a file on the ingesting thread, right before its turn: an unchanged file is found
   * before it is parsed; the signing is left to the turn (on all cores).
   */
  PreparedFile prepareHere(String source, byte[] content) throws SQLException {
    clock = PhaseClock.start();
    Optional<String> stored = storedChecksum(source);
    String checksum;
    ParsedDocument document;
    if (stored.isPresent()) {
      // A file seen before: an unchanged one is skipped before it is parsed.
      checksum = checksum(content);
      if (stored.get().equals(checksum)) {
        return new PreparedFile(source, content, checksum, null, null);
      }
      document = parse(content, source);
    } else if (content.length < READ_AHEAD_BYTES) {
      checksum = checksum(content);
      document = parse(content, source);
    } else {
      // A new name has no checksum to compare with: a large file's is computed on a second
      // thread while this one parses (on one core, with its lines read ahead on another).
      CompletableFuture<String> sum =
          CompletableFuture.supplyAsync(() -> checksum(content), Ingester::startDaemon);
      document = parse(content, source);
      checksum = sum.join();
    }
    clock.lap("parse");
    return new PreparedFile(
        source, content, checksum, document, new Signing(document.items(), pipeline.signer()));
  }

  /**
   * Prepares the next file on a helper thread while the ingesting thread stores the current one:
   * checksum, parse (unless the file is expected to be stored unchanged at its turn) and, after
   * {@code ready} has the result, the signing of its items on this thread. Reads nothing from the
   * store; the turn checks the committed checksum again.
   *
   * @param expected the checksum the name is expected to have when the file's turn comes
   * @param ready receives the prepared file before its items are signed
   */
  static void prepareAhead(
      String source,
      byte[] content,
      Optional<String> expected,
      ItemSigner signer,
      Consumer<PreparedFile> ready) {
    prepareAhead(source, content, expected, signer, ready, PARSER_AHEAD);
  }

  /**
   * As {@link #prepareAhead(String, byte[], Optional, ItemSigner, Consumer)}, with this ingester's
   * parser for a file of its size: the file's parse beside the load of the stored items ({@link
   * #beginAndLoad}), whose threads leave gaps that a large file's lines read ahead can fill.
   */
  void prepareBesideLoad(String source, byte[] content, Consumer<PreparedFile> ready) {
    prepareAhead(
        source,
        content,
        Optional.empty(),
        pipeline.signer(),
        ready,
        content.length < READ_AHEAD_BYTES ? PARSER_AHEAD : parserAhead);
  }

  private static void prepareAhead(
      String source,
      byte[] content,
      Optional<String> expected,
      ItemSigner signer,
      Consumer<PreparedFile> ready,
      BulletinParser parser) {
    String checksum = checksum(content);
    if (expected.isPresent() && expected.get().equals(checksum)) {
      ready.accept(new PreparedFile(source, content, checksum, null, null));
      return;
    }
    ParsedDocument document = parser.parse(content, source);
    PhaseClock.mark("parse ahead");
    Signing signing = new Signing(document.items(), signer);
    ready.accept(new PreparedFile(source, content, checksum, document, signing));
    signing.work();
  }

  /** The signer of this ingester's engine (thread-safe), for {@link #prepareAhead}. */
  ItemSigner signer() {
    return pipeline.signer();
  }

  /** Starts the clock of a file prepared ahead, whose turn begins. */
  void startTurn() {
    clock = PhaseClock.start();
  }

  /** Ends a phase of the file's turn on its clock. */
  void lap(String phase) {
    clock.lap(phase);
  }

  /**
   * Ingests files in order, one transaction each, preparing the next file on a helper thread while
   * this one stores the current one (see {@link FilesAhead}).
   *
   * @param sources the files
   * @param committed receives each file's report once the file is committed or skipped
   * @return the reports, in the files' order
   * @throws SQLException if a statement fails; the files before stay committed
   */
  public List<IngestReport> ingestAll(
      List<IngestSource> sources, Consumer<? super IngestReport> committed) throws SQLException {
    return FilesAhead.ingest(this, sources, committed);
  }

  /**
   * Ingests a prepared file in one transaction. {@code atTail} is run once, on this thread, when
   * what is left of the file holds this thread on one core (or at once, when the file is not
   * stored): where the next file's preparation starts.
   */
  IngestReport ingest(PreparedFile file, Runnable atTail) throws SQLException {
    String source = file.source;
    byte[] content = file.content;
    String checksum = file.checksum;
    // Begun by beginAndLoad while the file was prepared: the checks below read this transaction.
    boolean begun = !db.getAutoCommit();
    Optional<StoredSource> stored;
    try {
      stored = storedSource(source);
    } catch (SQLException | RuntimeException e) {
      if (begun) {
        abandonAfter(e);
      }
      throw e;
    }
    if (stored.isPresent() && stored.get().checksum().equals(checksum)) {
      file.cancel();
      atTail.run();
      if (begun) { // another writer stored the same file since the name was looked up (rare)
        abandon();
      }
      return new IngestReport(source, Outcome.UNCHANGED, 0, 0, List.of());
    }
    PreparedFile parsed = file;
    if (file.document == null) {
      // Expected unchanged when it was prepared, but the committed state says otherwise.
      ParsedDocument now = parse(content, source);
      parsed =
          new PreparedFile(
              source, content, checksum, now, new Signing(now.items(), pipeline.signer()));
      clock.lap("parse");
    }
    ParsedDocument document = parsed.document;
    Signing signing = parsed.signing;
    List<NewsItem> items = document.items();
    if (!begun) {
      db.setAutoCommit(false); // BEGIN IMMEDIATE: one writer at a time
    }
    try {
      Map<String, ArrayDeque<Long>> replaced = Map.of();
      if (stored.isPresent()) {
        replaced = storiesOfItems(stored.get().id());
        deleteSource(stored.get().id());
        kept.invalidate(); // units and representatives may change: recompute what is kept
        forget(); // the index cannot remove items: load the rest again
      }
      load();
      clock.lap("load");
      long sourceId = insertSource(source, checksum, content.length, items.size());
      long[] rows = nextRows(items.size());
      // Signing runs on all cores (with the thread that prepared the file, if it still signs).
      ItemSigner.Signed[] signatures = signing.finish();
      ItemSigner.CompactSigned[] compact = signing.compact();
      String[] contentIds = signing.contentIds();
      signed += items.size();
      clock.lap("sign");
      Set<Long> inherited = inheritStories(replaced, rows, contentIds);
      // The full-text rows and diagnostics need nothing from deduplication: a second thread
      // writes them while this one adds the items (mostly serial work), so that SQLite and the
      // index use both cores. Meanwhile this thread only reads through the connection (stored
      // items read back, StoredTexts): SQLite serialises the calls on one connection, and those
      // rows were committed before this ingest.
      // The items' JSON columns, encoded by the writer after its rows, beside this thread's add
      // (whose serial parts leave a core to it).
      ItemColumns columns = new ItemColumns(items.size());
      StoryIds.Plan plan;
      try (BackgroundWriter text = new BackgroundWriter()) {
        text.start(
            "text rows, items' json",
            () -> {
              insertText(rows, items);
              insertDiagnostics(sourceId, document.diagnostics());
              columns.encode(items);
            });
        int first = index.items().size();
        index.addSigned(items, signatures);
        clock.lap("addSigned");
        List<Optional<ItemFacts>> facts = factsOf(first, rows.length);
        LateFacts late = lateFacts();
        List<KeptPair> pairs = index.takeChangedPairs();
        clock.lap("facts+pairs");
        // The items' JSON that the writer did not reach yet, here rather than after its full-text
        // rows (which are the longer part of its work).
        columns.encode(items);
        clock.lap("items' json");
        text.await();
        clock.lap("wait text rows");
        // The signature rows and the changed verdicts need nothing more from the index: written
        // while this thread merges the changed stories and plans their ids. Those read a few rows
        // (texts, the stories the file's items join) on the same connection, which sqlite-jdbc
        // serialises with the writer's statements: correct, and short beside the writes.
        try (BackgroundWriter keptRows = new BackgroundWriter()) {
          keptRows.start(
              "signature rows, verdicts",
              () -> {
                insertSignatures(rows, compact, facts);
                kept.writeFacts(late.rows(), late.facts());
                kept.write(pairs);
              });
          for (int i = 0; i < rows.length; i++) {
            rowOf.put(items.get(i), rows[i]);
          }
          storyIds = new StoryContentIds(items, contentIds);
          List<MergedStory> changed = index.takeChangedStories();
          clock.lap("merge stories");
          // From here this thread works mostly alone (the writers beside it are short): the next
          // file's preparation takes the other core. Up to here the index's add and the text rows'
          // writer keep both busy.
          atTail.run();
          List<long[]> memberRows = memberRows(changed);
          Set<String> taken = readStories(changed, memberRows);
          Collection<String> every = rebuilt ? stories.readAll() : List.of();
          plan =
              StoryIds.planRows(
                  changed,
                  memberRows,
                  new StoryIds.Before(
                      this::storyIdOfRow,
                      id -> stories.ofId(id).seq(),
                      id -> stories.ofId(id).size(),
                      () -> every,
                      inherited::contains),
                  freshIds(taken),
                  rebuilt);
          clock.lap("plan");
          keptRows.await();
          clock.lap("wait kept rows");
        }
      }
      apply(plan, new NewItems(sourceId, rows, items, contentIds, columns));
      clock.lap("apply");
      storyIds = null;
      db.commit();
      clock.lap("commit");
      rebuilt = false; // the next file in this process starts from the committed state
      remember(plan);
      clock.lap("remember");
      int fresh = (int) plan.written().stream().filter(StoryIds.Assigned::fresh).count();
      return new IngestReport(
          source,
          stored.isPresent() ? Outcome.REPLACED : Outcome.ADDED,
          items.size(),
          fresh,
          document.diagnostics());
    } catch (Throwable e) {
      // Every failure, an Error too (OutOfMemoryError, one rethrown from a writer thread): the
      // finally's return to auto-commit would otherwise commit the half-written file.
      signing.cancel(); // a helper thread may still be signing the file's items
      storyIds = null;
      rollbackQuietly();
      forget();
      throw e;
    } finally {
      db.setAutoCommit(true);
    }
  }

  /**
   * The checksum of the file stored under a name, if any (the committed state, or the transaction
   * under way's on this thread).
   */
  Optional<String> storedChecksum(String source) throws SQLException {
    return storedSource(source).map(StoredSource::checksum);
  }

  /** A stored file's row and checksum. */
  private record StoredSource(long id, String checksum) {}

  private Optional<StoredSource> storedSource(String source) throws SQLException {
    try (PreparedStatement find =
        db.prepareStatement("SELECT id, checksum FROM sources WHERE name = ?")) {
      find.setString(1, source);
      try (ResultSet row = find.executeQuery()) {
        return row.next()
            ? Optional.of(new StoredSource(row.getLong(1), row.getString(2)))
            : Optional.empty();
      }
    }
  }

  private ParsedDocument parse(byte[] content, String source) {
    return (content.length < READ_AHEAD_BYTES ? parser : parserAhead).parse(content, source);
  }

  private static String checksum(byte[] content) {
    return Hashing.sha256().hashBytes(content).toString();
  }

  private static void startDaemon(Runnable task) {
    Thread thread = new Thread(task, "bulletins-store-checksum");
    thread.setDaemon(true);
    thread.start();
  }

  private Long rowOf(Object member) {
    Long row = rowOf.get(member);
    if (row == null) {
      throw new IllegalStateException("a story member that the store did not add: " + member);
    }
    return row;
  }

  /**
   * Reads the stored stories that the changed stories' stored members belong to, a batch of seqs
   * per statement, before the plan asks for them one member at a time; and tells which of the
   * changed stories' content ids a stored story has already (the fresh ids' first choice).
   */
  private Set<String> readStories(List<MergedStory> changed, List<long[]> memberRows)
      throws SQLException {
    Set<Long> seqs = new HashSet<>();
    Set<String> bases = new HashSet<>();
    for (int s = 0; s < changed.size(); s++) {
      for (long row : memberRows.get(s)) {
        long seq = storyOfRow.get(row);
        if (seq >= 0) {
          seqs.add(seq);
        }
      }
      bases.add(storyIds.of(changed.get(s)));
    }
    stories.read(seqs);
    return stories.taken(bases);
  }

  /**
   * Each changed story's members' rows, in member order: looked up once (an identity map of every
   * item, a cache miss or two per member) for both the stored stories' read and the plan.
   */
  private List<long[]> memberRows(List<MergedStory> changed) {
    List<long[]> out = new ArrayList<>(changed.size());
    for (MergedStory story : changed) {
      List<NewsItem> members = story.members();
      long[] rows = new long[members.size()];
      for (int i = 0; i < rows.length; i++) {
        rows[i] = rowOf(members.get(i));
      }
      out.add(rows);
    }
    return out;
  }

  /** A stored row's story id, or null for a new row. */
  private String storyIdOfRow(long row) {
    long seq = storyOfRow.get(row);
    return seq < 0 ? null : stories.ofSeq(seq).id();
  }

  /**
   * The stories of a stored file's items, by content id, in the items' order: read before the file
   * is replaced, so that its items found again in the new file keep their stories' ids.
   */
  private Map<String, ArrayDeque<Long>> storiesOfItems(long sourceId) throws SQLException {
    Map<String, ArrayDeque<Long>> out = new HashMap<>();
    try (PreparedStatement select =
        db.prepareStatement(
            "SELECT content_id, story_seq FROM items WHERE source_id = ? AND story_seq IS NOT NULL"
                + " ORDER BY id")) {
      select.setLong(1, sourceId);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          out.computeIfAbsent(row.getString(1), id -> new ArrayDeque<>()).add(row.getLong(2));
        }
      }
    }
    return out;
  }

  /**
   * Gives each new row whose content id a replaced item had (the first such item not given yet, in
   * order) that item's story, for the ids' plan only; returns the rows that took one.
   */
  private Set<Long> inheritStories(
      Map<String, ArrayDeque<Long>> replaced, long[] rows, String[] contentIds) {
    Set<Long> inherited = new HashSet<>();
    for (int i = 0; i < rows.length && !replaced.isEmpty(); i++) {
      ArrayDeque<Long> seqs = replaced.get(contentIds[i]);
      if (seqs != null && !seqs.isEmpty()) {
        storyOfRow.put(rows[i], seqs.poll());
        inherited.add(rows[i]);
      }
    }
    return inherited;
  }

  private void deleteSource(long sourceId) throws SQLException {
    for (String sql :
        List.of(
            "DELETE FROM items_fts WHERE rowid IN (SELECT id FROM items WHERE source_id = ?)",
            "DELETE FROM signatures WHERE item_id IN (SELECT id FROM items WHERE source_id = ?)",
            "DELETE FROM items WHERE source_id = ?",
            "DELETE FROM diagnostics WHERE source_id = ?",
            "DELETE FROM sources WHERE id = ?")) {
      try (PreparedStatement delete = db.prepareStatement(sql)) {
        delete.setLong(1, sourceId);
        delete.executeUpdate();
      }
    }
  }

  /**
   * Loads the stored items into a new index, in the order they were added, and their stories: from
   * the kept verdicts, facts and stories when they are complete and made under this engine (no pair
   * verified, nothing clustered), else by adding the items as a new batch, which verifies and
   * clusters them all, and then writing what is kept in the transaction under way.
   */
  private void load() throws SQLException {
    if (index != null) {
      return;
    }
    // Since schema 6 an item names its story by seq: no story row is read here, and a file reads
    // those its items join (StoredStories).
    long maxSeq;
    try (Statement statement = db.createStatement();
        ResultSet row = statement.executeQuery("SELECT coalesce(max(seq), 0) FROM stories")) {
      maxSeq = row.next() ? row.getLong(1) : 0;
    }
    // One string per source name (read on the calling thread only).
    Map<String, String> sources = new HashMap<>();
    UnaryOperator<String> names = name -> sources.computeIfAbsent(name, n -> n);
    Set<String> aliasIds = new HashSet<>();
    try (Statement statement = db.createStatement();
        ResultSet row = statement.executeQuery("SELECT alias FROM aliases")) {
      while (row.next()) {
        aliasIds.add(row.getString(1));
      }
    }
    Optional<Loaded> restored = kept.usable() ? restore(names) : Optional.empty();
    Loaded loaded;
    if (restored.isPresent()) {
      loaded = restored.get();
      rebuilt = false;
      restores++;
    } else {
      loaded = rebuild(names);
      rebuilt = true;
    }
    upgradeFacts(loaded);
    this.index = loaded.index;
    this.aliases = aliasIds;
    this.rowOf = loaded.rows;
    this.storyOfRow = loaded.stories;
    this.stories = new StoredStories(db);
    this.nextSeq = maxSeq + 1;
  }

  /**
   * What loading read: the index and, by item, its row and story. A restored index holds its items
   * without their texts: their rows are kept by position, and an item read back is added to {@code
   * rows} when it is read (under the index's lock, one at a time).
   */
  private static final class Loaded {
    private final IdentityHashMap<NewsItem, Long> rows = new IdentityHashMap<>();
    private long[] unreadRows = new long[1024]; // by position in the index, if restored
    private int unread;
    private final RowStories stories = new RowStories();
    // Facts kept as JSON by an older version: their rows and facts, written again as bytes.
    private final List<Long> jsonRows = new ArrayList<>();
    private final List<Optional<ItemFacts>> jsonFacts = new ArrayList<>();
    private IncrementalIndex index;

    void add(StoredRows.Row row) {
      if (row.item() != null) {
        rows.put(row.item(), row.id());
      } else {
        if (unread == unreadRows.length) {
          unreadRows = Arrays.copyOf(unreadRows, 2 * unread);
        }
        unreadRows[unread++] = row.id();
      }
      stories.put(row.id(), row.storySeq());
      if (row.jsonFacts()) {
        jsonRows.add(row.id());
        jsonFacts.add(row.facts());
      }
    }

    /**
     * Reads back the restored items by position in the index, and remembers their rows (called by
     * the index one at a time).
     */
    ItemReader reader(StoredTexts texts) {
      return new ItemReader() {
        @Override
        public NewsItem read(int position) {
          long row = rowAt(position);
          NewsItem item = texts.item(row);
          rows.put(item, row);
          return item;
        }

        @Override
        public NewsItem[] readAll(int[] positions) {
          long[] wanted = new long[positions.length];
          for (int i = 0; i < positions.length; i++) {
            wanted[i] = rowAt(positions[i]);
          }
          NewsItem[] items = texts.items(wanted);
          for (int i = 0; i < items.length; i++) {
            rows.put(items[i], wanted[i]);
          }
          return items;
        }
      };
    }

    private long rowAt(int position) {
      if (position >= unread) {
        throw new IllegalStateException("no stored item at position " + position);
      }
      return unreadRows[position];
    }
  }

  /**
   * An index filled from what schema 3 keeps, walked while the rows are still being read, if all of
   * it is there and fits the items; else empty, and the caller reads the items again, verifies and
   * clusters them.
   */
  private Optional<Loaded> restore(UnaryOperator<String> names) throws SQLException {
    Loaded out = new Loaded();
    IncrementalIndex restored = new IncrementalIndex(pipeline);
    // The items' texts are not read: the index reads back the few a file touches.
    IncrementalIndex.Restoring walk = restored.restoring(out.reader(texts));
    long items = storedItems();
    walk.expect(items);
    out.stories.reserve(maxRow(), items);
    // Read first, decoded on another thread while the items are walked: a store whose kept
    // verdicts cannot be read (damaged) is then rebuilt, having read its rows in vain (rare).
    KeptIndex.StoredVerdicts stored = kept.readVerdicts();
    CompletableFuture<Optional<List<KeptPair>>> decoding =
        CompletableFuture.supplyAsync(stored::decode);
    RestoreWalk sink = new RestoreWalk(walk, out);
    new StoredRows(codec, false).read(db, names, sink);
    Optional<List<KeptPair>> verdicts = decoding.join();
    if (verdicts.isEmpty()) {
      return Optional.empty();
    }
    if (stored.json()) {
      kept.write(verdicts.get()); // kept as JSON by an older version: as bytes from now on
    }
    if (!sink.fits || sink.groups.size() == 0) {
      return Optional.empty();
    }
    try {
      walk.finish(sink.groups.toArray(), verdicts.get());
    } catch (IllegalStateException e) {
      return Optional.empty(); // kept state that does not fit: computed again, and rewritten
    }
    if (allBlocks) {
      restored.restoreAllBlocks();
    }
    restored.trackChanges();
    if (!sink.resigned.isEmpty()) {
      insertSignatures(
          sink.resignedRows.stream().mapToLong(Long::longValue).toArray(),
          sink.resigned.toArray(new ItemSigner.Signed[0]));
      signed += sink.resigned.size();
    }
    out.index = restored;
    return Optional.of(out);
  }

  /**
   * Walks the stored rows into a restoring index on the reader's walk thread, numbering the kept
   * stories; stops at the first row whose kept state does not fit (no story, or no facts when the
   * cross-language rule needs them). A missing or damaged signature is signed again here (rare) and
   * written back by the caller after the walk; the rest of the kept state still restores.
   */
  private final class RestoreWalk implements StoredRows.Sink {
    private final IncrementalIndex.Restoring walk;
    private final Loaded out;
    private final boolean cross = pipeline.options().crossLanguage();
    private final IntList groups = new IntList();
    private final List<Long> resignedRows = new ArrayList<>();
    private final List<ItemSigner.Signed> resigned = new ArrayList<>();
    private boolean fits = true;

    RestoreWalk(IncrementalIndex.Restoring walk, Loaded out) {
      this.walk = walk;
      this.out = out;
    }

    @Override
    public boolean accept(StoredRows.Row row) {
      // A story's seq is its group's number (any distinct int per story will do); a seq beyond an
      // int (none in practice) is recomputed like a row of no story.
      if (row.storySeq() < 0
          || row.storySeq() > Integer.MAX_VALUE
          || (cross && row.facts().isEmpty())) {
        fits = false; // recomputed by the caller
        return false;
      }
      // As the blob keeps the keys (term-pair keys as their terms): the walk keeps them so.
      SignedCodec.Compact signedRow = row.kept();
      if (signedRow == null) {
        ItemSigner.Signed signed = pipeline.signer().sign(texts.item(row.id()));
        resignedRows.add(row.id());
        resigned.add(signed);
        signedRow = SignedCodec.Compact.of(signed);
      }
      walk.addUnread(row.span(), row.date(), signedRow, row.facts().orElse(null));
      out.add(row);
      groups.add((int) row.storySeq());
      return true;
    }
  }

  /**
   * An index of every stored item added as one batch (verifying and clustering them all), with the
   * missing signatures signed again and what is kept written again whole, in the transaction under
   * way: for a store that keeps nothing usable (schema 1 or 2, a replaced file, another engine).
   */
  private Loaded rebuild(UnaryOperator<String> names) throws SQLException {
    Loaded out = new Loaded();
    List<NewsItem> items = new ArrayList<>();
    List<ItemSigner.Signed> signedKept = new ArrayList<>();
    List<Optional<ItemFacts>> factsKept = new ArrayList<>();
    new StoredRows(codec)
        .read(
            db,
            names,
            row -> {
              items.add(row.item());
              signedKept.add(row.signed());
              factsKept.add(row.facts());
              out.add(row);
              return true;
            });
    ItemSigner.Signed[] signatures = resign(items, signedKept, out.rows);
    IncrementalIndex loaded = new IncrementalIndex(pipeline);
    loaded.trackChanges();
    loaded.addSigned(items, signatures);
    kept.restart();
    kept.write(loaded.takeChangedPairs());
    // Missing facts, and stand-ins whose facts the index has now extracted (a store that held one
    // language until one of its files was replaced), are written again.
    long[] missing =
        IntStream.range(0, items.size())
            .filter(i -> rewriteFacts(factsKept.get(i), loaded.factsAt(i)))
            .mapToLong(i -> out.rows.get(items.get(i)))
            .toArray();
    List<Optional<ItemFacts>> facts = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (rewriteFacts(factsKept.get(i), loaded.factsAt(i))) {
        facts.add(loaded.factsAt(i));
      }
    }
    kept.writeFacts(missing, facts);
    out.index = loaded;
    return out;
  }

  private static boolean rewriteFacts(Optional<ItemFacts> kept, Optional<ItemFacts> now) {
    return kept.isEmpty()
        || (LanguageOnlyFacts.is(kept.get())
            && now.isPresent()
            && !LanguageOnlyFacts.is(now.get()));
  }

  /**
   * Writes again as bytes, in the transaction under way, the facts an older version kept as JSON
   * (read here all the same), so that the next open reads bytes only: a store upgrades itself on
   * its first ingest, with no migration.
   */
  private void upgradeFacts(Loaded loaded) throws SQLException {
    kept.writeFacts(
        loaded.jsonRows.stream().mapToLong(Long::longValue).toArray(), loaded.jsonFacts);
  }

  /** Stored items' facts that the index extracted now, to replace their kept stand-ins. */
  private record LateFacts(long[] rows, List<Optional<ItemFacts>> facts) {}

  /**
   * The facts the index extracted since the last call for stored items it held with their language
   * only (the store held one language until this file): written over their stand-ins, so that they
   * are extracted once.
   */
  private LateFacts lateFacts() {
    int[] late = index.takeExtractedFacts();
    long[] lateRows = new long[late.length];
    List<Optional<ItemFacts>> lateFacts = new ArrayList<>(late.length);
    for (int i = 0; i < late.length; i++) {
      lateRows[i] = rowOf(index.items().get(late[i]));
      lateFacts.add(index.factsAt(late[i]));
    }
    return new LateFacts(lateRows, lateFacts);
  }

  /**
   * The facts the index extracted for items {@code first} to {@code first + count - 1}, or their
   * stand-ins ({@link LanguageOnlyFacts}) while it holds one language.
   */
  private List<Optional<ItemFacts>> factsOf(int first, int count) {
    List<Optional<ItemFacts>> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(index.factsAt(first + i));
    }
    return out;
  }

  /**
   * The kept signatures, with the missing ones (a store of schema 1, a damaged blob, other options
   * or an older signer) signed again and written back, in the transaction under way.
   */
  private ItemSigner.Signed[] resign(
      List<NewsItem> items, List<ItemSigner.Signed> kept, IdentityHashMap<NewsItem, Long> rows)
      throws SQLException {
    ItemSigner.Signed[] out = kept.toArray(new ItemSigner.Signed[0]);
    List<Integer> missing = new ArrayList<>();
    for (int i = 0; i < out.length; i++) {
      if (out[i] == null) {
        missing.add(i);
      }
    }
    if (missing.isEmpty()) {
      return out;
    }
    List<NewsItem> toSign = new ArrayList<>(missing.size());
    long[] ids = new long[missing.size()];
    for (int m = 0; m < missing.size(); m++) {
      toSign.add(items.get(missing.get(m)));
      ids[m] = rows.get(items.get(missing.get(m)));
    }
    ItemSigner.Signed[] fresh = sign(toSign);
    insertSignatures(ids, fresh);
    for (int m = 0; m < missing.size(); m++) {
      out[missing.get(m)] = fresh[m];
    }
    return out;
  }

  /**
   * Signs items on all cores, as the index would, and puts each item's content id (what {@code
   * items.content_id} holds) in {@code contentIds}: the signature's, not hashed again.
   */
  private ItemSigner.Signed[] sign(List<NewsItem> items, String[] contentIds) {
    ItemSigner.Signed[] out = new ItemSigner.Signed[items.size()];
    IntStream.range(0, items.size())
        .parallel()
        .forEach(
            i -> {
              out[i] = pipeline.signer().sign(items.get(i));
              contentIds[i] = out[i].signature().contentId().value();
            });
    signed += items.size();
    return out;
  }

  /** Signs items on all cores, as the index would. */
  private ItemSigner.Signed[] sign(List<NewsItem> items) {
    return sign(items, new String[items.size()]);
  }

  /** Signature rows of re-signed items: their kept facts, if any, stay. */
  private void insertSignatures(long[] rows, ItemSigner.Signed[] signatures) throws SQLException {
    try (PreparedStatement upsert =
        db.prepareStatement(
            "INSERT INTO signatures(item_id, blob) VALUES (?, ?)"
                + " ON CONFLICT(item_id) DO UPDATE SET blob = excluded.blob")) {
      ChunkedBatch batch = new ChunkedBatch(upsert);
      for (int i = 0; i < rows.length; i++) {
        upsert.setLong(1, rows[i]);
        upsert.setBytes(2, codec.encode(signatures[i]));
        batch.add();
      }
      batch.finish();
    }
  }

  /** New items' signature rows, with their facts in the same statement (no update after). */
  private void insertSignatures(
      long[] rows, ItemSigner.CompactSigned[] signatures, List<Optional<ItemFacts>> facts)
      throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT OR REPLACE INTO signatures(item_id, blob, facts) VALUES (?, ?, ?)")) {
      ChunkedBatch batch = new ChunkedBatch(insert);
      for (int i = 0; i < rows.length; i++) {
        insert.setLong(1, rows[i]);
        insert.setBytes(2, codec.encode(signatures[i]));
        if (facts.get(i).isPresent()) {
          insert.setBytes(3, KeptCodec.encode(facts.get(i).get()));
        } else {
          insert.setNull(3, Types.BLOB);
        }
        batch.add();
      }
      batch.finish();
    }
  }

  /** The largest stored row id (a lookup of the last row). */
  private long maxRow() throws SQLException {
    try (Statement statement = db.createStatement();
        ResultSet max = statement.executeQuery("SELECT coalesce(max(id), 0) FROM items")) {
      return max.next() ? max.getLong(1) : 0;
    }
  }

  /** The number of stored items, from the sources' counts (no scan of the items). */
  private long storedItems() throws SQLException {
    try (Statement statement = db.createStatement();
        ResultSet row = statement.executeQuery("SELECT coalesce(sum(items), 0) FROM sources")) {
      return row.next() ? row.getLong(1) : 0;
    }
  }

  private void forget() {
    texts.close();
    verifiedBefore += index == null ? 0 : index.verifications();
    index = null;
    rowOf = null;
    storyOfRow = null;
    stories = null;
    aliases = null;
  }

  private long insertSource(String source, String checksum, long bytes, int items)
      throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO sources(name, checksum, bytes, items, ingested_at) VALUES (?, ?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, source);
      insert.setString(2, checksum);
      insert.setLong(3, bytes);
      insert.setInt(4, items);
      insert.setString(5, Instant.now().toString());
      insert.executeUpdate();
      return generatedKey(insert);
    }
  }

  /**
   * Ids for new items, after the largest stored one (what SQLite would choose: the transaction
   * holds the write lock), so that the rows go in batches with no id read back per row, and the
   * full-text rows can be written before the items.
   */
  private long[] nextRows(int count) throws SQLException {
    long last = maxRow();
    long[] rows = new long[count];
    for (int i = 0; i < count; i++) {
      rows[i] = last + 1 + i;
    }
    return rows;
  }

  /**
   * FTS5's in-memory table of a transaction's pending terms, in bytes (the default is 1 MiB). Each
   * time it fills, FTS5 writes it as a new segment, and segments are merged as they accumulate: a
   * file of 100k items made about 50 segments and their merges. 16 MiB holds a 10k file's terms
   * whole and a 100k file's in a few segments: about 0.8 times the full-text rows' CPU (A/B in
   * benchmarks/RESULTS.md, session 16); larger tables only moved the work into the commit. The
   * value is kept in the table's config (read by every connection that writes); searches find the
   * same rows whatever the segments.
   */
  static final int FTS_HASH_BYTES = 16 << 20;

  /**
   * How many segments of one level FTS5 lets pile up before it merges them into one of the next
   * level (its default is 4). With 4, each file's segments were merged with the older ones of their
   * level again and again: a 100k file into a 300k store rewrote ~9,000 pages of older segments
   * (half the full-text pages its commit wrote) and the merges were about a fifth of the full-text
   * rows' CPU. With 16 every term's postings are copied about half as many times; a search reads up
   * to 15 segments per level instead of 3, which at these sizes costs no measurable time
   * (benchmarks/RESULTS.md, session 19). Kept in the table's config like {@link #FTS_HASH_BYTES};
   * the segments change, never what a search finds.
   */
  static final int FTS_AUTOMERGE = 16;

  /** Sets {@link #FTS_HASH_BYTES} and {@link #FTS_AUTOMERGE} unless the store has them already. */
  private void ftsSettings() throws SQLException {
    ftsSetting("hashsize", FTS_HASH_BYTES);
    ftsSetting("automerge", FTS_AUTOMERGE);
  }

  private void ftsSetting(String name, int value) throws SQLException {
    try (PreparedStatement find =
        db.prepareStatement("SELECT v FROM items_fts_config WHERE k = ?")) {
      find.setString(1, name);
      try (ResultSet row = find.executeQuery()) {
        if (row.next() && row.getLong(1) == value) {
          return;
        }
      }
    }
    try (PreparedStatement set =
        db.prepareStatement("INSERT INTO items_fts(items_fts, rank) VALUES(?, ?)")) {
      set.setString(1, name);
      set.setInt(2, value);
      set.executeUpdate();
    }
  }

  /** The items' full-text rows, in chunks of batched rows. */
  private void insertText(long[] rows, List<NewsItem> items) throws SQLException {
    ftsSettings();
    try (PreparedStatement text =
        db.prepareStatement("INSERT INTO items_fts(rowid, title, body) VALUES (?, ?, ?)")) {
      ChunkedBatch batch = new ChunkedBatch(text);
      for (int i = 0; i < rows.length; i++) {
        text.setLong(1, rows[i]);
        text.setString(2, items.get(i).title());
        text.setString(3, items.get(i).body());
        batch.add();
      }
      batch.finish();
    }
    flushFullText();
  }

  /**
   * Writes FTS5's pending terms (up to {@link #FTS_HASH_BYTES} of them: a 10k file's whole, the
   * last part of a 100k file's) as a segment now, on the writer thread beside the index's add,
   * rather than in the commit on the ingesting thread, where FTS5 flushes what is left. FTS5
   * flushes when a savepoint opens; an empty one is released at once. The segments hold the same
   * postings either way: searches find the same rows.
   */
  private void flushFullText() throws SQLException {
    try (Statement statement = db.createStatement()) {
      statement.execute("SAVEPOINT full_text_flush");
      statement.execute("RELEASE full_text_flush");
    }
  }

  /** A file's new items, written once their stories are planned. */
  private record NewItems(
      long sourceId, long[] rows, List<NewsItem> items, String[] contentIds, ItemColumns json) {

    /** The position of a row among the new ones, or -1 for a stored item. */
    int indexOf(long row) {
      long offset = rows.length == 0 ? -1 : row - rows[0];
      return offset >= 0 && offset < rows.length ? (int) offset : -1;
    }
  }

  /**
   * Inserts the new items with their story and member position, so that no row is updated after (a
   * store that never names an item's story is read again from scratch on open, see {@link
   * #restore}; every new item is a member of a written story).
   */
  private void insertItems(NewItems fresh, long[] storySeqs, int[] memberIndex)
      throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO items(id, source_id, first_line, title_line, last_line, day, title,"
                + " paragraphs, labels, content_id, story_seq, member_index)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ChunkedBatch batch = new ChunkedBatch(insert);
      for (int i = 0; i < fresh.rows().length; i++) {
        NewsItem item = fresh.items().get(i);
        insert.setLong(1, fresh.rows()[i]);
        insert.setLong(2, fresh.sourceId());
        insert.setInt(3, item.span().firstLine());
        insert.setInt(4, item.span().titleLine());
        insert.setInt(5, item.span().lastLine());
        setDay(insert, 6, Codec.day(item.date()));
        insert.setString(7, item.title());
        insert.setString(8, fresh.json().paragraphs(i));
        if (fresh.json().labels(i) == null) {
          insert.setNull(9, Types.VARCHAR);
        } else {
          insert.setString(9, fresh.json().labels(i));
        }
        insert.setString(10, fresh.contentIds()[i]);
        if (storySeqs[i] < 0) {
          insert.setNull(11, Types.INTEGER);
          insert.setNull(12, Types.INTEGER);
        } else {
          insert.setLong(11, storySeqs[i]);
          insert.setInt(12, memberIndex[i]);
        }
        batch.add();
      }
      batch.finish();
    }
  }

  private void insertDiagnostics(long sourceId, List<Diagnostic> diagnostics) throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO diagnostics(source_id, line, col, severity, code, message)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      ChunkedBatch batch = new ChunkedBatch(insert);
      for (Diagnostic d : diagnostics) {
        insert.setLong(1, sourceId);
        insert.setInt(2, d.line());
        insert.setInt(3, d.column());
        insert.setString(4, d.severity().name());
        insert.setString(5, d.code().name());
        insert.setString(6, d.message());
        batch.add();
      }
      batch.finish();
    }
  }

  /**
   * New ids: the founding story's content id, with a suffix if a stored id or alias has it.
   *
   * @param stored which of the changed stories' content ids a stored story has ({@link
   *     #readStories}); a suffixed id is looked up alone
   */
  private Function<MergedStory, String> freshIds(Set<String> stored) {
    Set<String> taken = new HashSet<>();
    return story -> {
      String base = storyIds.of(story);
      for (int n = 1; ; n++) {
        String id = n == 1 ? base : base + "-" + n;
        if (!storedId(id, n == 1, stored) && !aliases.contains(id) && taken.add(id)) {
          return id;
        }
      }
    };
  }

  private boolean storedId(String id, boolean base, Set<String> stored) {
    if (base) {
      return stored.contains(id);
    }
    try {
      return !stories.taken(List.of(id)).isEmpty();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the stored story ids", e);
    }
  }

  private void apply(StoryIds.Plan plan, NewItems fresh) throws SQLException {
    // Each written story's seq first (a fresh story takes the next one, in the plan's order): the
    // new items' rows name their story by it.
    freshSeq.clear();
    long[] seqOfWritten = new long[plan.written().size()];
    long seq = nextSeq;
    for (int s = 0; s < seqOfWritten.length; s++) {
      StoryIds.Assigned a = plan.written().get(s);
      if (a.fresh()) {
        seqOfWritten[s] = seq++;
        freshSeq.put(a.storyId(), seqOfWritten[s]);
      } else {
        seqOfWritten[s] = storedSeq(a.storyId());
      }
    }
    long[] storyOfNew = new long[fresh.rows().length];
    Arrays.fill(storyOfNew, -1);
    int[] indexOfNew = new int[fresh.rows().length];
    for (int s = 0; s < seqOfWritten.length; s++) {
      StoryIds.Assigned a = plan.written().get(s);
      for (int i = 0; i < a.rows().length; i++) {
        int n = fresh.indexOf(a.rows()[i]);
        if (n >= 0) {
          storyOfNew[n] = seqOfWritten[s];
          indexOfNew[n] = i;
        }
      }
    }
    // The new items' rows need only their stories: a second thread writes them while this one
    // encodes the stories' JSON columns (CPU only, no SQL until the writer is awaited).
    StoryColumns[] columns;
    try (BackgroundWriter items = new BackgroundWriter()) {
      items.start("items' rows", () -> insertItems(fresh, storyOfNew, indexOfNew));
      columns = StoryColumns.encode(plan.written());
      items.await();
    }
    clock.lap("items+story json");
    try (PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO stories(story_id, seq, kind, day, content_id, merged, field_sources,"
                    + " title_variants, members) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement update =
            db.prepareStatement(
                "UPDATE stories SET kind = ?, day = ?, content_id = ?, merged = ?,"
                    + " field_sources = ?, title_variants = ?, members = ? WHERE story_id = ?");
        // A stored member whose story and position did not change is not written: most members
        // of a story that a file's copies join keep both, and rewriting them dirtied a page of
        // items and of its story index for each (the WAL and the checkpoint write each page).
        PreparedStatement member =
            db.prepareStatement(
                "UPDATE items SET story_seq = ?1, member_index = ?2 WHERE id = ?3"
                    + " AND (story_seq IS NOT ?1 OR member_index IS NOT ?2)")) {
      LinkRows links = new LinkRows(db);
      for (int s = 0; s < columns.length; s++) {
        StoryIds.Assigned a = plan.written().get(s);
        MergedStory story = a.story();
        long storySeq = seqOfWritten[s];
        if (a.fresh()) {
          insert.setString(1, a.storyId());
          insert.setLong(2, storySeq);
          setStory(insert, 3, story, storyIds.of(story), columns[s]);
          insert.addBatch();
        } else {
          setStory(update, 1, story, storyIds.of(story), columns[s]);
          update.setString(8, a.storyId());
          update.addBatch();
        }
        links.add(storySeq, !a.fresh(), story.links(), columns[s].evidence());
        for (int i = 0; i < a.rows().length; i++) {
          if (fresh.indexOf(a.rows()[i]) >= 0) {
            continue; // a new item, written above with its story
          }
          member.setLong(1, storySeq);
          member.setInt(2, i);
          member.setLong(3, a.rows()[i]);
          member.addBatch();
        }
      }
      clock.lap("story rows built");
      update.executeBatch();
      insert.executeBatch();
      clock.lap("stories sql");
      links.write();
      clock.lap("links");
      member.executeBatch();
      clock.lap("members");
    }
    for (Map.Entry<String, String> alias : plan.aliases().entrySet()) {
      dropStory(alias.getKey());
      run("UPDATE aliases SET story_id = ? WHERE story_id = ?", alias.getValue(), alias.getKey());
      run(
          "INSERT OR REPLACE INTO aliases(alias, story_id) VALUES (?, ?)",
          alias.getKey(),
          alias.getValue());
    }
    for (String removed : plan.removed()) {
      dropStory(removed);
      run("DELETE FROM aliases WHERE story_id = ?", removed);
    }
  }

  private static void setStory(
      PreparedStatement statement,
      int first,
      MergedStory story,
      String contentId,
      StoryColumns json)
      throws SQLException {
    NewsItem merged = story.merged();
    statement.setString(first, story.kind().name());
    setDay(statement, first + 1, Codec.day(merged.date()));
    statement.setString(first + 2, contentId);
    statement.setString(first + 3, json.merged());
    statement.setString(first + 4, json.fieldSources());
    statement.setString(first + 5, json.titleVariants());
    statement.setInt(first + 6, story.members().size());
  }

  /** A stored story's seq: the plan's stored ids are those its members' rows named. */
  private long storedSeq(String storyId) {
    return stories.ofId(storyId).seq();
  }

  private void dropStory(String storyId) throws SQLException {
    try (PreparedStatement links = db.prepareStatement("DELETE FROM links WHERE story_seq = ?")) {
      links.setLong(1, storedSeq(storyId));
      links.executeUpdate();
    }
    run("DELETE FROM stories WHERE story_id = ?", storyId);
  }

  private void run(String sql, String... values) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setString(i + 1, values[i]);
      }
      statement.executeUpdate();
    }
  }

  /** Brings the in-memory state to what was just committed. */
  private void remember(StoryIds.Plan plan) {
    for (StoryIds.Assigned a : plan.written()) {
      long seq = a.fresh() ? freshSeq.get(a.storyId()) : storedSeq(a.storyId());
      stories.put(new StoredStories.Story(a.storyId(), seq, a.rows().length));
      for (long row : a.rows()) {
        storyOfRow.put(row, seq);
      }
    }
    nextSeq += freshSeq.size();
    for (String gone : plan.aliases().keySet()) {
      aliases.add(gone);
      stories.remove(gone);
    }
    for (String gone : plan.removed()) {
      stories.remove(gone);
    }
  }

  private void rollbackQuietly() {
    try {
      db.rollback();
    } catch (SQLException e) {
      // the failure that made us roll back is the one to report
    }
  }

  private static void setDay(PreparedStatement statement, int index, Long day) throws SQLException {
    if (day == null) {
      statement.setNull(index, Types.INTEGER);
    } else {
      statement.setLong(index, day);
    }
  }

  private static long generatedKey(PreparedStatement statement) throws SQLException {
    try (ResultSet keys = statement.getGeneratedKeys()) {
      if (!keys.next()) {
        throw new SQLException("no row id returned");
      }
      return keys.getLong(1);
    }
  }
}
