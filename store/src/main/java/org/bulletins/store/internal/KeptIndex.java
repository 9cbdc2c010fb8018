package org.bulletins.store.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.bulletins.dedup.DedupOptions;
import org.bulletins.dedup.internal.IncrementalIndex.KeptPair;
import org.bulletins.facts.ItemFacts;
import org.bulletins.model.MatchEvidence;
import org.bulletins.model.json.BulletinsJson;

/**
 * The part of the in-memory index that schema 3 keeps besides the signatures, so that opening a
 * store verifies and clusters nothing again: each item's cross-language facts (column {@code
 * signatures.facts}), the same-story verdicts between units (table {@code verdicts}, by content
 * keys), and the row of {@code index_state} that says they are complete and under which engine they
 * were made. Without that row (a store of schema 1 or 2, a replaced file, other options or a newer
 * verifier) the next ingest computes everything once and writes it all again.
 */
final class KeptIndex {

  /** Raised whenever the verifier, the cross-language rule or the clusterer changes. */
  static final int FORMAT = 1;

  private static final String STATE = "verdicts";

  private final Connection db;
  private final String tag;

  KeptIndex(Connection db, DedupOptions options) {
    this.db = db;
    this.tag = "format " + FORMAT + "; " + options;
  }

  /** Whether the kept verdicts and facts are complete and made under this engine. */
  boolean usable() throws SQLException {
    try (PreparedStatement select =
        db.prepareStatement("SELECT value FROM index_state WHERE name = ?")) {
      select.setString(1, STATE);
      try (ResultSet row = select.executeQuery()) {
        return row.next() && row.getString(1).equals(tag);
      }
    }
  }

  /** Marks the kept state as not to be trusted, in the transaction under way. */
  void invalidate() throws SQLException {
    try (PreparedStatement delete = db.prepareStatement("DELETE FROM index_state WHERE name = ?")) {
      delete.setString(1, STATE);
      delete.executeUpdate();
    }
  }

  /** Drops every kept verdict and marks the state complete: what follows writes it all again. */
  void restart() throws SQLException {
    try (Statement statement = db.createStatement()) {
      statement.executeUpdate("DELETE FROM verdicts");
    }
    try (PreparedStatement upsert =
        db.prepareStatement("INSERT OR REPLACE INTO index_state(name, value) VALUES (?, ?)")) {
      upsert.setString(1, STATE);
      upsert.setString(2, tag);
      upsert.executeUpdate();
    }
  }

  /**
   * Every kept verdict's row as read, not decoded: opening a store decodes them on another thread
   * while it walks the items (decoding was most of the verdicts' cost on the thread that opens). If
   * {@link StoredVerdicts#json()}, the caller writes the decoded verdicts back as bytes.
   */
  StoredVerdicts readVerdicts() throws SQLException {
    LongList lefts = new LongList();
    LongList rights = new LongList();
    List<byte[]> columns = new ArrayList<>();
    try (Statement statement = db.createStatement();
        ResultSet row =
            statement.executeQuery("SELECT left_key, right_key, evidence FROM verdicts")) {
      while (row.next()) {
        lefts.add(row.getLong(1));
        rights.add(row.getLong(2));
        columns.add(row.getBytes(3));
      }
    }
    return new StoredVerdicts(lefts.toArray(), rights.toArray(), columns);
  }

  /** The kept verdicts' rows, read; decoded on any one thread. */
  static final class StoredVerdicts {
    private final long[] lefts;
    private final long[] rights;
    private final List<byte[]> columns;

    private StoredVerdicts(long[] lefts, long[] rights, List<byte[]> columns) {
      this.lefts = lefts;
      this.rights = rights;
      this.columns = columns;
    }

    /** Whether some verdict was kept as JSON by an older version. */
    boolean json() {
      for (byte[] column : columns) {
        if (column != null && isJson(column)) {
          return true;
        }
      }
      return false;
    }

    /** The verdicts; empty if one cannot be read (then nothing kept is used). */
    Optional<List<KeptPair>> decode() {
      // In the keys' order, as version 4's table gave them: version 5's rows are in the order they
      // were written (SQLite compares the keys as signed 64-bit ints, as Long.compare does). The
      // rows' positions are sorted, not the decoded pairs: sorting the pairs with a comparator of
      // their keys was a sixth of the decoding thread at 1M items.
      int[] order = sortedByKeys(lefts, rights);
      List<KeptPair> out = new ArrayList<>(columns.size());
      try {
        for (int i : order) {
          out.add(new KeptPair(lefts[i], rights[i], evidence(columns.get(i))));
        }
      } catch (RuntimeException e) {
        return Optional.empty(); // damaged JSON
      }
      return Optional.of(out);
    }
  }

  /**
   * The positions 0 .. n - 1 ordered by (left, right) key, ties in position order: a bottom-up
   * merge sort of ints (the rows come as a few sorted runs, one per file, each merged once per
   * level).
   */
  static int[] sortedByKeys(long[] lefts, long[] rights) {
    int n = lefts.length;
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    int[] b = new int[n];
    for (int width = 1; width < n; width *= 2) {
      for (int from = 0; from < n; from += 2 * width) {
        int mid = Math.min(from + width, n);
        int to = Math.min(from + 2 * width, n);
        if (mid == to || !before(a[mid], a[mid - 1], lefts, rights)) {
          System.arraycopy(a, from, b, from, to - from); // already in order
          continue;
        }
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
          b[k] = j >= to || (i < mid && !before(a[j], a[i], lefts, rights)) ? a[i++] : a[j++];
        }
      }
      int[] swap = a;
      a = b;
      b = swap;
    }
    return a;
  }

  /** Whether position x's keys come strictly before position y's. */
  private static boolean before(int x, int y, long[] lefts, long[] rights) {
    int c = Long.compare(lefts[x], lefts[y]);
    return c < 0 || (c == 0 && rights[x] < rights[y]);
  }

  /** A growing array of longs (a verdict's keys as read). */
  private static final class LongList {
    private long[] values = new long[256];
    private int size;

    void add(long value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, 2 * size);
      }
      values[size++] = value;
    }

    long[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }

  /** Writes the same-story verdicts that changed and deletes the pairs no longer same-story. */
  void write(List<KeptPair> changed) throws SQLException {
    try (PreparedStatement upsert =
            db.prepareStatement(
                "INSERT OR REPLACE INTO verdicts(left_key, right_key, evidence) VALUES (?, ?, ?)");
        PreparedStatement delete =
            db.prepareStatement("DELETE FROM verdicts WHERE left_key = ? AND right_key = ?")) {
      for (KeptPair pair : changed) {
        // One row per unordered pair: the lower key first.
        long left = Math.min(pair.leftKey(), pair.rightKey());
        long right = Math.max(pair.leftKey(), pair.rightKey());
        if (pair.evidence().sameStory()) {
          upsert.setLong(1, left);
          upsert.setLong(2, right);
          upsert.setBytes(3, KeptCodec.encode(pair.evidence()));
          upsert.addBatch();
        } else {
          delete.setLong(1, left);
          delete.setLong(2, right);
          delete.addBatch();
        }
      }
      delete.executeBatch();
      upsert.executeBatch();
    }
  }

  /** Writes items' facts into their signature rows (which must exist). */
  void writeFacts(long[] rows, List<Optional<ItemFacts>> facts) throws SQLException {
    try (PreparedStatement update =
        db.prepareStatement("UPDATE signatures SET facts = ? WHERE item_id = ?")) {
      for (int i = 0; i < rows.length; i++) {
        if (facts.get(i).isPresent()) {
          update.setBytes(1, KeptCodec.encode(facts.get(i).get()));
          update.setLong(2, rows[i]);
          update.addBatch();
        }
      }
      update.executeBatch();
    }
  }

  /**
   * An item's facts from their column, if present and readable: {@link KeptCodec} bytes (written
   * since session 8), or the JSON that older versions wrote (still read, so that a store needs no
   * migration; an older version that meets bytes finds them unreadable and extracts the facts
   * again).
   */
  static Optional<ItemFacts> facts(byte[] column) {
    if (column == null) {
      return Optional.empty();
    }
    Optional<ItemFacts> packed = KeptCodec.facts(column);
    if (packed.isPresent() || !isJson(column)) {
      return packed;
    }
    try {
      return Optional.of(
          BulletinsJson.read(new String(column, StandardCharsets.UTF_8), ItemFacts.class));
    } catch (RuntimeException e) {
      return Optional.empty(); // damaged: extracted again, as a damaged signature is signed again
    }
  }

  /** A verdict's evidence from its column: {@link KeptCodec} bytes, or older versions' JSON. */
  private static MatchEvidence evidence(byte[] column) {
    if (column == null) {
      throw new IllegalArgumentException("a verdict without evidence");
    }
    Optional<MatchEvidence> packed = KeptCodec.evidence(column);
    if (packed.isPresent()) {
      return packed.get();
    }
    if (!isJson(column)) {
      throw new IllegalArgumentException("unreadable evidence");
    }
    return Codec.evidence(new String(column, StandardCharsets.UTF_8));
  }

  static boolean isJson(byte[] column) {
    return column.length > 0 && column[0] == '{';
  }
}
