package org.bulletins.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.bulletins.benchmarks.CorpusGenerator;
import org.bulletins.dedup.DedupEngine;
import org.bulletins.dedup.DedupOptions;
import org.bulletins.dedup.DedupResult;
import org.bulletins.dedup.internal.crosslang.CrossLanguage;
import org.bulletins.facts.Language;
import org.bulletins.model.MatchRule;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;
import org.bulletins.model.SourceSpan;
import org.bulletins.model.json.BulletinsJson;
import org.bulletins.parser.BulletinParser;
import org.bulletins.testing.Seeds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stories of {@link SparkDedup} equal those of {@link DedupEngine#deduplicate} on the same
 * items: the seeds, the dedup evaluation set, and generated corpora.
 */
class SparkDedupTest {

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void seedsGiveTheEnginesStories() {
    List<String> paths = Seeds.files().stream().map(Path::toString).toList();
    Dataset<Row> items = BulletinDatasets.parse(spark, paths);
    List<NewsItem> local = parseLocally(Seeds.files());
    assertThat(items.collectAsList().stream().map(BulletinDatasets::toItem).toList())
        .as("the Dataset holds the parser's items in input order")
        .isEqualTo(local);

    SparkDedupResult result = SparkDedup.run(items);
    DedupResult expected = DedupEngine.create().deduplicate(local);
    assertThat(result.collect()).isEqualTo(expected);
    assertThat(result.inputCount()).isEqualTo(local.size());
    assertThat(result.stories().count()).isEqualTo(expected.stories().size());
  }

  @Test
  void evaluationSetGivesTheEnginesStories() throws IOException {
    List<NewsItem> items = new ArrayList<>(parseLocally(Seeds.files()));
    items.addAll(evaluationItems());
    // Copies of the seed items in other sources: units of several items, teasers, a moved date.
    List<NewsItem> seeds = List.copyOf(items.subList(0, 40));
    for (int i = 0; i < seeds.size(); i += 3) {
      NewsItem s = seeds.get(i);
      items.add(s.withSpan(new SourceSpan("copies/a", i + 1, i + 1, i + 2)));
      items.add(
          new NewsItem(
              s.date().map(d -> d.plusDays(1)),
              s.title() + " | Site",
              s.paragraphs(),
              new SourceSpan("copies/b", i + 1, i + 1, i + 2)));
    }
    DedupResult expected = DedupEngine.create().deduplicate(items);
    DedupResult actual = SparkDedup.run(dataset(items)).collect();
    assertThat(actual).isEqualTo(expected);
    assertThat(expected.stories().stream().filter(s -> s.members().size() > 1).count())
        .as("the set has groups to find")
        .isGreaterThan(20);
  }

  @Test
  void translationSetGivesTheEnginesStoriesWithTheCrossLanguageRule() throws IOException {
    List<NewsItem> items = new ArrayList<>(translationItems());
    // Copies in another source: the rule pairs representatives only, copies join their unit.
    for (int i = 0; i < 12; i += 2) {
      NewsItem s = items.get(i);
      items.add(s.withSpan(new SourceSpan("translations/copies", i + 1, i + 1, i + 2)));
    }
    DedupResult expected = DedupEngine.create().deduplicate(items);
    SparkDedupResult result = SparkDedup.run(dataset(items));
    assertThat(result.collect()).isEqualTo(expected);
    assertThat(translationLinks(expected))
        .as("the set has translations to find")
        .isGreaterThanOrEqualTo(20);
  }

  @Test
  void translationSetGivesTheEnginesStoriesWithoutTheCrossLanguageRule() throws IOException {
    List<NewsItem> items = translationItems();
    DedupOptions off = DedupOptions.builder().crossLanguage(false).build();
    DedupResult expected = DedupEngine.of(off).deduplicate(items);
    assertThat(SparkDedup.run(dataset(items), off).collect()).isEqualTo(expected);
    assertThat(translationLinks(expected)).isZero();
  }

  @Test
  void oneLanguageWithItemsOfUnknownLanguageGetsNoTranslations() throws IOException {
    // English items and items too short to read a language from: under two known languages, so
    // the rule stays out, in both engines.
    List<NewsItem> items = new ArrayList<>();
    for (NewsItem item : translationItems()) {
      if (CrossLanguage.language(item) == Language.EN) {
        items.add(item);
        int line = items.size();
        items.add(
            new NewsItem(
                item.date(), "12", List.of("2026"), new SourceSpan("short", line, line, line)));
      }
    }
    assertThat(items.stream().filter(i -> CrossLanguage.language(i) == Language.UNKNOWN))
        .as("items of unknown language")
        .isNotEmpty();
    DedupResult expected = DedupEngine.create().deduplicate(items);
    assertThat(SparkDedup.run(dataset(items)).collect()).isEqualTo(expected);
    assertThat(translationLinks(expected)).isZero();
  }

  private static long translationLinks(DedupResult result) {
    return result.stories().stream()
        .flatMap(s -> s.links().stream())
        .filter(l -> l.evidence().rule() == MatchRule.TRANSLATION)
        .count();
  }

  @Test
  void generatedCorpusGivesTheEnginesStories(@TempDir Path dir) throws IOException {
    Path corpus = dir.resolve("corpus.txt");
    CorpusGenerator generator =
        new CorpusGenerator(CorpusGenerator.readSeeds(Seeds.DIRECTORY), 19, 0.3);
    try (OutputStream out = Files.newOutputStream(corpus)) {
      generator.write(out, null, 1_500, Long.MAX_VALUE);
    }
    List<NewsItem> local = parseLocally(List.of(corpus));
    SparkDedupResult result =
        SparkDedup.run(BulletinDatasets.parse(spark, List.of(corpus.toString())));
    DedupResult expected = DedupEngine.create().deduplicate(local);
    assertThat(result.collect()).isEqualTo(expected);
    assertThat(result.matches()).isGreaterThan(200);
    assertThat(expected.stories().size()).isLessThan(local.size() * 9 / 10);
  }

  @Test
  void blocksOverTheirCapAreReportedAndSkippedAsTheEngineSkipsThem(@TempDir Path dir)
      throws IOException {
    Path corpus = dir.resolve("corpus.txt");
    try (OutputStream out = Files.newOutputStream(corpus)) {
      new CorpusGenerator(CorpusGenerator.readSeeds(Seeds.DIRECTORY), 5, 0.5)
          .write(out, null, 400, Long.MAX_VALUE);
    }
    DedupOptions options = DedupOptions.builder().maxBlockSize(3).maxTermBlockSize(2).build();
    List<NewsItem> local = parseLocally(List.of(corpus));
    SparkDedupResult result =
        SparkDedup.run(BulletinDatasets.parse(spark, List.of(corpus.toString())), options);
    assertThat(result.collect()).isEqualTo(DedupEngine.of(options).deduplicate(local));
    assertThat(result.cappedBlockCount()).isPositive();
    assertThat(result.cappedBlocks().count()).isEqualTo(result.cappedBlockCount());
    Row biggest = result.cappedBlocks().orderBy(result.cappedBlocks().col("size").desc()).first();
    assertThat(biggest.getLong(2)).isGreaterThan(3);
    assertThat(biggest.getString(0)).hasSize(16);
  }

  @Test
  void storyRowsHoldTheStoriesFields() {
    List<NewsItem> local = parseLocally(Seeds.files());
    SparkDedupResult result = SparkDedup.run(dataset(local));
    assertThat(result.stories().schema()).isEqualTo(SparkDedup.STORY_SCHEMA);
    Row group = result.stories().where("size(members) > 1").orderBy("id").first();
    MergedStory story = SparkDedupResult.toStory(group);
    assertThat(group.getString(0)).isEqualTo(story.kind().name().toLowerCase().replace('_', '-'));
    assertThat(group.getString(1)).isEqualTo(story.computeId().value());
    assertThat(group.<Row>getList(6)).hasSize(story.links().size()).isNotEmpty();
    assertThat(result.collect().stories()).contains(story);
  }

  @Test
  void emptyInputGivesNoStories() {
    SparkDedupResult result = SparkDedup.run(dataset(List.of()));
    assertThat(result.collect().stories()).isEmpty();
    assertThat(result.inputCount()).isZero();
  }

  private static Dataset<Row> dataset(List<NewsItem> items) {
    return spark.createDataFrame(
        items.stream().map(BulletinDatasets::toRow).toList(), BulletinDatasets.ITEM_SCHEMA);
  }

  private static List<NewsItem> parseLocally(List<Path> files) {
    BulletinParser parser = BulletinParser.create();
    List<NewsItem> items = new ArrayList<>();
    for (Path file : files) {
      try {
        items.addAll(parser.parse(Files.readString(file), file.toString()).items());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return items;
  }

  /** The items of the dedup module's translation evaluation set, as its own test reads them. */
  static List<NewsItem> translationItems() throws IOException {
    return caseItems("translations.json", "translations", 10);
  }

  /** The hand-written items of the dedup evaluation set (its seed references left out). */
  static List<NewsItem> evaluationItems() throws IOException {
    return caseItems("evaluation.json", "evaluation", 3);
  }

  /**
   * The items of one of the dedup module's case files ({@code {cases: [{items: [...]}]}}), seed
   * references left out, each case a source of its own with items {@code lineStep} lines apart.
   */
  private static List<NewsItem> caseItems(String fileName, String folder, int lineStep)
      throws IOException {
    Path file = Path.of("..", "dedup", "src", "test", "resources", "org", "bulletins", "dedup");
    JsonNode root;
    try (InputStream in = Files.newInputStream(file.resolve(fileName))) {
      root = BulletinsJson.newMapper().readTree(in);
    }
    List<NewsItem> out = new ArrayList<>();
    int caseId = 0;
    for (JsonNode c : root.get("cases")) {
      int line = 1;
      for (JsonNode i : c.get("items")) {
        if (i.has("seed")) {
          continue;
        }
        List<String> paragraphs = new ArrayList<>();
        i.get("body").forEach(p -> paragraphs.add(p.asText()));
        Optional<LocalDate> date =
            i.has("date") ? Optional.of(LocalDate.parse(i.get("date").asText())) : Optional.empty();
        out.add(
            new NewsItem(
                date,
                i.get("title").asText(),
                paragraphs,
                new SourceSpan(folder + "/case" + caseId, line, line, line + 1)));
        line += lineStep;
      }
      caseId++;
    }
    return out;
  }
}
