package org.bulletins.facts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bulletins.model.NewsItem;
import org.bulletins.parser.BulletinParser;
import org.bulletins.testing.Seeds;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall per fact type on the 48 seed items against {@code seed-facts.jsonl}, facts
 * written and reviewed by eye item by item. The figures are printed and must each be at least
 * {@value #GOAL}, but for the known shortfall in {@code FLOORS}. With {@code -Dfacts.dump=true} the
 * extractor's own output is written to {@code target/seed-facts-extracted.jsonl} for review; it
 * never overwrites the golden file.
 */
class GoldenFactsTest {

  static final double GOAL = 0.95;

  /**
   * Where a figure is below the goal, the floor it must not fall under, with the miss that keeps it
   * there. None today: the last one (numbers precision 0.917, the "2 veces" of the campaign name
   * "Pensalo 2 veces" read as a count) went when "times"/"veces"/"fois"/"vezes" stopped counting.
   */
  private static final Map<String, Double> FLOORS = Map.of();

  private static final JsonMapper JSON = new JsonMapper();
  private static final List<String> TYPES =
      List.of("language", "countries", "organizations", "numbers", "eventDates", "dateline");

  /** True and false positives and false negatives of one fact type. */
  static final class Score {
    int truePositives;
    int falsePositives;
    int falseNegatives;
    final List<String> misses = new ArrayList<>();

    double precision() {
      int found = truePositives + falsePositives;
      return found == 0 ? 1.0 : (double) truePositives / found;
    }

    double recall() {
      int expected = truePositives + falseNegatives;
      return expected == 0 ? 1.0 : (double) truePositives / expected;
    }
  }

  static List<NewsItem> seedItems() {
    BulletinParser parser = BulletinParser.create();
    return Seeds.items(
        page -> {
          try {
            return parser.parse(page).items();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** The facts of an item in the golden file's shape: every fact as a set of strings. */
  static ObjectNode asJson(NewsItem item, ItemFacts facts) {
    ObjectNode node = JSON.createObjectNode();
    node.put("source", Path.of(item.span().source()).getFileName().toString());
    node.put("line", item.span().titleLine());
    node.put("title", item.title());
    node.put("language", facts.language().code());
    ArrayNode countries = node.putArray("countries");
    facts.countries().forEach(countries::add);
    ArrayNode organizations = node.putArray("organizations");
    facts.organizations().forEach(organizations::add);
    ArrayNode numbers = node.putArray("numbers");
    facts.numbers().forEach(n -> numbers.add(n.value() + " " + n.counts()));
    ArrayNode dates = node.putArray("eventDates");
    facts.eventDates().forEach(d -> dates.add(d.toString()));
    ArrayNode dateline = node.putArray("dateline");
    facts.dateline().ifPresent(dateline::add);
    return node;
  }

  static Set<String> values(JsonNode node, String type) {
    Set<String> values = new LinkedHashSet<>();
    JsonNode field = node.get(type);
    if (field.isArray()) {
      field.forEach(v -> values.add(v.asText()));
    } else {
      values.add(field.asText());
    }
    return values;
  }

  @Test
  void precisionAndRecallPerFactTypeOnTheSeeds() throws IOException {
    List<NewsItem> items = seedItems();
    FactExtractor extractor = FactExtractor.create();
    if (Boolean.getBoolean("facts.dump")) {
      StringBuilder extracted = new StringBuilder();
      items.forEach(item -> extracted.append(asJson(item, extractor.extract(item))).append('\n'));
      Files.writeString(Path.of("target/seed-facts-extracted.jsonl"), extracted);
    }
    List<JsonNode> golden = new ArrayList<>();
    try (InputStream in = getClass().getResourceAsStream("seed-facts.jsonl")) {
      new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.isBlank())
          .forEach(line -> golden.add(read(line)));
    }
    assertThat(golden).hasSize(items.size()).hasSize(48);

    Map<String, Score> scores = new LinkedHashMap<>();
    TYPES.forEach(type -> scores.put(type, new Score()));
    for (int i = 0; i < items.size(); i++) {
      NewsItem item = items.get(i);
      ObjectNode found = asJson(item, extractor.extract(item));
      JsonNode expected = golden.get(i);
      assertThat(expected.get("title").asText()).isEqualTo(item.title());
      for (String type : TYPES) {
        Score score = scores.get(type);
        Set<String> want = values(expected, type);
        Set<String> got = values(found, type);
        for (String value : got) {
          if (want.contains(value)) {
            score.truePositives++;
          } else {
            score.falsePositives++;
            score.misses.add("extra " + value + " in " + item.title());
          }
        }
        for (String value : want) {
          if (!got.contains(value)) {
            score.falseNegatives++;
            score.misses.add("missed " + value + " in " + item.title());
          }
        }
      }
    }
    StringBuilder report = new StringBuilder("fact type      precision  recall  (tp/fp/fn)\n");
    scores.forEach(
        (type, score) -> {
          report.append(
              String.format(
                  "%-14s %9.3f  %6.3f  (%d/%d/%d)%n",
                  type,
                  score.precision(),
                  score.recall(),
                  score.truePositives,
                  score.falsePositives,
                  score.falseNegatives));
          score.misses.forEach(miss -> report.append("    ").append(miss).append('\n'));
        });
    System.out.print(report);
    scores.forEach(
        (type, score) -> {
          assertThat(score.precision())
              .as(type + " precision\n" + report)
              .isGreaterThanOrEqualTo(FLOORS.getOrDefault(type + " precision", GOAL));
          assertThat(score.recall())
              .as(type + " recall\n" + report)
              .isGreaterThanOrEqualTo(FLOORS.getOrDefault(type + " recall", GOAL));
        });
  }

  private static JsonNode read(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new IllegalStateException("bad golden line: " + line, e);
    }
  }
}
