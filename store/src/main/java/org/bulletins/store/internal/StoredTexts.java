package org.bulletins.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.bulletins.model.NewsItem;

/**
 * Reads a stored item back by its row id, text included: an index restored without the items' texts
 * asks for the few a file touches (to verify a pair, merge a story, sign an item whose kept
 * signature is damaged). One statement, used by one caller at a time (the callers synchronise).
 */
final class StoredTexts implements AutoCloseable {

  private final Connection db;
  private PreparedStatement select;

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

  @Override
  public synchronized void close() {
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
