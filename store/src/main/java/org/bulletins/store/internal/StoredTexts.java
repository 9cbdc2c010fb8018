package org.bulletins.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.bulletins.model.NewsItem;

/**
 * Reads a stored item back by its row id, text included: an index restored without the items' texts
 * asks for the few a file touches (to verify a pair, merge a story, sign an item whose kept
 * signature is damaged). Two statements (one row, a chunk of rows) and a third for a last, shorter
 * chunk; one caller at a time (the methods synchronise). It reads through the ingest's connection,
 * beside the writer thread's inserts: the driver serialises every call on a connection, and the
 * rows read were committed before this ingest.
 */
final class StoredTexts implements AutoCloseable {

  private final Connection db;
  private static final int CHUNK = 256; // rows per query when many are read at once
  private PreparedStatement select;
  private PreparedStatement selectMany; // of CHUNK rows

  /**
   * Reads through a connection.
   *
   * @param db the store's connection
   */
  StoredTexts(Connection db) {
    this.db = db;
  }

  /**
   * The item of a row.
   *
   * @param row the row id
   * @return the item as it was parsed
   * @throws UnreadableItemException if the row cannot be read, is damaged or is gone
   */
  synchronized NewsItem item(long row) {
    try {
      if (select == null) {
        select = db.prepareStatement(Rows.ITEM_SELECT + " WHERE i.id = ?");
      }
      select.setLong(1, row);
      try (ResultSet result = select.executeQuery()) {
        if (!result.next()) {
          throw new UnreadableItemException("a stored item is gone: row " + row, null);
        }
        return decoded(result, row);
      }
    } catch (SQLException e) {
      throw new UnreadableItemException(
          "cannot read stored item " + row + ": " + e.getMessage(), e);
    }
  }

  /**
   * The items of some rows, a chunk of rows per query.
   *
   * @param rows row ids
   * @return their items, in the order of {@code rows}
   * @throws UnreadableItemException if a row cannot be read, is damaged or is gone
   */
  synchronized NewsItem[] items(long[] rows) {
    NewsItem[] out = new NewsItem[rows.length];
    try {
      for (int from = 0; from < rows.length; from += CHUNK) {
        int size = Math.min(CHUNK, rows.length - from);
        boolean full = size == CHUNK; // the last, shorter chunk gets a statement of its own
        if (full && selectMany == null) {
          selectMany = prepareMany(CHUNK);
        }
        PreparedStatement many = full ? selectMany : prepareMany(size);
        Map<Long, NewsItem> byRow = new HashMap<>(2 * size);
        for (int i = 0; i < size; i++) {
          many.setLong(i + 1, rows[from + i]);
        }
        try (ResultSet result = many.executeQuery()) {
          while (result.next()) {
            long row = result.getLong("id");
            byRow.put(row, decoded(result, row));
          }
        } finally {
          if (!full) {
            many.close();
          }
        }
        for (int i = 0; i < size; i++) {
          out[from + i] = byRow.get(rows[from + i]);
          if (out[from + i] == null) {
            throw new UnreadableItemException("a stored item is gone: row " + rows[from + i], null);
          }
        }
      }
    } catch (SQLException e) {
      throw new UnreadableItemException("cannot read stored items back: " + e.getMessage(), e);
    }
    return out;
  }

  private static NewsItem decoded(ResultSet result, long row) throws SQLException {
    try {
      return Rows.item(result);
    } catch (RuntimeException e) { // the codec's "damaged JSON column", a date that does not parse
      throw new UnreadableItemException("stored item " + row + ": " + e.getMessage(), e);
    }
  }

  private PreparedStatement prepareMany(int size) throws SQLException {
    return db.prepareStatement(
        Rows.ITEM_SELECT + " WHERE i.id IN (" + "?,".repeat(size - 1) + "?)");
  }

  private static void closeQuietly(PreparedStatement statement) {
    if (statement != null) {
      try {
        statement.close();
      } catch (SQLException e) {
        // The connection closes it anyway; nothing was written through it.
      }
    }
  }

  @Override
  public synchronized void close() {
    closeQuietly(selectMany);
    selectMany = null;
    closeQuietly(select);
    select = null;
  }
}
