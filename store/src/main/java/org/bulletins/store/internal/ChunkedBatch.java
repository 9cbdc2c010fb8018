package org.bulletins.store.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A prepared statement's batch run every {@value #ROWS} rows instead of once at the end.
 * sqlite-jdbc keeps a batch's values in Java until it runs, so a file's rows bound in one batch
 * (100k items' signature blobs, full-text bodies, JSON columns: a hundred MB and more) all outlived
 * several young collections, were copied into the old generation and then died there. In chunks
 * they die young. The rows are the same and run in the same order, in the caller's transaction;
 * only statements whose batches are not interleaved with another statement's may use this.
 *
 * <pre>{@code
 * ChunkedBatch batch = new ChunkedBatch(insert);
 * for (...) {
 *   insert.setLong(1, row);
 *   batch.add();
 * }
 * batch.finish();
 * }</pre>
 */
final class ChunkedBatch {

  /** Rows per run: enough that a run's cost is the rows', few enough to die young. */
  static final int ROWS = 1024;

  private final PreparedStatement statement;
  private int pending;

  /**
   * Batches a statement's rows.
   *
   * @param statement the statement, its batch empty
   */
  ChunkedBatch(PreparedStatement statement) {
    this.statement = statement;
  }

  /**
   * Adds the statement's bound parameters as a row, running the batch once it holds {@value #ROWS}.
   *
   * @throws SQLException if a run fails
   */
  void add() throws SQLException {
    statement.addBatch();
    if (++pending == ROWS) {
      finish();
    }
  }

  /**
   * Runs the rows not run yet.
   *
   * @throws SQLException if the run fails
   */
  void finish() throws SQLException {
    if (pending > 0) {
      statement.executeBatch();
      pending = 0;
    }
  }
}
