package org.bulletins.store.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.bulletins.model.MergedStory;
import org.bulletins.store.StoredStory;

/** Test help: turns a store's story rows into what schema 3 wrote (every column as JSON). */
public final class OlderStoryColumns {

  private OlderStoryColumns() {}

  /**
   * Writes the JSON of every story's merged item, field sources and title variants into its row,
   * gives links and verdicts their tables of version 4 ({@link OlderLinks}) and sets the schema
   * version to 3.
   *
   * @param db a closed store
   * @param stories its stories, as read
   * @return how many rows were rewritten
   * @throws SQLException if the database cannot be changed
   */
  public static int rewriteAsVersion3(Path db, List<StoredStory> stories) throws SQLException {
    OlderLinks.rewriteAsVersion4(db);
    int rewritten = 0;
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      c.setAutoCommit(false);
      try (PreparedStatement update =
          c.prepareStatement(
              "UPDATE stories SET merged = ?, field_sources = ?, title_variants = ?"
                  + " WHERE story_id = ?")) {
        for (StoredStory s : stories) {
          MergedStory story = s.story();
          update.setString(1, Codec.write(story.merged()));
          update.setString(2, Codec.write(story.fieldSources()));
          update.setString(3, Codec.write(story.titleVariants()));
          update.setString(4, s.storyId());
          rewritten += update.executeUpdate();
        }
      }
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA user_version = 3");
      }
      c.commit();
    }
    return rewritten;
  }
}
