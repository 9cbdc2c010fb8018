package org.bulletins.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletins.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bulletins report}: its contract on the command line and what the page holds. */
class ReportCommandTest {

  private static final String SEEDS = Seeds.DIRECTORY.toString();

  @TempDir Path dir;

  @Test
  void writesEveryStoryOfTheSeedsInTimelineOrder() throws Exception {
    Path page = dir.resolve("seeds.html");
    CliTest.Run run = CliTest.run("report", "-o", page.toString(), SEEDS);
    assertThat(run.status()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("wrote " + page + ": 44 stories from 48 items\n");

    JsonNode data = data(Files.readString(page));
    assertThat(data.get("items").asInt()).isEqualTo(48);
    List<String> titles = new ArrayList<>();
    data.get("stories").forEach(s -> titles.add(s.get("title").asText()));
    List<String> timeline = new ArrayList<>();
    for (String line : CliTest.run("timeline", "--format", "jsonl", SEEDS).lines()) {
      timeline.add(new JsonMapper().readTree(line).get("title").asText());
    }
    assertThat(titles).containsExactlyElementsOf(timeline);
    // Each merged story: one diff per extra copy, against the first, and the evidence.
    int merged = 0;
    for (JsonNode story : data.get("stories")) {
      int copies = story.get("copies").size();
      assertThat(story.get("diffs").size()).isEqualTo(copies - 1);
      if (copies > 1) {
        merged++;
        assertThat(story.get("links").size()).isPositive();
        assertThat(story.get("links").get(0).get("rule").asText()).isNotBlank();
      }
    }
    assertThat(merged).isEqualTo(4);
    assertThat(data.get("files").size()).isEqualTo(5);
    int months = data.get("months").size();
    assertThat(months).isPositive();
    assertThat(dir.toFile().list()).containsExactly("seeds.html"); // no temporary file left
  }

  @Test
  void standardInputIsListedAsStdinOnce() throws Exception {
    Path page = dir.resolve("stdin.html");
    byte[] seed = Files.readAllBytes(Path.of(SEEDS, "003_2b22732c006e20bd.txt"));
    HostileInputPathsTest.Run run =
        HostileInputPathsTest.run(
            new ByteArrayInputStream(seed), "report", "-o", page.toString(), "-");
    assertThat(run.status()).isZero();
    assertThat(run.err()).endsWith("stories from 8 items\n");
    JsonNode files = data(Files.readString(page)).get("files");
    assertThat(files).hasSize(1);
    assertThat(files.get(0).get("source").asText()).isEqualTo("<stdin>");
    assertThat(files.get(0).get("items").asInt()).isEqualTo(8);
  }

  @Test
  void aSingleStoryIsCountedInTheSingular() throws Exception {
    Path page = dir.resolve("one.html");
    byte[] one = "9 June 2021\n\nOne title\n\nOne body.\n".getBytes(StandardCharsets.UTF_8);
    HostileInputPathsTest.Run run =
        HostileInputPathsTest.run(
            new ByteArrayInputStream(one), "report", "-o", page.toString(), "-");
    assertThat(run.err()).isEqualTo("wrote " + page + ": 1 story from 1 item\n");
  }

  @Test
  void diagnosticsComeWithTheirLineText() throws Exception {
    Path bad = dir.resolve("bad.txt");
    Files.writeString(bad, "Intro line\n\n31 June, 2021\n\nA title\n\nA body paragraph.\n");
    Path page = dir.resolve("bad.html");
    CliTest.Run run = CliTest.run("report", "--output", page.toString(), bad.toString());
    assertThat(run.status()).isZero();
    JsonNode file = data(Files.readString(page)).get("files").get(0);
    assertThat(file.get("source").asText()).isEqualTo(bad.toString());
    JsonNode impossible =
        findFirst(file.get("diagnostics"), d -> d.get("code").asText().equals("date.impossible"));
    assertThat(impossible.get("line").asInt()).isEqualTo(3);
    assertThat(impossible.get("text").asText()).isEqualTo("31 June, 2021");
    assertThat(file.get("errors").asInt()).isPositive();
  }

  @Test
  void everyFileIsListedInReadingOrderEvenAnEmptyOne() throws Exception {
    Files.writeString(dir.resolve("a-empty.txt"), "");
    Files.writeString(dir.resolve("b-words.txt"), "just some words\n");
    Path page = dir.resolve("out.html");
    assertThat(CliTest.run("report", "-o", page.toString(), dir.toString()).status()).isZero();
    JsonNode files = data(Files.readString(page)).get("files");
    assertThat(files.size()).isEqualTo(2);
    assertThat(files.get(0).get("source").asText()).endsWith("a-empty.txt");
    assertThat(files.get(0).get("diagnostics").size()).isZero();
    assertThat(files.get(1).get("source").asText()).endsWith("b-words.txt");
    assertThat(files.get(1).get("warnings").asInt()).isEqualTo(1);
    assertThat(files.get(1).get("diagnostics").get(0).get("text").asText())
        .isEqualTo("just some words");
  }

  @Test
  void theOutputIsRequiredAndMustBeWritable() throws Exception {
    CliTest.Run missing = CliTest.run("report", SEEDS);
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err())
        .startsWith("bulletins report: Missing required option: '--output=FILE'");

    Path nowhere = dir.resolve("no/such/folder/page.html");
    CliTest.Run unwritable = CliTest.run("report", "-o", nowhere.toString(), SEEDS);
    assertThat(unwritable.status()).isEqualTo(2);
    assertThat(unwritable.err())
        .isEqualTo("bulletins report: cannot write " + nowhere + ": its folder does not exist\n");

    CliTest.Run folder = CliTest.run("report", "-o", dir.toString(), SEEDS);
    assertThat(folder.status()).isEqualTo(2);
    assertThat(folder.err())
        .isEqualTo("bulletins report: cannot write " + dir + ": it is a folder\n");

    CliTest.Run noInput =
        CliTest.run("report", "-o", dir.resolve("x.html").toString(), "no-such-file.txt");
    assertThat(noInput.status()).isEqualTo(2);
    assertThat(dir.resolve("x.html")).doesNotExist();
  }

  @Test
  void theSamePageTwiceIsTheSameBytes() throws Exception {
    Path a = dir.resolve("a.html");
    Path b = dir.resolve("b.html");
    assertThat(CliTest.run("report", "-o", a.toString(), SEEDS).status()).isZero();
    assertThat(CliTest.run("report", "-o", b.toString(), SEEDS).status()).isZero();
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
  }

  static JsonNode data(String html) throws Exception {
    Matcher m =
        Pattern.compile(
                "<script type=\"application/json\" id=\"report-data\">(.*?)</script>",
                Pattern.DOTALL)
            .matcher(html);
    assertThat(m.find()).isTrue();
    return new JsonMapper().readTree(m.group(1).getBytes(StandardCharsets.UTF_8));
  }

  static JsonNode findFirst(JsonNode array, java.util.function.Predicate<JsonNode> test) {
    for (JsonNode node : array) {
      if (test.test(node)) {
        return node;
      }
    }
    throw new AssertionError("none of " + array.size() + " matches");
  }
}
