package org.bulletins.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.bulletins.cli.CliTest.Run;
import org.bulletins.store.BulletinStore;
import org.bulletins.store.StoreException;
import org.bulletins.store.StoryQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL during {@code bulletins ingest}, again and again: after every kill the database passes
 * {@code PRAGMA integrity_check}, every stored file has all its items and each item its story, and
 * a reader can query while the ingest runs; running the same ingest again finishes it with nothing
 * lost (the stories are those of {@code dedup} on the same files).
 */
class IngestKillTest {

  private static final int KILLS = Integer.getInteger("reliability.kills", 4);
  private static final int FILES = 24;
  private static final int ITEMS_PER_FILE = 40;

  @TempDir Path dir;

  @Test
  void killedIngestsLeaveAConsistentStoreAndTheNextRunCompletesIt() throws Exception {
    Random random = new Random(Long.getLong("reliability.seed", System.nanoTime()));
    List<String> files = writeFiles(random);
    Path db = dir.resolve("news.db");
    List<String> args = new ArrayList<>(List.of("ingest", "--db", db.toString()));
    args.addAll(files);
    int killedMidway = 0;
    for (int kill = 0; kill < KILLS; kill++) {
      Process child =
          OutputFailureTest.child(args.toArray(String[]::new))
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      // Wait for the child to have committed something new, reading as it writes.
      long before = storedFiles(db);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (child.isAlive() && storedFiles(db) <= before && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      Thread.sleep(random.nextInt(300));
      if (child.isAlive()) {
        killedMidway++;
      }
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertConsistent(db);
    }
    assertThat(killedMidway).as("kills that hit a running ingest").isPositive();

    Run last = CliTest.run(args.toArray(String[]::new));
    assertThat(last.status()).as(last.err()).isZero();
    assertConsistent(db);
    assertThat(storedFiles(db)).isEqualTo(FILES);
    try (BulletinStore store = BulletinStore.openReadOnly(db)) {
      assertThat(store.itemCount()).isEqualTo((long) FILES * ITEMS_PER_FILE);
      Set<Set<String>> stored =
          store.stories(StoryQuery.all()).stream()
              .map(
                  s ->
                      s.story().members().stream()
                          .map(m -> m.span().source() + ":" + m.span().titleLine())
                          .collect(Collectors.toSet()))
              .collect(Collectors.toSet());
      List<String> dedupArgs = new ArrayList<>(List.of("dedup"));
      dedupArgs.addAll(files);
      Run dedup = CliTest.run(dedupArgs.toArray(String[]::new));
      Run fromDb = CliTest.run("dedup", "--db", db.toString());
      assertThat(fromDb.out()).isEqualTo(dedup.out());
      assertThat(stored).hasSizeGreaterThan(FILES); // many stories, some merged
    }
    System.out.printf(
        "IngestKillTest: %d kills, %d during a running ingest; store consistent after each%n",
        KILLS, killedMidway);
  }

  private List<String> writeFiles(Random random) throws Exception {
    List<String> stories = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int f = 0; f < FILES; f++) {
      StringBuilder file = new StringBuilder();
      for (int i = 0; i < ITEMS_PER_FILE; i++) {
        String story;
        if (!stories.isEmpty() && random.nextInt(4) == 0) {
          story = stories.get(random.nextInt(stories.size())); // a copy from an earlier day
        } else {
          story = "Title " + words(random, 7) + "\n\n" + words(random, 60) + ".";
          stories.add(story);
        }
        file.append(1 + random.nextInt(28)).append(" March 2026\n\n").append(story).append("\n\n");
      }
      Path path = dir.resolve(String.format("day%02d.txt", f));
      Files.writeString(path, file);
      names.add(path.toString());
    }
    return names;
  }

  private static String words(Random random, int n) {
    String[] syllables = {"ka", "lo", "mi", "ra", "te", "su", "no", "vi", "pe", "da", "go", "zu"};
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        out.append(' ');
      }
      for (int s = 0; s < 2 + random.nextInt(3); s++) {
        out.append(syllables[random.nextInt(syllables.length)]);
      }
    }
    return out.toString();
  }

  /** How many files the store holds, read through a read-only store as any reader would. */
  private static long storedFiles(Path db) {
    if (!Files.exists(db)) {
      return 0;
    }
    try (BulletinStore store = BulletinStore.openReadOnly(db)) {
      return store.sourceCount();
    } catch (StoreException e) {
      if (e.reason() == StoreException.Reason.NOT_A_STORE) {
        return 0; // created, schema not yet committed
      }
      throw e;
    }
  }

  private static void assertConsistent(Path db) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      assertThat(one(s, "PRAGMA integrity_check")).isEqualTo("ok");
      // every stored file has all its items, each item a story, each story its members
      assertThat(
              one(
                  s,
                  "SELECT count(*) FROM sources WHERE items <>"
                      + " (SELECT count(*) FROM items WHERE source_id = sources.id)"))
          .isEqualTo("0");
      assertThat(one(s, "SELECT count(*) FROM items WHERE story_seq IS NULL")).isEqualTo("0");
      assertThat(
              one(
                  s,
                  "SELECT count(*) FROM stories WHERE members <>"
                      + " (SELECT count(*) FROM items WHERE story_seq = stories.seq)"))
          .isEqualTo("0");
      assertThat(one(s, "SELECT count(*) FROM items_fts"))
          .isEqualTo(one(s, "SELECT count(*) FROM items"));
    }
  }

  private static String one(Statement s, String sql) throws Exception {
    try (ResultSet row = s.executeQuery(sql)) {
      row.next();
      return row.getString(1);
    }
  }
}
