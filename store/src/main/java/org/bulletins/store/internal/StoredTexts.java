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
 * signature is damaged). One statement, used by one caller at a time (the callers synchronise).
 */
final class StoredTexts implements AutoCloseable {

  private final Connection db;
  private static final int CHUNK = 256; // rows per query when many are read at once
  private PreparedStatement select;
  private PreparedStatement selectMany; // of CHUNK rows

  StoredTexts(Connection db) {
    this.db = db;
  }

  /**
   * The item of a row.
   *
   * @param row the row id
   * @return the item as it was parsed
   * @throws IllegalStateException if the row cannot be read or is gone
   */
  synchronized NewsItem item(long row) {
    try {
      if (select == null) {
        select = db.prepareStatement(Rows.ITEM_SELECT + " WHERE i.id = ?");
      }
      select.setLong(1, row);
      try (ResultSet result = select.executeQuery()) {
        if (!result.next()) {
          throw new IllegalStateException("a stored item is gone: row " + row);
        }
        return Rows.item(result);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read a stored item back: " + e.getMessage(), e);
    }
  }

  /**
   * The items of some rows, a chunk of rows per query.
   *
   * @param rows row ids
   * @return their items, in the order of {@code rows}
   * @throws IllegalStateException if a row cannot be read or is gone
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
            byRow.put(result.getLong("id"), Rows.item(result));
          }
        } finally {
          if (!full) {
            many.close();
          }
        }
        for (int i = 0; i < size; i++) {
          out[from + i] = byRow.get(rows[from + i]);
          if (out[from + i] == null) {
            throw new IllegalStateException("a stored item is gone: row " + rows[from + i]);
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read stored items back: " + e.getMessage(), e);
    }
    return out;
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
    if (select != null) {
      try {
        select.close();
      } catch (SQLException e) {
        // The connection closes it anyway; nothing was written through it.
      }
      select = null;
    }
  }
}
