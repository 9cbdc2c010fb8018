package org.bulletins.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.bulletins.model.ClusterKind;
import org.bulletins.model.ContentId;
import org.bulletins.model.Diagnostic;
import org.bulletins.model.DiagnosticCode;
import org.bulletins.model.ItemField;
import org.bulletins.model.MatchLink;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;
import org.bulletins.model.Severity;
import org.bulletins.store.StoredItem;
import org.bulletins.store.StoredStory;
import org.bulletins.store.StoryPage;
import org.bulletins.store.StoryQuery;

/** The read side of the store: stories by date range and full text, items, id lookups. */
public final class Queries {

  /** Stories read at once by {@code forEachStory}: a few megabytes of decoded stories. */
  public static final int STORY_CHUNK = 1_000;

  // The columns of a story row that story(...) reads.
  private static final String STORY_COLUMNS =
      "story_id, seq, kind, content_id, merged, field_sources, title_variants";

  // Newest first, undated last, then in order of creation.
  private static final String ORDER = " ORDER BY day IS NULL, day DESC, seq";

  private static final Comparator<MatchLink> BY_MEMBERS =
      Comparator.comparingInt(MatchLink::left).thenComparingInt(MatchLink::right);

  private final Connection db;

  /**
   * Queries on an open connection.
   *
   * @param db the connection
   */
  public Queries(Connection db) {
    this.db = db;
  }

  /**
   * The stories a query selects, newest first, undated last, then in order of creation.
   *
   * @param query the conditions
   * @return the stories
   * @throws SQLException if SQLite fails
   */
  public List<StoredStory> stories(StoryQuery query) throws SQLException {
    return select(query, Optional.empty());
  }

  /**
   * Hands the stories a query selects to a consumer in the order of {@link #stories}, read in one
   * snapshot a chunk at a time on a second thread: what is held at once is a few chunks' stories
   * (and the cursor over the selected stories' row ids), whatever the store's size.
   *
   * @param query the conditions, limit and offset
   * @param consumer the consumer, called on this thread (the reading runs on another)
   * @param chunk the stories read at once, at least 1
   * @throws SQLException if SQLite fails
   */
  public void forEachStory(StoryQuery query, Consumer<? super StoredStory> consumer, int chunk)
      throws SQLException {
    if (chunk < 1) {
      throw new IllegalArgumentException("chunk must be at least 1: " + chunk);
    }
    // The stories are read and decoded on a second thread while the consumer has the chunk
    // before (ChunksAhead); the cursor stays open while each chunk's stories are read beside it:
    // SQLite steps several statements of one connection in the same snapshot.
    ChunksAhead.<StoredStory>forEach(
        chunks ->
            inSnapshot(
                () -> {
                  boolean bySeq = itemsBySeq();
                  Picked picked = new Picked();
                  forEachPicked(
                      Condition.of(query, Optional.empty(), bySeq),
                      query,
                      (row, seq, id) -> {
                        picked.add(row, seq, id);
                        if (picked.size() == chunk) {
                          chunks.put(read(picked, bySeq));
                          picked.clear();
                        }
                      });
                  chunks.put(read(picked, bySeq));
                  return null;
                }),
        consumer);
  }

  /**
   * One story by its current id.
   *
   * @param storyId the id (not an alias)
   * @return the story, if a story has that id
   * @throws SQLException if SQLite fails
   */
  public Optional<StoredStory> story(String storyId) throws SQLException {
    return select(StoryQuery.all(), Optional.of(storyId)).stream().findFirst();
  }

  /**
   * Reads the selected stories with their members and links in three queries, whatever their
   * number: the stories, then the members of all of them, then their links, each sorted by story id
   * and grouped here. (One query per story made a search for a common word cost seconds.)
   */
  private List<StoredStory> select(StoryQuery query, Optional<String> storyId) throws SQLException {
    return inSnapshot(() -> selectInSnapshot(query, storyId));
  }

  /**
   * A page of the selected stories and how many are selected in all, in one snapshot.
   *
   * @param query the conditions, limit and offset
   * @return the page and the total
   * @throws SQLException if SQLite fails
   */
  public StoryPage page(StoryQuery query) throws SQLException {
    return inSnapshot(
        () -> {
          List<StoredStory> stories = selectInSnapshot(query, Optional.empty());
          return new StoryPage(stories, query.paged() ? count(query) : stories.size());
        });
  }

  /** A read. */
  @FunctionalInterface
  private interface Read<T> {
    T run() throws SQLException;
  }

  private <T> T inSnapshot(Read<T> read) throws SQLException {
    // One read transaction (a savepoint also works on a read-only connection): the queries see
    // one snapshot even while an ingest commits.
    try (Statement statement = db.createStatement()) {
      statement.execute("SAVEPOINT listing");
    }
    try {
      return read.run();
    } finally {
      try (Statement statement = db.createStatement()) {
        statement.execute("RELEASE listing");
      }
    }
  }

  private List<StoredStory> selectInSnapshot(StoryQuery query, Optional<String> storyId)
      throws SQLException {
    boolean bySeq = itemsBySeq();
    Condition condition = Condition.of(query, storyId, bySeq);
    if (query.paged() || query.search().isPresent()) {
      Picked picked = new Picked();
      forEachPicked(condition, query, picked::add);
      return read(picked, bySeq);
    }
    boolean everything = condition.values().isEmpty();
    // The members and links of the same stories: the same conditions as a subquery, or none.
    String picked =
        everything
            ? ""
            : " WHERE story_id IN (SELECT story_id FROM stories" + condition.where() + ")";
    String membersWhere;
    if (bySeq) {
      membersWhere =
          everything
              ? " WHERE i.story_seq IS NOT NULL"
              : " WHERE i.story_seq IN (SELECT seq FROM stories" + condition.where() + ")";
    } else {
      membersWhere =
          picked.replace(" WHERE story_id IN", " WHERE i.story_id IN")
              + (everything ? " WHERE i.story_id IS NOT NULL" : "");
    }
    Map<Object, List<NewsItem>> members = members(membersWhere, condition.values(), bySeq);
    Map<Object, List<MatchLink>> links = links(picked, condition.values());
    List<StoredStory> out = new ArrayList<>();
    try (PreparedStatement select =
        db.prepareStatement(
            "SELECT " + STORY_COLUMNS + " FROM stories" + condition.where() + ORDER)) {
      bind(select, condition.values());
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          out.add(story(row, members, links, bySeq));
        }
      }
    }
    return out;
  }

  /**
   * How many stories a query selects, whatever its page.
   *
   * @param query the conditions (its limit and offset are not used)
   * @return the count
   * @throws SQLException if SQLite fails
   */
  public long count(StoryQuery query) throws SQLException {
    // In one snapshot with the schema's version: a migration committed in between would leave the
    // statement naming a column that is gone.
    return inSnapshot(
        () -> {
          Condition condition = Condition.of(query, Optional.empty(), itemsBySeq());
          try (PreparedStatement select =
              db.prepareStatement("SELECT count(*) FROM stories" + condition.where())) {
            bind(select, condition.values());
            try (ResultSet row = select.executeQuery()) {
              return row.next() ? row.getLong(1) : 0L;
            }
          }
        });
  }

  /** The row id, seq and story id of each story picked by a query, in the query's order. */
  private static final class Picked {
    final List<Long> rows = new ArrayList<>();
    final List<Long> seqs = new ArrayList<>();
    final List<String> ids = new ArrayList<>();

    void add(long row, long seq, String id) {
      rows.add(row);
      seqs.add(seq);
      ids.add(id);
    }

    int size() {
      return rows.size();
    }

    void clear() {
      rows.clear();
      seqs.clear();
      ids.clear();
    }
  }

  /** A step given a picked story's row id, seq and id, which may read the database. */
  @FunctionalInterface
  private interface PickedConsumer {
    void accept(long row, long seq, String id) throws SQLException;
  }

  /**
   * The selected stories in their order, the page only, as they are read: the conditions (and the
   * full-text match) are evaluated once, and nothing is decoded.
   */
  private void forEachPicked(Condition condition, StoryQuery query, PickedConsumer consumer)
      throws SQLException {
    List<Object> values = new ArrayList<>(condition.values());
    values.add(query.limit().isPresent() ? query.limit().getAsInt() : -1); // -1: no limit
    values.add(query.offset());
    try (PreparedStatement select =
        db.prepareStatement(
            "SELECT rowid, seq, story_id FROM stories"
                + condition.where()
                + ORDER
                + " LIMIT ? OFFSET ?")) {
      bind(select, values);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          consumer.accept(row.getLong(1), row.getLong(2), row.getString(3));
        }
      }
    }
  }

  /**
   * The picked stories in their order, with their members and links: each story's row by its row
   * id, its members and links by its seq, or by its id where the store's version names the story so
   * (the lists go in as JSON arrays, {@code json_each}: no statement per story, no temporary table,
   * which a read-only connection could not create).
   */
  private List<StoredStory> read(Picked picked, boolean itemsBySeq) throws SQLException {
    if (picked.size() == 0) {
      return List.of();
    }
    String inList = " IN (SELECT value FROM json_each(?))";
    List<Object> seqs = List.of(Codec.write(picked.seqs));
    List<Object> ids = List.of(Codec.write(picked.ids));
    Map<Object, List<NewsItem>> members =
        itemsBySeq
            ? members(" WHERE i.story_seq" + inList, seqs, true)
            : members(" WHERE i.story_id" + inList, ids, false);
    // Read in the snapshot: a writer may migrate a version 4 store while this connection reads.
    Map<Object, List<MatchLink>> links =
        Schema.linksBySeq(Schema.version(db))
            ? linksWhere(" WHERE story_seq" + inList, seqs, true)
            : linksWhere(" WHERE story_id" + inList, ids, false);
    Map<Long, StoredStory> byRow = new HashMap<>();
    try (PreparedStatement select =
        db.prepareStatement(
            "SELECT rowid, " + STORY_COLUMNS + " FROM stories WHERE rowid" + inList)) {
      bind(select, List.of(Codec.write(picked.rows)));
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          byRow.put(row.getLong("rowid"), story(row, members, links, itemsBySeq));
        }
      }
    }
    List<StoredStory> out = new ArrayList<>(picked.size());
    for (Long row : picked.rows) {
      StoredStory story = byRow.get(row);
      if (story != null) {
        out.add(story);
      }
    }
    return out;
  }

  /**
   * The members of the selected stories by their story: by {@code seq} (a Long) from schema 6, by
   * story id (a String) before it ({@link #membersOf}), each story's in member order.
   */
  private Map<Object, List<NewsItem>> members(String where, List<Object> values, boolean bySeq)
      throws SQLException {
    Map<Object, List<NewsItem>> members = new HashMap<>();
    String sql =
        bySeq
            ? Rows.ITEM_SELECT + where + " ORDER BY i.story_seq, i.member_index"
            : Rows.itemsWithStoryIds(5) // the last version whose items name their story by id
                + where
                + " ORDER BY i.story_id, i.member_index";
    try (PreparedStatement select = db.prepareStatement(sql)) {
      bind(select, values);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          Object story = bySeq ? (Object) row.getLong("story_seq") : row.getString("story_id");
          members.computeIfAbsent(story, k -> new ArrayList<>()).add(Rows.item(row));
        }
      }
    }
    return members;
  }

  /** A story's members from {@link #members}, keyed as it keys them. */
  private static List<NewsItem> membersOf(
      ResultSet row, Map<Object, List<NewsItem>> members, boolean bySeq) throws SQLException {
    Object story = bySeq ? (Object) row.getLong("seq") : row.getString("story_id");
    return members.getOrDefault(story, List.of());
  }

  /** Whether the store's items name their story by seq (schema 6), read in the snapshot. */
  private boolean itemsBySeq() throws SQLException {
    return Schema.itemsBySeq(Schema.version(db));
  }

  /**
   * The links of the selected stories by their story: by {@code seq} (a Long) from schema 5, by
   * story id (a String) before it ({@link #linksOf}). Version 5's rows are read in the order of the
   * table (no join, no index) and each story's sorted by its members, the order of the former
   * ordinal.
   */
  private Map<Object, List<MatchLink>> links(String where, List<Object> values)
      throws SQLException {
    // Read in the snapshot: a writer may migrate a version 4 store while this connection reads.
    boolean bySeq = Schema.linksBySeq(Schema.version(db));
    String linksWhere =
        bySeq && !where.isEmpty()
            ? " WHERE story_seq IN (SELECT seq FROM stories" + where + ")"
            : where;
    return linksWhere(linksWhere, values, bySeq);
  }

  /**
   * {@link #links} with the condition on {@code links} itself: on {@code story_seq} where the links
   * name their story by seq, else on {@code story_id}.
   */
  private Map<Object, List<MatchLink>> linksWhere(String where, List<Object> values, boolean bySeq)
      throws SQLException {
    Map<Object, List<MatchLink>> links = new HashMap<>();
    String sql =
        bySeq
            ? "SELECT story_seq, left_member, right_member, evidence FROM links" + where
            : "SELECT story_id, left_member, right_member, evidence FROM links"
                + where
                + " ORDER BY story_id, ordinal";
    try (PreparedStatement select = db.prepareStatement(sql)) {
      bind(select, values);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          Object story = bySeq ? (Object) row.getLong(1) : row.getString(1);
          links
              .computeIfAbsent(story, k -> new ArrayList<>())
              .add(new MatchLink(row.getInt(2), row.getInt(3), Codec.evidence(row.getString(4))));
        }
      }
    }
    if (bySeq) {
      for (List<MatchLink> story : links.values()) {
        story.sort(BY_MEMBERS);
      }
    }
    return links;
  }

  /** A story's links from {@link #links}: by its seq, or by its id before schema 5. */
  private static List<MatchLink> linksOf(ResultSet row, Map<Object, List<MatchLink>> links)
      throws SQLException {
    List<MatchLink> bySeq = links.get(row.getLong("seq"));
    return bySeq != null ? bySeq : links.getOrDefault(row.getString("story_id"), List.of());
  }

  private static StoredStory story(
      ResultSet row,
      Map<Object, List<NewsItem>> members,
      Map<Object, List<MatchLink>> links,
      boolean bySeq)
      throws SQLException {
    String id = row.getString("story_id");
    List<NewsItem> items = membersOf(row, members, bySeq);
    Map<ItemField, Integer> fieldSources =
        DerivedColumns.fieldSources(row.getString("field_sources"));
    MergedStory story =
        new MergedStory(
            ClusterKind.valueOf(row.getString("kind")),
            DerivedColumns.merged(row.getString("merged"), items, fieldSources),
            items,
            fieldSources,
            DerivedColumns.titleVariants(row.getString("title_variants"), items),
            linksOf(row, links));
    return new StoredStory(id, story, contentId(row.getString("content_id"), story));
  }

  /**
   * The story's content id as stored ({@code story.computeId()}, written with the story), or
   * computed again should the column be damaged.
   */
  private static ContentId contentId(String stored, MergedStory story) {
    try {
      return new ContentId(stored);
    } catch (IllegalArgumentException e) {
      return story.computeId();
    }
  }

  /** A query's WHERE clause on {@code stories} and the values it binds. */
  private record Condition(String where, List<Object> values) {

    static Condition of(StoryQuery query, Optional<String> storyId, boolean bySeq) {
      StringBuilder where = new StringBuilder(" WHERE 1");
      List<Object> values = new ArrayList<>();
      if (storyId.isPresent()) {
        where.append(" AND story_id = ?");
        values.add(storyId.get());
      }
      query.since().ifPresent(d -> values.add(d.toEpochDay()));
      if (query.since().isPresent()) {
        where.append(" AND day >= ?");
      }
      query.until().ifPresent(d -> values.add(d.toEpochDay()));
      if (query.until().isPresent()) {
        where.append(" AND day <= ?");
      }
      if (query.search().isPresent()) {
        where.append(
            bySeq
                ? " AND seq IN (SELECT story_seq FROM items WHERE id IN"
                    + " (SELECT rowid FROM items_fts WHERE items_fts MATCH ?))"
                : " AND story_id IN (SELECT story_id FROM items WHERE id IN"
                    + " (SELECT rowid FROM items_fts WHERE items_fts MATCH ?))");
        values.add(matchExpression(query.search().get()));
      }
      return new Condition(where.toString(), values);
    }
  }

  private static void bind(PreparedStatement statement, List<Object> values) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      statement.setObject(i + 1, values.get(i));
    }
  }

  /**
   * The story an id or an alias names.
   *
   * @param id a story id or an alias
   * @return the id the story has now, if any story has that id or alias
   * @throws SQLException if SQLite fails
   */
  public Optional<String> resolve(String id) throws SQLException {
    for (String sql :
        List.of(
            "SELECT story_id FROM stories WHERE story_id = ?",
            "SELECT story_id FROM aliases WHERE alias = ?")) {
      try (PreparedStatement select = db.prepareStatement(sql)) {
        select.setString(1, id);
        try (ResultSet row = select.executeQuery()) {
          if (row.next()) {
            return Optional.of(row.getString(1));
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Hands every item with its story id to a consumer, in the order they were added.
   *
   * @param consumer the consumer
   * @throws SQLException if SQLite fails
   */
  public void forEachItem(Consumer<StoredItem> consumer) throws SQLException {
    // The version and the items in one snapshot (see count).
    inSnapshot(
        () -> {
          try (PreparedStatement select =
                  db.prepareStatement(
                      Rows.itemsWithStoryIds(Schema.version(db)) + " ORDER BY i.id");
              ResultSet row = select.executeQuery()) {
            while (row.next()) {
              consumer.accept(new StoredItem(Rows.item(row), row.getString("story_id")));
            }
          }
          return null;
        });
  }

  /**
   * The names of the stored files, in the order they were first ingested.
   *
   * @return the names
   * @throws SQLException if SQLite fails
   */
  public List<String> sources() throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement select = db.prepareStatement("SELECT name FROM sources ORDER BY id");
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        out.add(row.getString(1));
      }
    }
    return out;
  }

  /**
   * Hands every stored diagnostic to a consumer, file by file in the order of ingestion.
   *
   * @param consumer the consumer
   * @throws SQLException if SQLite fails
   */
  public void forEachDiagnostic(Consumer<Diagnostic> consumer) throws SQLException {
    try (PreparedStatement select =
            db.prepareStatement(
                "SELECT d.severity, d.code, d.message, s.name, d.line, d.col FROM diagnostics d"
                    + " JOIN sources s ON s.id = d.source_id ORDER BY d.source_id, d.rowid");
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        consumer.accept(
            new Diagnostic(
                Severity.valueOf(row.getString(1)),
                DiagnosticCode.valueOf(row.getString(2)),
                row.getString(3),
                row.getString(4),
                row.getInt(5),
                row.getInt(6)));
      }
    }
  }

  /**
   * A count.
   *
   * @param table sources, items or stories
   * @return the number of rows
   * @throws SQLException if SQLite fails
   */
  public long count(String table) throws SQLException {
    if (!List.of("sources", "items", "stories", "aliases").contains(table)) {
      throw new IllegalArgumentException("no table " + table);
    }
    try (PreparedStatement select = db.prepareStatement("SELECT count(*) FROM " + table);
        ResultSet row = select.executeQuery()) {
      return row.next() ? row.getLong(1) : 0;
    }
  }

  /**
   * The FTS5 expression that finds every word of a text: each word quoted (quotes doubled), so that
   * nothing the user types is read as an operator.
   *
   * @param text the words
   * @return the expression
   */
  static String matchExpression(String text) {
    StringBuilder out = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append('"').append(word.replace("\"", "\"\"")).append('"');
    }
    return out.toString();
  }
}
