package org.bulletins.store.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.bulletins.store.BulletinStore;
import org.bulletins.store.StoredStory;
import org.bulletins.store.StoryQuery;

/** Small bulletin pages and looks into a store file, for the ingester's failure tests. */
final class TestPages {

  private TestPages() {}

  /** A bulletin page of one day: each title with two paragraphs of its own words. */
  static byte[] bulletins(String day, String... titles) {
    StringBuilder page = new StringBuilder();
    for (String title : titles) {
      String w = title.toLowerCase(Locale.ROOT);
      page.append(day)
          .append("\n\n")
          .append(title)
          .append("\n\n")
          .append("The council said the ")
          .append(w)
          .append(" work would start next week and last until the spring, weather allowing.")
          .append("\n\n")
          .append("Residents near the ")
          .append(w)
          .append(" site were asked to use the north road while the crews are there.")
          .append("\n\n");
    }
    return page.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The first column of the first row of {@code sql} as a number, or -1 without a row. */
  static long count(Path db, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      return r.next() ? r.getLong(1) : -1;
    }
  }

  /** SQLite's {@code PRAGMA integrity_check}: "ok" for a sound file. */
  static String integrity(Path db) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
      return r.next() ? r.getString(1) : "";
    }
  }

  /** Each story's id, merged title and member count, sorted: what two stores are compared by. */
  static List<String> summary(Path db) {
    try (BulletinStore store = BulletinStore.openReadOnly(db)) {
      return summary(store.stories(StoryQuery.all()));
    }
  }

  static List<String> summary(List<StoredStory> stories) {
    return stories.stream()
        .map(s -> s.storyId() + " " + s.story().merged().title() + " " + s.story().members().size())
        .sorted()
        .toList();
  }
}
