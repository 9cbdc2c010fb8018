package org.bulletins.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.bulletins.dedup.internal.IncrementalIndex;
import org.bulletins.dedup.internal.LanguageOnlyFacts;
import org.bulletins.dedup.internal.Pipeline;
import org.bulletins.facts.FactExtractor;
import org.bulletins.model.MatchLink;
import org.bulletins.model.MatchRule;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;
import org.bulletins.model.SourceSpan;
import org.bulletins.model.json.BulletinsJson;
import org.junit.jupiter.api.Test;

/**
 * The cross-language rule on {@code translations.json}: 33 stories each told in two of English,
 * Spanish, French and Portuguese (five per language pair, and three under datelines each language
 * writes its own way) and 13 look-alike cases in two languages (same organisation and country,
 * another event; same kind of event, other figures; one organisation's events in two places), all
 * deduplicated together. At least {@value #GOAL_FOUND} of the translation pairs must be linked, by
 * evidence that names the facts that agreed, and no two items of different stories may share a
 * story. Turning the rule on must leave the same-language evaluation's stories exactly as they are.
 */
class TranslationEvaluationTest {

  static final double GOAL_FOUND = 0.8;

  /** One labelled item of the set. */
  record Labelled(NewsItem item, String story, String kind, String language) {}

  static List<Labelled> load() throws IOException {
    JsonNode root;
    try (InputStream in =
        TranslationEvaluationTest.class.getResourceAsStream("translations.json")) {
      root = BulletinsJson.newMapper().readTree(in);
    }
    List<Labelled> out = new ArrayList<>();
    int caseId = 0;
    for (JsonNode c : root.get("cases")) {
      int line = 1;
      for (JsonNode i : c.get("items")) {
        List<String> paragraphs = new ArrayList<>();
        i.get("body").forEach(p -> paragraphs.add(p.asText()));
        NewsItem item =
            new NewsItem(
                Optional.of(LocalDate.parse(i.get("date").asText())),
                i.get("title").asText(),
                paragraphs,
                new SourceSpan("translations/case" + caseId, line, line, line + 1));
        out.add(
            new Labelled(
                item,
                "case" + caseId + ":" + i.get("story").asText(),
                c.get("kind").asText(),
                i.get("language").asText()));
        line += 10;
      }
      caseId++;
    }
    return out;
  }

  @Test
  void translationsAreLinkedAndLookAlikesAreNot() throws IOException {
    List<Labelled> set = load();
    FactExtractor facts = FactExtractor.create();
    for (Labelled l : set) {
      assertThat(facts.extract(l.item()).language().code())
          .as("language of %s", l.item().title())
          .isEqualTo(l.language());
    }
    DedupResult result =
        DedupEngine.create().deduplicate(set.stream().map(Labelled::item).toList());
    Map<NewsItem, Integer> storyOf = new HashMap<>();
    for (int s = 0; s < result.stories().size(); s++) {
      for (NewsItem member : result.stories().get(s).members()) {
        storyOf.put(member, s);
      }
    }
    Map<String, int[]> byPair = new TreeMap<>(); // found, pairs
    List<String> falseLinks = new ArrayList<>();
    List<String> missed = new ArrayList<>();
    int found = 0;
    int pairs = 0;
    for (int i = 0; i < set.size(); i++) {
      for (int j = i + 1; j < set.size(); j++) {
        Labelled a = set.get(i);
        Labelled b = set.get(j);
        boolean linked = storyOf.get(a.item()).equals(storyOf.get(b.item()));
        if (a.story().equals(b.story())) {
          pairs++;
          found += linked ? 1 : 0;
          int[] c = byPair.computeIfAbsent(a.language() + "-" + b.language(), k -> new int[2]);
          c[0] += linked ? 1 : 0;
          c[1]++;
          if (!linked) {
            missed.add(a.item().title() + " | " + b.item().title());
          }
        } else if (linked) {
          falseLinks.add(a.kind() + ": " + a.item().title() + " | " + b.item().title());
        }
      }
    }
    StringBuilder report = new StringBuilder("translations found per language pair:");
    byPair.forEach(
        (k, c) -> report.append(' ').append(k).append(' ').append(c[0]).append('/').append(c[1]));
    System.out.printf(
        "%s%nall: %d/%d found (%.3f), %d false links %s; missed %s%n",
        report, found, pairs, (double) found / pairs, falseLinks.size(), falseLinks, missed);

    assertThat(pairs).isEqualTo(33);
    assertThat(byPair).containsOnlyKeys("en-es", "en-fr", "en-pt", "es-fr", "es-pt", "fr-pt");
    assertThat((double) found / pairs).isGreaterThanOrEqualTo(GOAL_FOUND);
    assertThat(falseLinks).isEmpty();
    for (MergedStory story : result.stories()) {
      for (MatchLink link : story.links()) {
        if (link.evidence().rule() == MatchRule.TRANSLATION) {
          assertThat(link.evidence().sharedTerms())
              .anyMatch(t -> t.startsWith("number:"))
              .allMatch(
                  t ->
                      t.startsWith("number:")
                          || t.startsWith("organization:")
                          || t.startsWith("country:")
                          || t.startsWith("date:"));
          assertThat(link.evidence().sameStory()).isTrue();
        }
      }
    }
  }

  @Test
  void offTheRuleLinksNoTranslation() throws IOException {
    List<NewsItem> items = load().stream().map(Labelled::item).toList();
    DedupEngine off = DedupEngine.of(DedupOptions.builder().crossLanguage(false).build());
    assertThat(off.deduplicate(items).stories()).allMatch(s -> s.members().size() == 1);
  }

  @Test
  void theIncrementalIndexLinksTheSameTranslationsAsABatch() throws IOException {
    List<NewsItem> items = new ArrayList<>(load().stream().map(Labelled::item).toList());
    DedupEngine engine = DedupEngine.create();
    List<MergedStory> batch = engine.deduplicate(items).stories();
    Random random = new Random(17);
    for (int round = 0; round < 4; round++) {
      Collections.shuffle(items, random);
      int cut = random.nextInt(items.size() + 1);
      DedupIndex index = engine.newIndex();
      index.addAll(items.subList(0, cut)).addAll(items.subList(cut, items.size()));
      assertThat(index.stories()).isEqualTo(batch);
      assertThat(engine.deduplicate(items).stories()).isEqualTo(batch);
    }
    // An item finds the story of its translation.
    DedupIndex index = engine.newIndex();
    List<Labelled> set = load();
    index.addAll(List.of(set.get(0).item()));
    assertThat(index.find(set.get(1).item()))
        .hasValueSatisfying(s -> assertThat(s.members()).contains(set.get(0).item()));
  }

  @Test
  void theIndexExtractsFactsOnlyOnceASecondLanguageArrives() throws IOException {
    List<NewsItem> english = new ArrayList<>();
    List<NewsItem> others = new ArrayList<>();
    for (Labelled l : load()) {
      (l.language().equals("en") ? english : others).add(l.item());
    }
    DedupEngine engine = DedupEngine.create();
    IncrementalIndex index = new IncrementalIndex(new Pipeline(engine.options()));
    // English only, in two batches: each item's language is kept, its facts are not extracted
    index.addAll(english.subList(0, 3));
    index.addAll(english.subList(3, english.size()));
    for (int i = 0; i < english.size(); i++) {
      assertThat(LanguageOnlyFacts.is(index.factsAt(i).orElseThrow())).isTrue();
      assertThat(index.factsAt(i).orElseThrow().language().code()).isEqualTo("en");
    }
    assertThat(index.takeExtractedFacts()).isEmpty();
    // the batch that brings other languages has the English facts extracted, once
    index.addAll(others);
    assertThat(index.takeExtractedFacts())
        .containsExactly(IntStream.range(0, english.size()).toArray());
    assertThat(index.takeExtractedFacts()).isEmpty();
    FactExtractor facts = FactExtractor.create();
    for (int i = 0; i < index.items().size(); i++) {
      assertThat(index.factsAt(i)).contains(facts.extract(index.items().get(i)));
      assertThat(LanguageOnlyFacts.is(index.factsAt(i).orElseThrow())).isFalse();
    }
    List<NewsItem> all = new ArrayList<>(english);
    all.addAll(others);
    assertThat(index.stories()).isEqualTo(engine.deduplicate(all).stories());
  }

  @Test
  void aQueryInAnotherLanguageExtractsTheFactsOnceAndForAll() throws IOException {
    List<NewsItem> english = new ArrayList<>();
    NewsItem other = null;
    for (Labelled l : load()) {
      if (l.language().equals("en")) {
        english.add(l.item());
      } else if (other == null) {
        other = l.item();
      }
    }
    IncrementalIndex index = new IncrementalIndex(new Pipeline(DedupEngine.create().options()));
    index.addAll(english.subList(0, 3));
    index.find(other); // the held items' facts are extracted for the query
    assertThat(index.takeExtractedFacts()).containsExactly(0, 1, 2);
    // Later adds extract their own facts: a later query has nothing left to extract again.
    index.addAll(english.subList(3, english.size()));
    for (int i = 0; i < english.size(); i++) {
      assertThat(LanguageOnlyFacts.is(index.factsAt(i).orElseThrow())).isFalse();
    }
    index.find(other);
    assertThat(index.takeExtractedFacts()).isEmpty();
  }

  @Test
  void theSameLanguageEvaluationIsUnchangedByTheRule() throws IOException {
    List<EvaluationTest.Labelled> set = new ArrayList<>();
    Map<String, String> seedStoryByTitle = EvaluationTest.addSeedPerturbations(set);
    EvaluationTest.loadHandWritten(set, seedStoryByTitle);
    List<NewsItem> items = set.stream().map(EvaluationTest.Labelled::item).toList();
    DedupEngine off = DedupEngine.of(DedupOptions.builder().crossLanguage(false).build());
    assertThat(DedupEngine.create().deduplicate(items).stories())
        .isEqualTo(off.deduplicate(items).stories());
  }
}
