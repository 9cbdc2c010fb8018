package org.bulletins.store.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Test help: turns a store's kept facts and verdicts into the JSON that versions before 8 wrote.
 */
public final class OlderKeptState {

  private OlderKeptState() {}

  /**
   * Rewrites every kept fact and verdict of a closed store as JSON text.
   *
   * @param db the store
   * @return how many values were rewritten
   * @throws SQLException if the database cannot be changed
   */
  public static int rewriteAsJson(Path db) throws SQLException {
    int rewritten = 0;
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      c.setAutoCommit(false);
      List<Object[]> facts = new ArrayList<>();
      List<Object[]> verdicts = new ArrayList<>();
      try (Statement s = c.createStatement();
          ResultSet row =
              s.executeQuery("SELECT item_id, facts FROM signatures WHERE facts IS NOT NULL")) {
        while (row.next()) {
          String json = Codec.write(KeptCodec.facts(row.getBytes(2)).orElseThrow());
          facts.add(new Object[] {json, row.getLong(1)});
        }
      }
      try (Statement s = c.createStatement();
          ResultSet row = s.executeQuery("SELECT left_key, right_key, evidence FROM verdicts")) {
        while (row.next()) {
          String json = Codec.write(KeptCodec.evidence(row.getBytes(3)).orElseThrow());
          verdicts.add(new Object[] {json, row.getLong(1), row.getLong(2)});
        }
      }
      try (PreparedStatement update =
              c.prepareStatement("UPDATE signatures SET facts = ? WHERE item_id = ?");
          PreparedStatement verdict =
              c.prepareStatement(
                  "UPDATE verdicts SET evidence = ? WHERE left_key = ? AND right_key = ?")) {
        for (Object[] f : facts) {
          update.setString(1, (String) f[0]);
          update.setLong(2, (Long) f[1]);
          rewritten += update.executeUpdate();
        }
        for (Object[] v : verdicts) {
          verdict.setString(1, (String) v[0]);
          verdict.setLong(2, (Long) v[1]);
          verdict.setLong(3, (Long) v[2]);
          rewritten += verdict.executeUpdate();
        }
      }
      c.commit();
    }
    return rewritten;
  }
}
