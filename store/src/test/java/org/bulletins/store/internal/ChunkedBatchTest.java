package org.bulletins.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Rows batched in chunks run as each chunk fills, all of them, in order. */
class ChunkedBatchTest {

  @Test
  void runsEachFullChunkAtOnceAndTheRestAtTheEnd() throws SQLException {
    try (Connection db = DriverManager.getConnection("jdbc:sqlite::memory:");
        Statement statement = db.createStatement()) {
      statement.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT NOT NULL)");
      int rows = 2 * ChunkedBatch.ROWS + 7;
      try (PreparedStatement insert = db.prepareStatement("INSERT INTO t(id, v) VALUES (?, ?)")) {
        ChunkedBatch batch = new ChunkedBatch(insert);
        for (int i = 0; i < rows; i++) {
          insert.setInt(1, i);
          insert.setString(2, "row " + i);
          batch.add();
          if (i == ChunkedBatch.ROWS - 2) {
            assertThat(count(db)).isZero(); // a chunk not full yet waits
          }
          if (i == ChunkedBatch.ROWS - 1) {
            assertThat(count(db)).isEqualTo(ChunkedBatch.ROWS); // a full chunk has run
          }
        }
        assertThat(count(db)).isEqualTo(2 * ChunkedBatch.ROWS);
        batch.finish();
        batch.finish(); // nothing left: runs nothing
      }
      assertThat(count(db)).isEqualTo(rows);
      try (ResultSet r = statement.executeQuery("SELECT v FROM t WHERE id = 1500")) {
        assertThat(r.next()).isTrue();
        assertThat(r.getString(1)).isEqualTo("row 1500");
      }
    }
  }

  private static long count(Connection db) throws SQLException {
    try (Statement statement = db.createStatement();
        ResultSet r = statement.executeQuery("SELECT count(*) FROM t")) {
      r.next();
      return r.getLong(1);
    }
  }
}
