package org.bulletins.store.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.bulletins.model.NewsItem;
import org.bulletins.model.SourceSpan;

/** Reads items back from their rows. */
public final class Rows {

  /** The columns {@link #item(ResultSet)} reads; callers add WHERE and ORDER BY. */
  public static final String ITEM_SELECT =
      "SELECT i.id, s.name, i.first_line, i.title_line, i.last_line, i.day, i.title,"
          + " i.paragraphs, i.labels, i.story_id FROM items i JOIN sources s ON s.id = i.source_id";

  private Rows() {}

  /**
   * The item of the current row of a query that starts with {@link #ITEM_SELECT}.
   *
   * @param row the row
   * @return the item as it was parsed
   * @throws SQLException if a column cannot be read
   */
  public static NewsItem item(ResultSet row) throws SQLException {
    return item(row, name -> name);
  }

  /**
   * The item of the current row, its source name passed through {@code names}: opening a store
   * reads every stored item, and one shared name per file instead of a copy per item is part of
   * what it keeps.
   *
   * @param row the row
   * @param names the name to keep for a source name read from the row (the same name for equal
   *     ones)
   * @return the item as it was parsed
   * @throws SQLException if a column cannot be read
   */
  public static NewsItem item(ResultSet row, UnaryOperator<String> names) throws SQLException {
    long day = row.getLong("day");
    Optional<LocalDate> date =
        row.wasNull() ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(day));
    String labels = row.getString("labels");
    return new NewsItem(
        date,
        row.getString("title"),
        Codec.strings(row.getString("paragraphs")),
        new SourceSpan(
            names.apply(row.getString("name")),
            row.getInt("first_line"),
            row.getInt("title_line"),
            row.getInt("last_line")),
        labels == null ? List.of() : Codec.strings(labels));
  }
}
