package org.bulletins.store.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bulletins.model.NewsItem;
import org.bulletins.model.SourceSpan;

/** Reads items back from their rows. */
public final class Rows {

  private static final String ITEM_COLUMNS =
      "SELECT i.id, s.name, i.first_line, i.title_line, i.last_line, i.day, i.title,"
          + " i.paragraphs, i.labels";

  private static final String FROM = " FROM items i JOIN sources s ON s.id = i.source_id";

  /**
   * The columns {@link #item(ResultSet)} reads, and the item's story by its seq ({@code story_seq},
   * schema 6); callers add WHERE and ORDER BY. {@code StoredRows} reads them by position: keep
   * their order.
   */
  public static final String ITEM_SELECT = ITEM_COLUMNS + ", i.story_seq" + FROM;

  /**
   * The columns {@link #item(ResultSet)} reads and the item's story id ({@code story_id}), for a
   * store of this version (before version 6 the items hold the id; from it their story's seq,
   * joined to its row); callers add WHERE and ORDER BY.
   *
   * @param version the store's schema version
   * @return the statement's start
   */
  public static String itemsWithStoryIds(int version) {
    return Schema.itemsBySeq(version)
        ? ITEM_COLUMNS + ", st.story_id" + FROM + " LEFT JOIN stories st ON st.seq = i.story_seq"
        : ITEM_COLUMNS + ", i.story_id" + FROM;
  }

  private Rows() {}

  /**
   * The item of the current row of a query that starts with {@link #ITEM_SELECT}.
   *
   * @param row the row
   * @return the item as it was parsed
   * @throws SQLException if a column cannot be read
   */
  public static NewsItem item(ResultSet row) throws SQLException {
    long day = row.getLong("day");
    boolean dated = !row.wasNull();
    return item(
        dated,
        day,
        row.getString("title"),
        row.getString("paragraphs"),
        new SourceSpan(
            row.getString("name"),
            row.getInt("first_line"),
            row.getInt("title_line"),
            row.getInt("last_line")),
        row.getString("labels"));
  }

  /**
   * An item from its columns as stored (opening a store reads them by position, then decodes them
   * on other threads).
   *
   * @param dated whether the day column holds a day
   * @param day the epoch day, if dated
   * @param title the title
   * @param paragraphs the paragraphs column (JSON)
   * @param span where the item was read
   * @param labels the labels column (JSON), or null for none
   * @return the item as it was parsed
   */
  static NewsItem item(
      boolean dated, long day, String title, String paragraphs, SourceSpan span, String labels) {
    return new NewsItem(
        dated ? Optional.of(LocalDate.ofEpochDay(day)) : Optional.empty(),
        title,
        Codec.strings(paragraphs),
        span,
        labels == null ? List.of() : Codec.strings(labels));
  }
}
