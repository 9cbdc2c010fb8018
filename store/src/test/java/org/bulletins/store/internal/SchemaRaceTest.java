package org.bulletins.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.bulletins.store.BulletinStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two writers that open the same old store at once: the second finds it migrated, not broken. */
class SchemaRaceTest {

  @TempDir Path dir;

  @Test
  void aWriterWhoseStoreWasMigratedSinceItReadTheVersionLeavesItAsItIs() throws SQLException {
    Path db = dir.resolve("old.db");
    BulletinStore.open(db).close();
    OlderLinks.rewriteAsVersion4(db);
    try (Connection late = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      int seen = Schema.state(late).version();
      BulletinStore.open(db).close(); // the other writer migrates first
      Schema.migrate(late, seen); // the version it read is stale
      assertThat(seen).isEqualTo(4);
      assertThat(read(late, "PRAGMA user_version")).isEqualTo(String.valueOf(Schema.VERSION));
      assertThat(read(late, "SELECT group_concat(name) FROM pragma_table_info('links')"))
          .startsWith("story_seq,");
    }
  }

  private static String read(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet row = s.executeQuery(sql)) {
      return row.next() ? row.getString(1) : "";
    }
  }
}
