package org.bulletins.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.bulletins.model.NewsItem;
import org.bulletins.model.json.BulletinsJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged index files: every truncation and random bit flips, hostile JSON, a newer version. Each
 * gives a {@link DedupIndexException} that names the file; none loads half an index.
 */
class IndexCorruptionTest {

  static final int FLIPS = Integer.getInteger("reliability.flips", 300);

  @TempDir static Path dir;
  static Path good;
  static byte[] bytes;

  @BeforeAll
  static void save() throws Exception {
    good = dir.resolve("good.idx.json");
    DedupEngine.create().newIndex().addAll(IndexSaver.items(0, 12)).save(good);
    bytes = Files.readAllBytes(good);
  }

  @Test
  void theGoodFileLoads() {
    assertThat(DedupIndex.load(good).size()).isEqualTo(12);
  }

  @Test
  void everyTruncationIsRejectedByName() throws Exception {
    Path file = dir.resolve("truncated.idx.json");
    int step = Math.max(1, bytes.length / 400);
    int tried = 0;
    for (int length = 0; length < bytes.length; length += step) {
      Files.write(file, Arrays.copyOf(bytes, length));
      assertRejected(file);
      tried++;
    }
    System.out.printf("IndexCorruptionTest: %d truncations rejected%n", tried);
  }

  @Test
  void randomBitFlipsAreRejectedByName() throws Exception {
    Path file = dir.resolve("flipped.idx.json");
    Random random = new Random(Long.getLong("reliability.seed", 8));
    for (int i = 0; i < FLIPS; i++) {
      byte[] damaged = bytes.clone();
      damaged[random.nextInt(damaged.length)] ^= (byte) (1 << random.nextInt(8));
      Files.write(file, damaged);
      assertRejected(file);
    }
    System.out.printf("IndexCorruptionTest: %d bit flips rejected%n", FLIPS);
  }

  @Test
  void anEditedTitleIsCaughtByTheChecksum() throws Exception {
    String json = new String(bytes, StandardCharsets.UTF_8);
    Path file =
        Files.writeString(
            dir.resolve("edited.idx.json"), json.replaceFirst("Story 3 ", "Story 4 "));
    assertThatThrownBy(() -> DedupIndex.load(file))
        .isInstanceOf(DedupIndexException.class)
        .hasMessageStartingWith(file.toString())
        .hasMessageContaining("checksum");
  }

  @Test
  void aNewerVersionIsRejectedNamingBothVersions() throws Exception {
    String json = new String(bytes, StandardCharsets.UTF_8);
    Path file =
        Files.writeString(
            dir.resolve("newer.idx.json"), json.replace("\"version\":2", "\"version\":3"));
    assertThatThrownBy(() -> DedupIndex.load(file))
        .isInstanceOf(DedupIndexException.class)
        .hasMessageStartingWith(file.toString())
        .hasMessageContaining("version 3")
        .hasMessageContaining("up to version 2");
  }

  @Test
  void aVersionOneFileWithoutChecksumStillLoads() throws Exception {
    String json = new String(bytes, StandardCharsets.UTF_8);
    String v1 =
        json.replace("\"version\":2", "\"version\":1").replaceFirst(",\"crc32c\":[0-9]+}$", "}");
    Path file = Files.writeString(dir.resolve("v1.idx.json"), v1);
    assertThat(DedupIndex.load(file).stories()).isEqualTo(DedupIndex.load(good).stories());
  }

  @Test
  void aFileWithoutMaxTermBlockSizeLoadsWithTheDefault() throws Exception {
    String json = new String(bytes, StandardCharsets.UTF_8);
    assertThat(json).contains("\"maxTermBlockSize\":" + DedupOptions.DEFAULT_MAX_TERM_BLOCK_SIZE);
    String older =
        json.replaceFirst(",\"maxTermBlockSize\":[0-9]+", "")
            .replace("\"version\":2", "\"version\":1")
            .replaceFirst(",\"crc32c\":[0-9]+}$", "}");
    Path file = Files.writeString(dir.resolve("older.idx.json"), older);
    DedupIndex loaded = DedupIndex.load(file);
    assertThat(loaded.engine().options()).isEqualTo(DedupOptions.defaults());
    assertThat(loaded.stories()).isEqualTo(DedupIndex.load(good).stories());
  }

  @Test
  void hostileJsonIsRejectedByName() throws Exception {
    List<String> hostile =
        new ArrayList<>(
            List.of(
                "",
                "null",
                "[]",
                "\"x\"",
                "{",
                "{}",
                "\u0000\u0001\u0002",
                "{\"format\":\"bulletins-dedup-index\",\"version\":\"2\"}",
                "{\"format\":\"bulletins-dedup-index\",\"version\":-1}",
                "{\"format\":\"bulletins-dedup-index\",\"version\":1e999}",
                "{\"format\":\"bulletins-dedup-index\",\"version\":1,\"options\":{},\"itemCount\":0,\"items\":[]}",
                "{\"format\":\"bulletins-dedup-index\",\"format\":\"x\"}",
                "{\"format\":\"bulletins-dedup-index\",\"version\":1,\"items\":"
                    + "[".repeat(100_000)
                    + "]".repeat(100_000)
                    + "}",
                "{\"format\":\"bulletins-dedup-index\",\"version\":1,\"x\":\""
                    + "a".repeat(11_000_000)
                    + "\"}",
                "{\"format\":\"bulletins-dedup-index\",\"version\":" + "9".repeat(100_000) + "}"));
    String v1 =
        new String(bytes, StandardCharsets.UTF_8)
            .replace("\"version\":2", "\"version\":1")
            .replaceFirst(",\"crc32c\":[0-9]+}$", "}");
    hostile.add(v1.replace("\"itemCount\":12", "\"itemCount\":2147483647"));
    hostile.add(
        v1.replace("\"shingleSize\":", "\"shingleSize\":-")
            .replace("\"shingleSize\":--", "\"shingleSize\":-"));
    hostile.add(v1.replace("\"title\":\"Story 1 ", "\"title\":null,\"x\":\""));
    hostile.add(v1.replaceFirst("\"date\":\"2021-01-0[0-9]\"", "\"date\":\"2021-02-30\""));
    hostile.add(v1.replace("\"firstLine\":1,", "\"firstLine\":-5,"));
    int i = 0;
    for (String json : hostile) {
      Path file = Files.writeString(dir.resolve("hostile-" + i++ + ".idx.json"), json);
      assertRejected(file);
    }
    System.out.printf("IndexCorruptionTest: %d hostile JSON files rejected%n", hostile.size());
  }

  @Test
  void aHugeFileIsRejectedBeforeItIsRead() throws Exception {
    Path file = dir.resolve("huge.idx.json");
    try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(BulletinsJson.MAX_DOCUMENT_LENGTH + 1); // sparse: no disk, no time
    }
    assertThatThrownBy(() -> DedupIndex.load(file))
        .isInstanceOf(DedupIndexException.class)
        .hasMessageStartingWith(file.toString())
        .hasMessageContaining("MAX_DOCUMENT_LENGTH");
    Files.delete(file);
  }

  @Test
  void aNullItemInABatchAddsNothing() {
    DedupIndex index = DedupEngine.create().newIndex().addAll(IndexSaver.items(0, 3));
    List<NewsItem> batch = new ArrayList<>(IndexSaver.items(3, 2));
    batch.add(null);
    assertThatThrownBy(() -> index.addAll(batch)).isInstanceOf(NullPointerException.class);
    assertThat(index.size()).isEqualTo(3);
    assertThat(index.stories()).hasSize(3);
  }

  private static void assertRejected(Path file) {
    assertThatThrownBy(() -> DedupIndex.load(file))
        .as("%s (%s bytes)", file, file.toFile().length())
        .isInstanceOf(DedupIndexException.class)
        .hasMessageStartingWith(file.toString() + ": ");
  }
}
