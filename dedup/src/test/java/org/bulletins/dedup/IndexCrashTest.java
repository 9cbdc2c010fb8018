package org.bulletins.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM that is saving a large index with SIGKILL ({@link ProcessHandle#destroyForcibly()})
 * at random moments (every other kill waits until the temporary file exists, so that it lands
 * inside the write itself); after each kill the index file must load intact, as the last save or
 * the one in flight. The normal run kills 3 times; for more:
 *
 * <pre>
 * {@code ./mvnw -B -pl dedup -am test -Dtest=IndexCrashTest -Dsurefire.failIfNoSpecifiedTests=false -Dreliability.kills=200}
 * </pre>
 */
class IndexCrashTest {

  private static final int KILLS = Integer.getInteger("reliability.kills", 3);
  private static final int ITEMS = Integer.getInteger("reliability.killItems", 150);

  @TempDir Path dir;

  @Test
  void aKilledSaveLeavesTheLastIndexIntact() throws Exception {
    Path file = dir.resolve("stories.idx.json");
    Random random = new Random(Long.getLong("reliability.seed", System.nanoTime()));
    int midWrite = 0;
    long bytes = 0;
    for (int kill = 0; kill < KILLS; kill++) {
      Process child =
          new ProcessBuilder(
                  javaBinary(),
                  "-Xmx256m",
                  "-XX:TieredStopAtLevel=1",
                  "-cp",
                  testClassPath(),
                  IndexSaver.class.getName(),
                  file.toString(),
                  String.valueOf(ITEMS))
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      AtomicInteger lastSaved = new AtomicInteger(-1);
      Thread reader = new Thread(() -> readSaves(child, lastSaved));
      reader.start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (lastSaved.get() < 0 && child.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(lastSaved.get()).as("the saver saved at least once").isPositive();
      if (kill % 2 == 0) {
        Thread.sleep(random.nextInt(400)); // anywhere: adding, serialising, writing, renaming
      } else {
        awaitTemporaryFile(deadline); // inside the write itself
        Thread.sleep(random.nextInt(4));
      }
      // Through the handle: Process.destroyForcibly also closes our end of the child's stdout, and
      // a reader lagging under load then lost the last "saved" lines the child had written.
      child.toHandle().destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      reader.join();
      try (Stream<Path> files = Files.list(dir)) {
        if (files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp"))) {
          midWrite++;
        }
      }
      int saved = lastSaved.get();
      DedupIndex loaded = DedupIndex.load(file);
      // the last save it reported, or the next one if the rename beat the kill to the print
      assertThat(loaded.size()).as("kill %s", kill).isIn(saved, saved + 1);
      assertThat(loaded.stories()).isNotEmpty();
      bytes = Files.size(file);
      try (Stream<Path> files = Files.list(dir)) { // next round starts from nothing again
        for (Path f : files.toList()) {
          Files.delete(f);
        }
      }
    }
    System.out.printf(
        "IndexCrashTest: %d kills survived, %d of them left a temporary file (killed"
            + " mid-write); index file %d bytes%n",
        KILLS, midWrite, bytes);
  }

  private void awaitTemporaryFile(long deadline) throws IOException {
    while (System.nanoTime() < deadline) {
      try (Stream<Path> files = Files.list(dir)) {
        if (files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp"))) {
          return;
        }
      }
      Thread.onSpinWait();
    }
  }

  private static void readSaves(Process child, AtomicInteger lastSaved) {
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith("saved ")) {
          lastSaved.set(Integer.parseInt(line.substring(6).trim()));
        }
      }
    } catch (IOException e) {
      // the child was killed mid-line
    }
  }

  static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The test classpath; surefire puts the modules on the module path, so both are joined. */
  static String testClassPath() {
    List<String> parts = new ArrayList<>();
    for (String property : new String[] {"java.class.path", "jdk.module.path"}) {
      String value = System.getProperty(property);
      if (value != null && !value.isBlank()) {
        parts.add(value);
      }
    }
    return String.join(File.pathSeparator, parts);
  }
}
