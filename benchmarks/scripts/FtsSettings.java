import java.lang.management.ManagementFactory;
import java.nio.file.*;
import java.sql.*;
import java.util.*;
import org.bulletins.model.NewsItem;
import org.bulletins.parser.BulletinParser;

/**
 * The full-text rows of a corpus's items inserted into an empty {@code items_fts} (as the store's
 * schema makes it) in one transaction, under FTS5 settings given as variants, alternating in one
 * JVM; prints each insert's and commit's wall time, the process CPU, the table's rows and bytes and
 * one search's matches (the same in every variant). Databases go to /tmp/fts-settings/.
 *
 * <pre>
 * java -Xmx3g -cp bulletins-cli.jar benchmarks/scripts/FtsSettings.java corpus-100000.txt \
 *     base,hashsize=16777216,automerge=8 4
 * </pre>
 *
 * <p>A variant {@code detail=column} (or {@code none}) makes the table with that option instead.
 */
public class FtsSettings {
  public static void main(String[] args) throws Exception {
    byte[] content = Files.readAllBytes(Path.of(args[0]));
    List<NewsItem> items = BulletinParser.create().parse(content, "x").items();
    String[] variants = args[1].split(",");
    int rounds = Integer.parseInt(args[2]);
    var bean = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    Files.createDirectories(Path.of("/tmp/fts-settings"));
    for (int r = 0; r < rounds; r++) {
      for (String v : variants) {
        Path db = Path.of("/tmp/fts-settings/" + v + ".db");
        Files.deleteIfExists(db); Files.deleteIfExists(Path.of(db + "-wal")); Files.deleteIfExists(Path.of(db + "-shm"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
          try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL"); s.execute("PRAGMA synchronous=FULL"); s.execute("PRAGMA cache_size=-262144");
            // detail=full|column|none is a table option (the others are FTS5's runtime settings).
            String detail = "";
            for (String kv : v.split("\\+")) {
              if (kv.startsWith("detail=")) detail = ", " + kv;
            }
            s.execute("CREATE VIRTUAL TABLE items_fts USING fts5(title, body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'" + detail + ")");
            for (String kv : v.split("\\+")) {
              if (kv.equals("base") || kv.startsWith("detail=")) continue;
              String[] p = kv.split("=");
              s.execute("INSERT INTO items_fts(items_fts, rank) VALUES('" + p[0] + "', " + p[1] + ")");
            }
          }
          long cpu0 = bean.getProcessCpuTime(); long t0 = System.nanoTime();
          c.setAutoCommit(false);
          try (PreparedStatement p = c.prepareStatement("INSERT INTO items_fts(rowid, title, body) VALUES (?, ?, ?)")) {
            for (int i = 0; i < items.size(); i++) {
              p.setLong(1, i + 1); p.setString(2, items.get(i).title()); p.setString(3, items.get(i).body()); p.addBatch();
            }
            p.executeBatch();
          }
          long t1 = System.nanoTime();
          c.commit();
          long t2 = System.nanoTime(); long cpu2 = bean.getProcessCpuTime();
          long pages; long segs;
          try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM items_fts_data")) { rs.next(); pages = rs.getLong(1); }
          String check;
          try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*), sum(rowid) FROM items_fts WHERE items_fts MATCH '\"canton\"' ")) { rs.next(); check = rs.getLong(1) + "/" + rs.getLong(2); }
          System.out.printf(Locale.ROOT, "round %d %-40s insert %.2fs commit %.2fs cpu %.2fs data-rows %d size %.1fMB canton %s load %s%n", r, v, (t1-t0)/1e9, (t2-t1)/1e9, (cpu2-cpu0)/1e9, pages, Files.size(db)/1e6, check, Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        }
      }
    }
  }
}
