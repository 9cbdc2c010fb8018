package org.bulletins.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stored stories that an ingest meets, by seq and by id, read from {@code stories} when first
 * needed: since schema 6 an item names its story by seq, so opening a store reads no story row and
 * hashes no story id; a file asks for the few stories its items join (read in batches before the
 * plan, {@link #read}), and for whether a fresh id is taken ({@link #taken}). Kept current by the
 * ingester after each commit ({@link #put}, {@link #remove}). For one thread.
 */
final class StoredStories {

  /** A stored story: its id, its seq and how many members it has. */
  record Story(String id, long seq, int size) {}

  private static final int CHUNK = 10_000; // values per json_each array

  private final Connection db;
  private final Map<Long, Story> bySeq = new HashMap<>();
  private final Map<String, Story> byId = new HashMap<>();
  private boolean all;

  StoredStories(Connection db) {
    this.db = db;
  }

  /**
   * Reads the stories of these seqs that are not known yet, a chunk per statement.
   *
   * @param seqs story seqs
   * @throws SQLException if SQLite fails
   */
  void read(Collection<Long> seqs) throws SQLException {
    List<Long> wanted = new ArrayList<>();
    for (Long seq : seqs) {
      if (!bySeq.containsKey(seq)) {
        wanted.add(seq);
      }
    }
    inChunks(
        "SELECT story_id, seq, members FROM stories"
            + " WHERE seq IN (SELECT value FROM json_each(?))",
        wanted,
        row -> put(story(row)));
  }

  /**
   * Reads every stored story (a plan of every story, after a rebuild, asks for all their ids).
   *
   * @return every stored story id
   * @throws SQLException if SQLite fails
   */
  Collection<String> readAll() throws SQLException {
    if (!all) {
      try (Statement statement = db.createStatement();
          ResultSet row = statement.executeQuery("SELECT story_id, seq, members FROM stories")) {
        while (row.next()) {
          put(story(row));
        }
      }
      all = true;
    }
    return byId.keySet();
  }

  /**
   * A stored story by seq, read if not known yet.
   *
   * @param seq its seq
   * @return the story
   * @throws IllegalStateException if no story has this seq (a damaged store)
   */
  Story ofSeq(long seq) {
    Story story = bySeq.get(seq);
    if (story == null) {
      try {
        read(List.of(seq));
      } catch (SQLException e) {
        throw new IllegalStateException("cannot read stored story " + seq, e);
      }
      story = bySeq.get(seq);
      if (story == null) {
        throw new IllegalStateException("a stored item's story without a row in stories: " + seq);
      }
    }
    return story;
  }

  /**
   * A stored story met before by its id ({@link #ofSeq} or {@link #read} gave it).
   *
   * @param id its id
   * @return the story
   * @throws IllegalStateException if it was not met
   */
  Story ofId(String id) {
    Story story = byId.get(id);
    if (story == null) {
      throw new IllegalStateException("a stored story without a row in stories: " + id);
    }
    return story;
  }

  /**
   * Which of these ids a stored story has, in one statement per chunk.
   *
   * @param ids story ids
   * @return those that a stored story has
   * @throws SQLException if SQLite fails
   */
  Set<String> taken(Collection<String> ids) throws SQLException {
    Set<String> out = new HashSet<>();
    inChunks(
        "SELECT story_id FROM stories WHERE story_id IN (SELECT value FROM json_each(?))",
        new ArrayList<>(ids),
        row -> out.add(row.getString(1)));
    return out;
  }

  /** A story from a row of {@code SELECT story_id, seq, members}. */
  private static Story story(ResultSet row) throws SQLException {
    return new Story(row.getString(1), row.getLong(2), row.getInt(3));
  }

  /** Reads one row of a result. */
  @FunctionalInterface
  private interface RowReader {
    void read(ResultSet row) throws SQLException;
  }

  /**
   * Runs a statement whose one parameter is a JSON array (for {@code json_each}) once per chunk of
   * the values, handing each row to the reader.
   */
  private void inChunks(String sql, List<?> values, RowReader reader) throws SQLException {
    try (PreparedStatement select = db.prepareStatement(sql)) {
      for (int from = 0; from < values.size(); from += CHUNK) {
        select.setString(
            1, Codec.write(values.subList(from, Math.min(values.size(), from + CHUNK))));
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            reader.read(row);
          }
        }
      }
    }
  }

  /** Knows a story as committed (read, or written by this ingester). */
  void put(Story story) {
    Story before = bySeq.put(story.seq(), story);
    if (before != null && !before.id().equals(story.id())) {
      byId.remove(before.id());
    }
    byId.put(story.id(), story);
  }

  /** Forgets a story whose row was deleted. */
  void remove(String id) {
    Story story = byId.remove(id);
    if (story != null) {
      bySeq.remove(story.seq());
    }
  }
}
