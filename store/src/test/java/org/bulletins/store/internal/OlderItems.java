package org.bulletins.store.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Test help: turns a store's {@code items} back into the table that schema 5 (and every version
 * before it) wrote, with the same rows, and sets the version to 5: each item names its story by id
 * ({@code story_id}), not by seq.
 */
public final class OlderItems {

  private OlderItems() {}

  /**
   * Rewrites the items as version 5 had them, in one transaction.
   *
   * @param db a closed store of version 6
   * @throws SQLException if the database cannot be changed
   */
  public static void rewriteAsVersion5(Path db) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute(
            """
            CREATE TABLE items_v5(
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
              member_index INTEGER)""");
        s.execute(
            """
            INSERT INTO items_v5
              SELECT i.id, i.source_id, i.first_line, i.title_line, i.last_line, i.day, i.title,
                     i.paragraphs, i.labels, i.content_id, st.story_id, i.member_index
              FROM items i LEFT JOIN stories st ON st.seq = i.story_seq ORDER BY i.id""");
        s.execute("DROP TABLE items");
        s.execute("ALTER TABLE items_v5 RENAME TO items");
        s.execute("CREATE INDEX items_by_source ON items(source_id)");
        s.execute("CREATE INDEX items_by_story ON items(story_id, member_index)");
        s.execute("PRAGMA user_version = 5");
      }
      c.commit();
    }
  }
}
