package org.bulletins.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bulletins.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs every example on the seeds, so that none can rot. */
class ExamplesTest {

  private static final String SEEDS = Seeds.DIRECTORY.toString();
  private static final String PAGE_000 = SEEDS + "/000_790d4aadd91aa11f.txt";
  private static final String PAGE_001 = SEEDS + "/001_20d1214f8aad09a1.txt";
  private static final String PAGE_002 = SEEDS + "/002_98243552450b8a96.txt";

  interface Program {
    void run(String[] args) throws Exception;
  }

  /** Runs a program and returns what it printed on stdout. */
  static String stdoutOf(Program program, String... args) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      program.run(args);
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Test
  void parseBulletinPrintsEveryItem() throws Exception {
    List<String> lines = stdoutOf(ParseBulletin::main, PAGE_000).lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "2021-06-09  Guatemala: IOM Trains IGM Staff to Implement Protocol to Protect Vulnerable Migrants");
    assertThat(lines.get(1)).startsWith("    1 paragraph(s), " + Path.of(PAGE_000) + ":1-");
    assertThat(lines.stream().filter(l -> !l.startsWith(" "))).hasSize(10);
  }

  @Test
  void showDiagnosticsReportsTheMessyPage() throws Exception {
    String out = stdoutOf(ShowDiagnostics::main);
    assertThat(out).contains("messy.txt:1:1: error: date.impossible");
    assertThat(out).contains("IOM & partners hold a workshop");
    assertThat(out).contains("A title after a Spanish date");
    assertThat(out).contains("2021-07-12");
  }

  @Test
  void deduplicateFolderShowsProvenanceAndEvidence() throws Exception {
    String out = stdoutOf(DeduplicateFolder::main, SEEDS);
    assertThat(out).startsWith("48 items, 44 stories");
    assertThat(out).contains("Mexico: UN agencies promote labor inclusion of migrants");
    assertThat(out).contains("member     " + Path.of(SEEDS, "002_98243552450b8a96.txt") + ":1-");
    assertThat(out).contains("link 0~1  rule ");
  }

  @Test
  void keepIndexRecognisesItemsAcrossRuns(@TempDir Path dir) throws Exception {
    String index = dir.resolve("stories.index").toString();
    String first = stdoutOf(KeepIndex::main, index, PAGE_001);
    assertThat(first).contains("10 items read, 0 already known");
    String second = stdoutOf(KeepIndex::main, index, PAGE_002);
    assertThat(second).contains("10 items read, 3 already known");
    assertThat(second).contains("known: Mexico: UN agencies promote labor inclusion");
  }

  @Test
  void storeStoriesKeepsStoriesAndTheirIdsAcrossRuns(@TempDir Path dir) throws Exception {
    String db = dir.resolve("news.db").toString();
    List<String> first = stdoutOf(StoreStories::main, db, PAGE_001).lines().toList();
    assertThat(first.get(0)).isEqualTo("001_20d1214f8aad09a1.txt: added, 10 items, 10 new stories");
    assertThat(first).last().isEqualTo("10 stories of 10 items in " + db);
    List<String> second = stdoutOf(StoreStories::main, db, PAGE_002, PAGE_001).lines().toList();
    // Three items of the second page are copies of the first page's stories: they join them.
    assertThat(second.get(0)).isEqualTo("002_98243552450b8a96.txt: added, 10 items, 7 new stories");
    assertThat(second.get(1))
        .isEqualTo("001_20d1214f8aad09a1.txt: stored before with the same contents, skipped");
    assertThat(second).last().isEqualTo("17 stories of 20 items in " + db);
    assertThat(second.stream().filter(l -> l.contains("[2 copies, story "))).hasSize(3);
    // A story keeps its id when copies join it.
    String joined = second.stream().filter(l -> l.contains("[2 copies")).findFirst().orElseThrow();
    String id = joined.substring(joined.lastIndexOf("story ") + 6, joined.length() - 1);
    assertThat(first).anyMatch(l -> l.endsWith("story " + id + "]"));
  }

  @Test
  void exportJsonWritesReadableJson(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("items.json");
    String printed =
        stdoutOf(ExportJson::main, out.toString(), PAGE_000, SEEDS + "/003_2b22732c006e20bd.txt");
    assertThat(printed).contains("wrote 18 items from 2 files");
    JsonNode documents = new JsonMapper().readTree(Files.readString(out));
    assertThat(documents.get(0).get("items").get(0).get("date").asText()).isEqualTo("2021-06-09");
    assertThat(documents.get(1).get("items").get(0).get("date").isNull()).isTrue();
  }

  @Test
  void readmeShowsTheParseBulletinExampleVerbatim() throws Exception {
    String readme = Files.readString(Path.of("../README.md"));
    String source =
        Files.readString(Path.of("src/main/java/org/bulletins/examples/ParseBulletin.java"));
    String marker = "```java\n" + source.substring(0, source.indexOf('\n'));
    int start = readme.indexOf(marker);
    assertThat(start)
        .as("README has a java block starting with the example's package line")
        .isNotNegative();
    int end = readme.indexOf("```\n", start + marker.length());
    assertThat(readme.substring(start + "```java\n".length(), end)).isEqualTo(source);
  }
}
