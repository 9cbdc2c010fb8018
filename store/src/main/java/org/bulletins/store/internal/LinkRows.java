package org.bulletins.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bulletins.model.MatchLink;

/**
 * Writes the links of a file's stories (schema 5) as the difference from the rows stored: a link
 * whose two members and evidence are those of a stored row keeps that row, and only new or changed
 * links are written. Members that join a stored story add links and leave its others as they were,
 * so most of a file's link rows are new, and go at the end of the rowid table instead of into the
 * pages of the stories they join.
 */
final class LinkRows {

  /** A story's links to write; {@code stored} when the story has rows already. */
  private record Story(long seq, boolean stored, List<MatchLink> links, String[] evidence) {}

  private final Connection db;
  private final List<Story> stories = new ArrayList<>();

  LinkRows(Connection db) {
    this.db = db;
  }

  /**
   * Adds a story's links, to be written by {@link #write}.
   *
   * @param seq the story's seq
   * @param stored whether the story was stored before this file (a new one has no rows)
   * @param links its links, sorted by their members (as the merger makes them)
   * @param evidence each link's evidence as stored (JSON), in the same order
   * @throws IllegalStateException if the links are not in the order of their members: the rows are
   *     read back in that order
   */
  void add(long seq, boolean stored, List<MatchLink> links, String[] evidence) {
    for (int i = 1; i < links.size(); i++) {
      if (key(links.get(i - 1)) >= key(links.get(i))) {
        throw new IllegalStateException("a story's links are not sorted by their members");
      }
    }
    stories.add(new Story(seq, stored, links, evidence));
  }

  /**
   * Deletes the stored rows that the added stories no longer have (or have with other evidence) and
   * inserts their links that have no row.
   */
  void write() throws SQLException {
    Map<Long, Map<Long, String>> before = stored();
    try (PreparedStatement delete =
            db.prepareStatement(
                "DELETE FROM links WHERE story_seq = ? AND left_member = ? AND right_member = ?");
        PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO links(story_seq, left_member, right_member, rule, same_story,"
                    + " strength, evidence) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (Story story : stories) {
        Map<Long, String> rows = before.getOrDefault(story.seq(), Map.of());
        Map<Long, String> gone = new HashMap<>(rows);
        for (int i = 0; i < story.links().size(); i++) {
          MatchLink l = story.links().get(i);
          long key = key(l);
          String evidence = story.evidence()[i];
          if (evidence.equals(rows.get(key))) {
            gone.remove(key); // the same row: kept
            continue;
          }
          insert.setLong(1, story.seq());
          insert.setInt(2, l.left());
          insert.setInt(3, l.right());
          insert.setString(4, l.evidence().rule().name());
          insert.setInt(5, l.evidence().sameStory() ? 1 : 0);
          insert.setDouble(6, l.evidence().strength());
          insert.setString(7, evidence);
          insert.addBatch();
        }
        for (long key : gone.keySet()) {
          delete.setLong(1, story.seq());
          delete.setInt(2, (int) (key >>> 32));
          delete.setInt(3, (int) key);
          delete.addBatch();
        }
      }
      // A changed link's row goes before its new one is written: the members are its key.
      delete.executeBatch();
      insert.executeBatch();
    }
    stories.clear();
  }

  /** The stored rows of the added stories that have some: seq, then members, to evidence. */
  private Map<Long, Map<Long, String>> stored() throws SQLException {
    StringBuilder seqs = new StringBuilder("[");
    for (Story story : stories) {
      if (story.stored()) {
        seqs.append(seqs.length() == 1 ? "" : ",").append(story.seq());
      }
    }
    Map<Long, Map<Long, String>> out = new HashMap<>();
    if (seqs.length() == 1) {
      return out;
    }
    try (PreparedStatement select =
        db.prepareStatement(
            "SELECT story_seq, left_member, right_member, evidence FROM links"
                + " WHERE story_seq IN (SELECT value FROM json_each(?))")) {
      select.setString(1, seqs.append(']').toString());
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          out.computeIfAbsent(row.getLong(1), k -> new HashMap<>())
              .put(key(row.getInt(2), row.getInt(3)), row.getString(4));
        }
      }
    }
    return out;
  }

  private static long key(MatchLink link) {
    return key(link.left(), link.right());
  }

  private static long key(int left, int right) {
    return ((long) left << 32) | (right & 0xffffffffL);
  }
}
