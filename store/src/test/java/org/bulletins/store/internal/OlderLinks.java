package org.bulletins.store.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Test help: turns a store's {@code links} and {@code verdicts} back into the tables that schema 4
 * (and every version before it) wrote, with the same rows, and sets the version to 4: links keyed
 * by story id and ordinal, verdicts keyed by their content keys (both WITHOUT ROWID).
 */
public final class OlderLinks {

  private OlderLinks() {}

  /**
   * Rewrites the two tables as version 4 had them, in one transaction.
   *
   * @param db a closed store of version 5 or 6 (whose items are first made as version 5 had them)
   * @throws SQLException if the database cannot be changed
   */
  public static void rewriteAsVersion4(Path db) throws SQLException {
    OlderItems.rewriteAsVersion5(db);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute(
            """
            CREATE TABLE links_v4(
              story_id TEXT NOT NULL,
              ordinal INTEGER NOT NULL,
              left_member INTEGER NOT NULL,
              right_member INTEGER NOT NULL,
              rule TEXT NOT NULL,
              same_story INTEGER NOT NULL,
              strength REAL NOT NULL,
              evidence TEXT NOT NULL,
              PRIMARY KEY(story_id, ordinal)) WITHOUT ROWID""");
        s.execute(
            """
            INSERT INTO links_v4
              SELECT s.story_id,
                     row_number() OVER (PARTITION BY l.story_seq
                                        ORDER BY l.left_member, l.right_member) - 1,
                     l.left_member, l.right_member, l.rule, l.same_story, l.strength, l.evidence
              FROM links l JOIN stories s ON s.seq = l.story_seq""");
        s.execute("DROP TABLE links");
        s.execute("ALTER TABLE links_v4 RENAME TO links");
        s.execute(
            """
            CREATE TABLE verdicts_v4(
              left_key INTEGER NOT NULL,
              right_key INTEGER NOT NULL,
              evidence TEXT NOT NULL,
              PRIMARY KEY(left_key, right_key)) WITHOUT ROWID""");
        s.execute("INSERT INTO verdicts_v4 SELECT left_key, right_key, evidence FROM verdicts");
        s.execute("DROP TABLE verdicts");
        s.execute("ALTER TABLE verdicts_v4 RENAME TO verdicts");
        s.execute("PRAGMA user_version = 4");
      }
      c.commit();
    }
  }
}
