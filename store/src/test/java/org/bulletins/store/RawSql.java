package org.bulletins.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Reads and damages a store's file behind {@link BulletinStore}'s back, as a crash, an old version
 * or a careless user would, so that tests can check what the store does with it.
 */
final class RawSql {

  private RawSql() {}

  /** The first column of the first row of {@code sql}, or -1 when it returns no row. */
  static long count(Path db, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      return rows.next() ? rows.getLong(1) : -1;
    }
  }

  /** Runs each statement in turn on one connection. */
  static void execute(Path db, String... sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      for (String statement : sql) {
        s.execute(statement);
      }
    }
  }
}
