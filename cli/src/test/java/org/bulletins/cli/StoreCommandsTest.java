package org.bulletins.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.bulletins.cli.CliTest.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ingest}, {@code stories}, {@code export} and {@code --db} on timeline and dedup. */
class StoreCommandsTest {

  private static final JsonMapper JSON = new JsonMapper();

  @TempDir Path dir;

  private Path db;
  private Path monday;
  private Path tuesday;

  private static final String HARBOUR =
      "The harbour authority of Lorvik reopened the northern quay on Tuesday after three weeks of"
          + " repairs to the storm wall, which waves had broken in two places during the October"
          + " gales. Fishing boats that had moored in the southern basin moved back the same"
          + " afternoon, and the ferry to the islands will keep its winter timetable.";
  private static final String ORCHARD =
      "Growers in the Pell valley picked the largest apple harvest in a decade, the valley's"
          + " cooperative said, crediting a mild spring without frost and a wet summer. Prices at"
          + " the autumn market fell by a fifth, and the cooperative will store part of the crop in"
          + " its new cold hall until the new year.";

  @BeforeEach
  void files() throws Exception {
    db = dir.resolve("news.db");
    monday = dir.resolve("monday.txt");
    tuesday = dir.resolve("tuesday.txt");
    Files.writeString(
        monday,
        "3 November 2026\n\nLorvik reopens its northern quay\n\n"
            + HARBOUR
            + "\n\n20 October 2026\n\nPell valley picks a record apple harvest\n\n"
            + ORCHARD
            + "\n");
    Files.writeString(
        tuesday, "4 November 2026\n\nLorvik reopens its northern quay\n\n" + HARBOUR + "\n");
  }

  private static List<JsonNode> lines(String out) throws Exception {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.split("\n")) {
      nodes.add(JSON.readTree(line));
    }
    return nodes;
  }

  @Test
  void ingestThenListSearchAndExport() throws Exception {
    Run first = CliTest.run("ingest", "--db", db.toString(), monday.toString());
    assertThat(first.status()).isZero();
    assertThat(first.out())
        .startsWith(
            "ingested 1 files (1 added, 0 replaced, 0 unchanged): 2 items, 2 new stories; "
                + db
                + " holds 2 items in 2 stories (");
    Run second =
        CliTest.run("ingest", "--db", db.toString(), monday.toString(), tuesday.toString());
    assertThat(second.status()).isZero();
    assertThat(second.out())
        .contains("(1 added, 0 replaced, 1 unchanged): 1 items, 0 new stories; ")
        .contains("holds 3 items in 2 stories");

    Run jsonl = CliTest.run("stories", "--db", db.toString(), "--format", "jsonl");
    assertThat(jsonl.status()).isZero();
    List<JsonNode> stories = lines(jsonl.out());
    assertThat(stories).hasSize(2);
    JsonNode harbour = stories.get(0);
    assertThat(harbour.get("title").asText()).isEqualTo("Lorvik reopens its northern quay");
    assertThat(harbour.get("copies").asInt()).isEqualTo(2);
    List<String> fields = new ArrayList<>();
    harbour.fieldNames().forEachRemaining(fields::add);
    assertThat(fields)
        .containsExactly(
            "storyId", "date", "title", "paragraphs", "id", "kind", "copies", "sources", "members");

    // the timeline of the store is the timeline of the files, plus storyId
    Run timeline =
        CliTest.run("timeline", "--format", "jsonl", monday.toString(), tuesday.toString());
    List<JsonNode> expected = lines(timeline.out());
    for (int i = 0; i < expected.size(); i++) {
      ((com.fasterxml.jackson.databind.node.ObjectNode) stories.get(i)).remove("storyId");
    }
    assertThat(stories).isEqualTo(expected);
    Run fromDb = CliTest.run("timeline", "--format", "jsonl", "--db", db.toString());
    assertThat(fromDb.out()).isEqualTo(timeline.out());
    Run dedupFiles = CliTest.run("dedup", monday.toString(), tuesday.toString());
    Run dedupDb = CliTest.run("dedup", "--db", db.toString());
    assertThat(dedupDb.status()).isZero();
    assertThat(dedupDb.out()).isEqualTo(dedupFiles.out());

    Run search = CliTest.run("stories", "--db", db.toString(), "--search", "apple cooperative");
    assertThat(search.out())
        .contains("Pell valley picks a record apple harvest")
        .doesNotContain("Lorvik")
        .endsWith("1 stories of 1 items\n");
    // Pages: the same stories as the whole list, one page at a time, with the total in the footer.
    Run firstPage = CliTest.run("stories", "--db", db.toString(), "--limit", "1");
    assertThat(firstPage.status()).isZero();
    assertThat(firstPage.out())
        .contains("Lorvik reopens its northern quay")
        .doesNotContain("Pell valley")
        .endsWith("1 stories of 2 items\nstories 1-1 of 2; next page: --offset 1\n");
    Run secondPage = CliTest.run("stories", "--db", db.toString(), "--limit", "1", "--offset", "1");
    assertThat(secondPage.out())
        .contains("Pell valley picks a record apple harvest")
        .endsWith("1 stories of 1 items\nstories 2-2 of 2\n");
    Run pastTheEnd = CliTest.run("stories", "--db", db.toString(), "--offset", "5");
    assertThat(pastTheEnd.out()).isEqualTo("\n0 stories of 0 items\nstories none of 2\n");
    Run countOnly = CliTest.run("stories", "--db", db.toString(), "--limit", "0");
    assertThat(countOnly.out()).isEqualTo("\n0 stories of 0 items\nstories none of 2\n");
    Run jsonlPage =
        CliTest.run(
            "stories", "--db", db.toString(), "--format", "jsonl", "--offset", "1", "--limit", "5");
    assertThat(lines(jsonlPage.out())).isEqualTo(lines(jsonl.out()).subList(1, 2));
    Run negative = CliTest.run("stories", "--db", db.toString(), "--limit", "-1");
    assertThat(negative.status()).isEqualTo(2);
    assertThat(negative.err()).contains("--limit: must not be negative: -1");
    Run range =
        CliTest.run("stories", "--db", db.toString(), "--since", "2026-11-01", "--format", "csv");
    assertThat(range.out().split("\r\n")).hasSize(2);
    assertThat(range.out())
        .startsWith("storyId,date,title,paragraphs,id,kind,copies,sources,members\r\n");
    assertThat(range.out()).contains(",2026-11-03,Lorvik reopens its northern quay,");

    Run export = CliTest.run("export", "--db", db.toString(), "--format", "jsonl");
    List<JsonNode> items = lines(export.out());
    assertThat(items)
        .extracting(n -> n.get("source").asText())
        .containsExactly(monday.toString(), monday.toString(), tuesday.toString());
    assertThat(items.get(0).get("storyId")).isEqualTo(items.get(2).get("storyId"));
    assertThat(items.get(0).get("storyId").asText()).isEqualTo(harbourId(jsonl.out()));
    Run csv = CliTest.run("export", "--db", db.toString(), "--format", "csv");
    assertThat(csv.out().lines().collect(Collectors.toList()).get(0))
        .isEqualTo("source,line,firstLine,lastLine,date,title,paragraphs,id,labels,storyId");
  }

  private static String harbourId(String jsonl) throws Exception {
    return lines(jsonl).get(0).get("storyId").asText();
  }

  @Test
  void reportReadsTheStore() throws Exception {
    CliTest.run("ingest", "--db", db.toString(), monday.toString(), tuesday.toString());
    Path fromFiles = dir.resolve("files.html");
    Path fromDb = dir.resolve("db.html");
    Run files =
        CliTest.run("report", "-o", fromFiles.toString(), monday.toString(), tuesday.toString());
    Run store = CliTest.run("report", "-o", fromDb.toString(), "--db", db.toString());
    assertThat(store.status()).as(store.err()).isZero();
    assertThat(store.err()).isEqualTo("wrote " + fromDb + ": 2 stories from 3 items\n");
    assertThat(files.err()).isEqualTo("wrote " + fromFiles + ": 2 stories from 3 items\n");
    assertThat(Files.readString(fromDb)).isEqualTo(Files.readString(fromFiles));
  }

  @Test
  void aChangedFileReplacesItsItems() throws Exception {
    CliTest.run("ingest", "--db", db.toString(), monday.toString(), tuesday.toString());
    Files.writeString(monday, "3 November 2026\n\nLorvik reopens its northern quay\n\n" + HARBOUR);
    Run again = CliTest.run("ingest", "--db", db.toString(), monday.toString());
    assertThat(again.out()).contains("(0 added, 1 replaced, 0 unchanged): 1 items, 0 new stories");
    assertThat(again.out()).contains("holds 2 items in 1 stories");
  }

  @Test
  void badStoresGiveOneLineAndStatus2() throws Exception {
    Path text = dir.resolve("notes.db");
    Files.writeString(text, "not a database at all\n");
    for (String[] args :
        List.of(
            new String[] {"ingest", "--db", text.toString(), monday.toString()},
            new String[] {"stories", "--db", text.toString()},
            new String[] {"export", "--db", text.toString(), "--format", "jsonl"},
            new String[] {"timeline", "--db", text.toString()},
            new String[] {"dedup", "--db", text.toString()})) {
      Run run = CliTest.run(args);
      assertThat(run.status()).as(args[0]).isEqualTo(2);
      assertThat(run.err())
          .as(args[0])
          .isEqualTo("bulletins " + args[0] + ": " + text + ": not a SQLite database\n");
      assertThat(run.out()).isEmpty();
    }
    Run missing = CliTest.run("stories", "--db", dir.resolve("none.db").toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).endsWith("none.db: no such store\n");
    assertThat(dir.resolve("none.db")).doesNotExist();

    Run both = CliTest.run("timeline", "--db", db.toString(), monday.toString());
    assertThat(both.status()).isEqualTo(2);
    assertThat(both.err()).contains("give PATH arguments or --db FILE, not both");
    Run neither = CliTest.run("dedup");
    assertThat(neither.status()).isEqualTo(2);
    assertThat(neither.err()).startsWith("bulletins dedup: Missing required parameter: 'PATH'");
  }
}
