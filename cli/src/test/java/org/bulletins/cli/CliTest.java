package org.bulletins.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bulletins.model.ContentId;
import org.bulletins.model.ParsedDocument;
import org.bulletins.parser.BulletinParser;
import org.bulletins.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command in-process on the seeds and checks its output contracts. */
class CliTest {

  private static final JsonMapper JSON = new JsonMapper();
  private static final String SEEDS = Seeds.DIRECTORY.toString();

  record Run(int status, String out, String err) {
    List<String> lines() {
      return out.lines().toList();
    }
  }

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, out, err);
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void parseWritesOneJsonObjectPerItemWithTheContractFields() throws Exception {
    Run run = run("parse", SEEDS);
    assertThat(run.status()).isZero();
    assertThat(run.lines()).hasSize(48);
    JsonNode first = JSON.readTree(run.lines().get(0));
    assertThat(first.get("source").asText())
        .isEqualTo(Path.of(SEEDS, "000_790d4aadd91aa11f.txt").toString());
    assertThat(first.get("line").asInt()).isEqualTo(3);
    assertThat(first.get("firstLine").asInt()).isEqualTo(1);
    assertThat(first.get("lastLine").asInt()).isGreaterThan(3);
    assertThat(first.get("date").asText()).isEqualTo("2021-06-09");
    assertThat(first.get("title").asText())
        .isEqualTo(
            "Guatemala: IOM Trains IGM Staff to Implement Protocol to Protect Vulnerable Migrants");
    assertThat(first.get("paragraphs").isArray()).isTrue();
    assertThat(first.get("id").asText()).hasSize(16);
    JsonNode undated =
        JSON.readTree(
            run.lines().stream().filter(l -> l.contains("003_")).findFirst().orElseThrow());
    assertThat(undated.get("date").isNull()).isTrue();
  }

  @Test
  void parseJsonIsOneArrayAndTextIsReadable() throws Exception {
    Run json = run("parse", "--format", "json", SEEDS + "/003_2b22732c006e20bd.txt");
    assertThat(json.status()).isZero();
    JsonNode array = JSON.readTree(json.out());
    assertThat(array.size()).isEqualTo(8);
    assertThat(array.get(4).get("title").asText()).isEqualTo("Why choose E-learning?");

    Run text = run("parse", "--format=text", SEEDS + "/003_2b22732c006e20bd.txt");
    assertThat(text.out()).contains("undated").contains("Why choose E-learning?");
  }

  @Test
  void checkPrintsASummaryAndExitsZeroOnCleanSeeds() {
    Run run = run("check", SEEDS);
    assertThat(run.status()).isZero();
    assertThat(run.lines()).last().asString().startsWith("5 files, 48 items: 0 errors");
  }

  @Test
  void checkExitsOneOnErrorsAndPrintsCompilerStyleLines(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("bad.txt");
    Files.writeString(page, "31 June, 2021\n\nA title\n\nA body paragraph.\n");
    Run run = run("check", page.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.lines().get(0)).startsWith(page + ":1:1: error: ");
    assertThat(run.lines()).last().asString().startsWith("1 file, 1 item: 1 error");
  }

  @Test
  void checkNamesEachFilesLayoutAfterItsDiagnostics(@TempDir Path dir) throws Exception {
    Path article = dir.resolve("article.txt");
    Files.writeString(
        article,
        "Clinics train staff\nGuatemala, Honduras\n10 October, 2019\n\nNurses met for two days."
            + " They practised referrals.\n");
    Path bad = dir.resolve("bad.txt");
    Files.writeString(bad, "31 June, 2021\n\nA title\n\nA body paragraph.\n");
    Run run = run("check", article.toString(), bad.toString());
    assertThat(run.lines())
        .containsExactly(
            article + ": layout title-date-body (1 item)",
            bad
                + ":1:1: error: date.impossible: \"31 June, 2021\" is not a real date; the item has"
                + " no date",
            bad + ": layout date-title-body (1 item)",
            "2 files, 2 items: 1 error, 0 warnings, 0 info");
  }

  @Test
  void parseWritesLabelsOnlyForItemsThatHaveThem(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("labels.txt");
    Files.writeString(
        page,
        "Press Release\n9 June, 2021\n\nA title\n\nCategories: Health\n\nA body.\n\n"
            + "10 June, 2021\n\nAnother title\n\nAnother body.\n");
    Run run = run("parse", "--format=jsonl", page.toString());
    assertThat(run.status()).isZero();
    JsonNode first = JSON.readTree(run.lines().get(0));
    assertThat(first.get("labels"))
        .extracting(JsonNode::asText)
        .containsExactly("Press Release", "Categories: Health");
    assertThat(first.get("firstLine").asInt()).isEqualTo(1);
    assertThat(JSON.readTree(run.lines().get(1)).has("labels")).isFalse();
  }

  @Test
  void dedupCoversEveryInputItemExactlyOnce() throws Exception {
    Run run = run("dedup", SEEDS);
    assertThat(run.status()).isZero();
    JsonNode report = JSON.readTree(run.out());
    assertThat(report.get("items").asInt()).isEqualTo(48);
    assertThat(report.get("clusters").size()).isEqualTo(44);
    Set<String> seen = new HashSet<>();
    int members = 0;
    for (JsonNode cluster : report.get("clusters")) {
      assertThat(cluster.get("kind").asText())
          .isIn("singleton", "exact", "near-duplicate", "rewrite");
      assertThat(cluster.get("merged").get("title").asText()).isNotBlank();
      for (JsonNode member : cluster.get("members")) {
        members++;
        assertThat(seen.add(member.get("source").asText() + ":" + member.get("line").asInt()))
            .isTrue();
      }
      if (cluster.get("members").size() > 1) {
        assertThat(cluster.get("evidence").size()).isPositive();
        assertThat(cluster.get("evidence").get(0).has("rule")).isTrue();
      }
    }
    assertThat(members).isEqualTo(48);
  }

  @Test
  void dedupIdsAreTheContentIdsOfWhatIsWritten() throws Exception {
    // The command reuses ids within a story (a merged item with one member's content has its id):
    // every id written must still be the content id of the item it is written with.
    Run run = run("dedup", SEEDS);
    assertThat(run.status()).isZero();
    int checked = 0;
    for (JsonNode cluster : JSON.readTree(run.out()).get("clusters")) {
      assertThat(cluster.get("id").asText()).isEqualTo(contentId(cluster.get("merged")));
      assertThat(cluster.get("merged").get("id").asText())
          .isEqualTo(contentId(cluster.get("merged")));
      for (JsonNode member : cluster.get("members")) {
        assertThat(member.get("id").asText()).isEqualTo(contentId(member));
        checked++;
      }
    }
    assertThat(checked).isEqualTo(48);
  }

  private static String contentId(JsonNode item) {
    List<String> paragraphs = new ArrayList<>();
    item.get("paragraphs").forEach(p -> paragraphs.add(p.asText()));
    Optional<LocalDate> date =
        item.hasNonNull("date")
            ? Optional.of(LocalDate.parse(item.get("date").asText()))
            : Optional.empty();
    return ContentId.of(date, item.get("title").asText(), paragraphs).value();
  }

  @Test
  void timelineIsNewestFirstWithUndatedLast() {
    Run run = run("timeline", SEEDS);
    assertThat(run.status()).isZero();
    List<String> storyLines =
        run.lines().stream().filter(l -> !l.startsWith(" ") && !l.isBlank()).toList();
    assertThat(storyLines.get(0)).startsWith("2021-06-09  Guatemala: IOM Trains IGM Staff");
    assertThat(run.out()).contains("2 copies merged from");
    assertThat(storyLines.get(storyLines.size() - 2)).startsWith("undated");
    assertThat(storyLines).last().isEqualTo("44 stories from 48 items");
    List<String> dates =
        storyLines.stream()
            .filter(l -> l.matches("\\d{4}-\\d{2}-\\d{2} .*"))
            .map(l -> l.substring(0, 10))
            .toList();
    assertThat(dates).hasSize(37).isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  @Test
  void storiesOfOneDayComeInReadingOrder(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("a.txt"),
        "9 June, 2021\n\nStory from a\n\nAbout the harbour of Puerto Cortés.\n");
    Files.writeString(
        dir.resolve("b.txt"),
        "9 June, 2021\n\nStory from b\n\nAbout 40 officials trained in Dajabón.\n");
    Run run = run("timeline", dir.resolve("b.txt").toString(), dir.resolve("a.txt").toString());
    assertThat(run.lines().get(0)).endsWith("Story from b");
    assertThat(run.lines().get(2)).endsWith("Story from a");
  }

  @Test
  void aFileNamedTwiceIsReadOnce() {
    String page = SEEDS + "/000_790d4aadd91aa11f.txt";
    Run run = run("parse", SEEDS, page);
    assertThat(run.status()).isZero();
    assertThat(run.lines()).hasSize(48);
    assertThat(run.err()).contains(page + " is the same file as");
  }

  @Test
  void timelineBulletinReadsBackAsTheSameStories() throws Exception {
    Run run = run("timeline", "--format", "bulletin", SEEDS);
    assertThat(run.status()).isZero();
    ParsedDocument back = BulletinParser.create().parse(run.out(), "timeline");
    assertThat(back.items()).hasSize(44);
    assertThat(back.hasErrors()).isFalse();
  }

  @Test
  void timelineJsonLinesHaveCopiesAndSources() throws Exception {
    Run run = run("timeline", "--format", "jsonl", SEEDS);
    assertThat(run.lines()).hasSize(44);
    long merged =
        run.lines().stream().map(CliTest::tree).filter(n -> n.get("copies").asInt() > 1).count();
    assertThat(merged).isEqualTo(4);
  }

  @Test
  void badUsageExitsTwoWithOneLine() {
    Run missing = run("parse", "no/such/file.txt");
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err().lines())
        .containsExactly("bulletins parse: no such file or folder: no/such/file.txt");
    assertThat(missing.out()).isEmpty();

    Run unknown = run("parse", "--bogus", SEEDS);
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err().lines()).hasSize(1);
    assertThat(unknown.err()).startsWith("bulletins parse: Unknown option: '--bogus'");

    Run noCommand = run();
    assertThat(noCommand.status()).isEqualTo(2);
    assertThat(noCommand.err().lines()).hasSize(1);

    Run badFormat = run("timeline", "--format", "xml", SEEDS);
    assertThat(badFormat.status()).isEqualTo(2);
    assertThat(badFormat.err().lines()).hasSize(1);
  }

  @Test
  void helpAndVersionWork() {
    for (String command : List.of("parse", "check", "dedup", "timeline")) {
      Run help = run(command, "--help");
      assertThat(help.status()).isZero();
      assertThat(help.out()).contains("Usage: bulletins " + command);
    }
    Run version = run("--version");
    assertThat(version.status()).isZero();
    assertThat(version.out()).startsWith("bulletins 0.");
  }

  private static JsonNode tree(String line) {
    try {
      return JSON.readTree(line);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
