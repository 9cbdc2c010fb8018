package org.bulletins.store.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store's schema and its migrations. The version is SQLite's {@code PRAGMA user_version}; a
 * bulletins store also sets {@code PRAGMA application_id} to {@link #APPLICATION_ID}, so that
 * another program's database is told apart from an empty one. docs/STORE.md describes every table.
 */
public final class Schema {

  /** The schema this code writes and reads. */
  public static final int VERSION = 6;

  /** "BULS" in ASCII: marks a bulletins store. */
  public static final int APPLICATION_ID = 0x42554c53;

  /** Version 1: sources, items, full-text index, stories, links, aliases, diagnostics. */
  private static final List<String> V1 =
      List.of(
          """
          CREATE TABLE sources(
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            checksum TEXT NOT NULL,
            bytes INTEGER NOT NULL,
            items INTEGER NOT NULL,
            ingested_at TEXT NOT NULL)""",
          """
          CREATE TABLE items(
            id INTEGER PRIMARY KEY,
            source_id INTEGER NOT NULL,
            first_line INTEGER NOT NULL,
            title_line INTEGER NOT NULL,
            last_line INTEGER NOT NULL,
            day INTEGER,
            title TEXT NOT NULL,
            paragraphs TEXT NOT NULL,
            labels TEXT,
            content_id TEXT NOT NULL,
            story_id TEXT,
            member_index INTEGER)""",
          "CREATE INDEX items_by_source ON items(source_id)",
          "CREATE INDEX items_by_story ON items(story_id, member_index)",
          "CREATE INDEX items_by_content ON items(content_id)",
          """
          CREATE VIRTUAL TABLE items_fts USING fts5(
            title, body, content='', contentless_delete=1,
            tokenize='unicode61 remove_diacritics 2')""",
          """
          CREATE TABLE stories(
            story_id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            day INTEGER,
            content_id TEXT NOT NULL,
            merged TEXT NOT NULL,
            field_sources TEXT NOT NULL,
            title_variants TEXT NOT NULL,
            members INTEGER NOT NULL)""",
          "CREATE INDEX stories_by_day ON stories(day)",
          """
          CREATE TABLE links(
            story_id TEXT NOT NULL,
            ordinal INTEGER NOT NULL,
            left_member INTEGER NOT NULL,
            right_member INTEGER NOT NULL,
            rule TEXT NOT NULL,
            same_story INTEGER NOT NULL,
            strength REAL NOT NULL,
            evidence TEXT NOT NULL,
            PRIMARY KEY(story_id, ordinal)) WITHOUT ROWID""",
          """
          CREATE TABLE aliases(
            alias TEXT PRIMARY KEY,
            story_id TEXT NOT NULL) WITHOUT ROWID""",
          "CREATE INDEX aliases_by_story ON aliases(story_id)",
          """
          CREATE TABLE diagnostics(
            source_id INTEGER NOT NULL,
            line INTEGER NOT NULL,
            col INTEGER NOT NULL,
            severity TEXT NOT NULL,
            code TEXT NOT NULL,
            message TEXT NOT NULL)""",
          "CREATE INDEX diagnostics_by_source ON diagnostics(source_id)");

  /**
   * Version 2: each item's dedup signature and blocking keys, so that opening a store signs nothing
   * again. A store of version 1 gets the table empty; its items are signed once, on the first
   * ingest after the migration, and their blobs written then.
   */
  private static final List<String> V2 =
      List.of(
          """
          CREATE TABLE signatures(
            item_id INTEGER PRIMARY KEY,
            blob BLOB NOT NULL)""");

  /**
   * Version 3: what opening needs besides the signatures, so that it verifies and clusters nothing
   * again: each item's cross-language facts, the same-story verdicts between units, and a row that
   * says under which engine they were made. The groups are the stored stories. A store of version 1
   * or 2 gets the tables empty and no such row: its first ingest computes them once, as before.
   */
  private static final List<String> V3 =
      List.of(
          "ALTER TABLE signatures ADD COLUMN facts TEXT",
          """
          CREATE TABLE verdicts(
            left_key INTEGER NOT NULL,
            right_key INTEGER NOT NULL,
            evidence TEXT NOT NULL,
            PRIMARY KEY(left_key, right_key)) WITHOUT ROWID""",
          """
          CREATE TABLE index_state(
            name TEXT PRIMARY KEY,
            value TEXT NOT NULL) WITHOUT ROWID""");

  /**
   * Version 4: a story row may leave {@code merged}, {@code field_sources} and {@code
   * title_variants} empty when the story's members give them back ({@link DerivedColumns}). Rows of
   * a version 3 store keep their JSON, which is still read; code of version 3 would read an empty
   * column as damaged, so the version says that it cannot read these stores. The index of items by
   * content id goes: no statement used it, and every file's items, on random content ids, rewrote
   * most of its pages. From this version a story's item rows and their {@code member_index} are the
   * source of those empty columns: a later migration or repair that changes item rows (their text,
   * labels or positions) must first write the columns of the stories they belong to back as JSON,
   * or the stories change with them.
   */
  private static final List<String> V4 = List.of("DROP INDEX IF EXISTS items_by_content");

  /**
   * Version 5: the two tables that every file wrote all over grow at their end instead. {@code
   * links} becomes a rowid table (new rows append) whose story is its {@code seq} in place of its
   * id, with a unique index on {@code (story_seq, left_member, right_member)}, which replaces the
   * ordinal (a story's links are sorted by their two members, see {@code StoryMerger}): a story
   * that members join keeps the rows of the links it had, and only its new links are written, at
   * the table's end; only the index, a tenth of the table's size, takes the stories' order. {@code
   * verdicts} becomes a rowid table (new verdicts append) with a unique index on the content keys,
   * whose entries are likewise a tenth of a row's size. Both are copied in the migration's
   * transaction; links whose story row is missing (none in a consistent store) are not copied.
   */
  private static final List<String> V5 =
      List.of(
          """
          CREATE TABLE links_v5(
            story_seq INTEGER NOT NULL,
            left_member INTEGER NOT NULL,
            right_member INTEGER NOT NULL,
            rule TEXT NOT NULL,
            same_story INTEGER NOT NULL,
            strength REAL NOT NULL,
            evidence TEXT NOT NULL)""",
          """
          INSERT INTO links_v5
            SELECT s.seq, l.left_member, l.right_member, l.rule, l.same_story, l.strength,
                   l.evidence
            FROM links l JOIN stories s ON s.story_id = l.story_id
            ORDER BY s.seq, l.ordinal""",
          "DROP TABLE links",
          "ALTER TABLE links_v5 RENAME TO links",
          "CREATE UNIQUE INDEX links_by_story ON links(story_seq, left_member, right_member)",
          """
          CREATE TABLE verdicts_v5(
            left_key INTEGER NOT NULL,
            right_key INTEGER NOT NULL,
            evidence BLOB NOT NULL)""",
          """
          INSERT INTO verdicts_v5(left_key, right_key, evidence)
            SELECT left_key, right_key, evidence FROM verdicts ORDER BY left_key, right_key""",
          "DROP TABLE verdicts",
          "ALTER TABLE verdicts_v5 RENAME TO verdicts",
          "CREATE UNIQUE INDEX verdicts_by_keys ON verdicts(left_key, right_key)");

  /**
   * Version 6: an item names its story by the story's {@code seq} ({@code items.story_seq}) in
   * place of its id ({@code items.story_id}), so that opening a store reads an integer per item,
   * not a story-id string to decode, share and hash (and the index of items by story holds
   * integers). The items are copied in the migration's transaction, in row-id order, each with the
   * seq of the story its id names; an item whose story id has no row in {@code stories} (none in a
   * consistent store) gets no story, and the next ingest rebuilds what is kept from the items.
   */
  private static final List<String> V6 =
      List.of(
          """
          CREATE TABLE items_v6(
            id INTEGER PRIMARY KEY,
            source_id INTEGER NOT NULL,
            first_line INTEGER NOT NULL,
            title_line INTEGER NOT NULL,
            last_line INTEGER NOT NULL,
            day INTEGER,
            title TEXT NOT NULL,
            paragraphs TEXT NOT NULL,
            labels TEXT,
            content_id TEXT NOT NULL,
            story_seq INTEGER,
            member_index INTEGER)""",
          """
          INSERT INTO items_v6
            SELECT i.id, i.source_id, i.first_line, i.title_line, i.last_line, i.day, i.title,
                   i.paragraphs, i.labels, i.content_id, s.seq, i.member_index
            FROM items i LEFT JOIN stories s ON s.story_id = i.story_id
            ORDER BY i.id""",
          "DROP TABLE items",
          "ALTER TABLE items_v6 RENAME TO items",
          "CREATE INDEX items_by_source ON items(source_id)",
          "CREATE INDEX items_by_story ON items(story_seq, member_index)");

  /** Each version's statements: MIGRATIONS.get(v - 1) takes version v - 1 to v. */
  private static final List<List<String>> MIGRATIONS = List.of(V1, V2, V3, V4, V5, V6);

  /**
   * Whether a store's items name their story by its {@code seq} (version 6 on), not by its id.
   *
   * @param version the store's version
   * @return true from version 6
   */
  public static boolean itemsBySeq(int version) {
    return version >= 6;
  }

  /**
   * Whether a store's {@code links} name their story by {@code seq} (version 5 on), not by id.
   *
   * @param version the store's version
   * @return true from version 5
   */
  public static boolean linksBySeq(int version) {
    return version >= 5;
  }

  private Schema() {}

  /** What a database file holds, before any migration. */
  public record State(int version, int applicationId, int tables) {

    /** A database nobody wrote to yet. */
    public boolean empty() {
      return version == 0 && applicationId == 0 && tables == 0;
    }
  }

  /**
   * Reads the version, the application id and the number of tables.
   *
   * @param connection an open connection
   * @return the state
   * @throws SQLException if SQLite cannot read the file
   */
  public static State state(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      int version = intOf(statement, "PRAGMA user_version");
      int applicationId = intOf(statement, "PRAGMA application_id");
      int tables = intOf(statement, "SELECT count(*) FROM sqlite_schema");
      return new State(version, applicationId, tables);
    }
  }

  /**
   * Brings the schema to {@link #VERSION} in one transaction; nothing happens at the current
   * version.
   *
   * @param connection an open, writable connection in auto-commit mode
   * @param from the version the file has
   * @throws SQLException if a statement fails; the transaction is rolled back
   */
  public static void migrate(Connection connection, int from) throws SQLException {
    if (from >= VERSION) {
      return;
    }
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      // Read again in the migration's transaction: another writer that opened the same old store
      // may have migrated it since this one read the version (its statements would then fail).
      int current = intOf(statement, "PRAGMA user_version");
      if (current >= VERSION) {
        connection.rollback(); // migrated meanwhile: nothing to do, and never written back down
        return;
      }
      for (int version = current; version < VERSION; version++) {
        for (String sql : MIGRATIONS.get(version)) {
          statement.execute(sql);
        }
      }
      statement.execute("PRAGMA application_id = " + APPLICATION_ID);
      statement.execute("PRAGMA user_version = " + VERSION);
      connection.commit();
    } catch (Throwable e) {
      // Any failure (an Error too): the finally's return to auto-commit would commit half a
      // migration.
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  /**
   * The store's version ({@code PRAGMA user_version}).
   *
   * @param connection an open connection
   * @return the version
   * @throws SQLException if SQLite cannot read the file
   */
  public static int version(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      return intOf(statement, "PRAGMA user_version");
    }
  }

  private static int intOf(Statement statement, String sql) throws SQLException {
    try (ResultSet rows = statement.executeQuery(sql)) {
      return rows.next() ? rows.getInt(1) : 0;
    }
  }
}
