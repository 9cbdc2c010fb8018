package org.bulletins.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.bulletins.store.RawSql.count;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.bulletins.dedup.DedupEngine;
import org.bulletins.model.MatchRule;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;
import org.bulletins.parser.BulletinParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cross-language rule in a store: while the store holds one known language its items' facts are
 * not extracted (only their language is kept); the file that brings a second language has them
 * extracted and written over the stand-ins, once; and whatever the order of the files, reopened
 * between them, the stories are those of one batch run, translations linked.
 */
class CrossLanguageStoreTest {

  @TempDir Path dir;

  private static final String ENGLISH =
      """
      4 March 2021

      Harbour agency hires 340 river pilots for the northern ports

      The National Harbour Agency (NHA) said on Thursday that it had hired 340 river pilots for \
      the ports of the north coast. The new pilots will guide some 2,750 cargo ships a year \
      through the estuary, where 18 vessels ran aground last winter.

      10 May 2022

      Drought cuts the wheat harvest by 27 percent in the central valley

      The Ministry of Agriculture (MAG) reported that the wheat harvest in the central valley \
      fell by 27 percent this season after the longest drought in 60 years. About 4,300 farms \
      asked for emergency support, and 950 wells ran dry before the end of April.
      """;

  private static final String SPANISH =
      """
      5 March 2021

      La agencia portuaria contrata a 340 prácticos para los puertos del norte

      La Agencia Nacional Portuaria (NHA) informó el jueves que contrató a 340 prácticos \
      fluviales para los puertos de la costa norte. Los nuevos prácticos guiarán cada año a unos \
      2.750 buques de carga por el estuario, donde 18 barcos encallaron el invierno pasado.
      """;

  private static final String FRENCH =
      """
      10 May 2022

      La sécheresse réduit de 27 pour cent la récolte de blé dans la vallée centrale

      Le ministère de l'Agriculture (MAG) a indiqué que la récolte de blé de la vallée centrale \
      a baissé de 27 pour cent cette saison, après la plus longue sécheresse depuis 60 ans. \
      Environ 4 300 exploitations ont demandé une aide d'urgence et 950 puits se sont asséchés \
      avant la fin du mois d'avril.
      """;

  private static final List<String> NAMES = List.of("en.txt", "es.txt", "fr.txt");
  private static final List<String> FILES = List.of(ENGLISH, SPANISH, FRENCH);

  private static List<MergedStory> batch() {
    List<NewsItem> all = new ArrayList<>();
    for (int f = 0; f < FILES.size(); f++) {
      all.addAll(BulletinParser.create().parse(FILES.get(f).getBytes(UTF_8), NAMES.get(f)).items());
    }
    return DedupEngine.create().deduplicate(all).stories();
  }

  private static long standIns(Path db) throws SQLException {
    return count(db, "SELECT count(*) FROM signatures WHERE hex(substr(facts, 1, 1)) = '4C'");
  }

  @Test
  void factsAreExtractedWhenASecondLanguageArrivesAndKept() throws SQLException {
    List<MergedStory> batch = batch();
    // the set is worth testing: each translation is linked by its facts in the batch run
    assertThat(batch).hasSize(2);
    assertThat(batch)
        .allSatisfy(
            s -> assertThat(s.links()).anyMatch(l -> l.evidence().rule() == MatchRule.TRANSLATION));

    Path db = dir.resolve("news.db");
    try (BulletinStore store = BulletinStore.open(db)) {
      store.ingest("en.txt", ENGLISH.getBytes(UTF_8));
    }
    assertThat(standIns(db)).isEqualTo(2); // English only: nothing extracted
    try (BulletinStore store = BulletinStore.open(db)) {
      store.ingest("es.txt", SPANISH.getBytes(UTF_8));
      assertThat(store.restores()).isEqualTo(1);
      assertThat(store.storyCount()).isEqualTo(2); // the Spanish item joined its English story
    }
    assertThat(standIns(db)).isZero(); // the English stand-ins were written over
    assertThat(count(db, "SELECT count(*) FROM signatures WHERE facts IS NULL")).isZero();
    try (BulletinStore store = BulletinStore.open(db)) {
      store.ingest("fr.txt", FRENCH.getBytes(UTF_8));
      assertThat(store.restores()).isEqualTo(1);
      assertThat(store.stories(StoryQuery.all()).stream().map(StoredStory::story))
          .containsExactlyInAnyOrderElementsOf(batch);
    }
  }

  @Test
  void everyOrderOfTheFilesReopenedBetweenThemGivesTheBatchStories() {
    List<MergedStory> batch = batch();
    int[][] orders = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
    for (int[] order : orders) {
      Path db = dir.resolve(java.util.Arrays.toString(order).replaceAll("\\D", "") + ".db");
      for (int f : order) {
        try (BulletinStore store = BulletinStore.open(db)) {
          store.ingest(NAMES.get(f), FILES.get(f).getBytes(UTF_8));
        }
      }
      try (BulletinStore store = BulletinStore.open(db)) {
        assertThat(store.stories(StoryQuery.all()).stream().map(StoredStory::story))
            .as("order %s", java.util.Arrays.toString(order))
            .containsExactlyInAnyOrderElementsOf(batch);
      }
    }
    // and in one process, all three files in one ingest
    try (BulletinStore store = BulletinStore.open(dir.resolve("one.db"))) {
      for (int f = 0; f < FILES.size(); f++) {
        store.ingest(NAMES.get(f), FILES.get(f).getBytes(UTF_8));
      }
      assertThat(
              store.stories(StoryQuery.all()).stream()
                  .map(StoredStory::story)
                  .collect(Collectors.toList()))
          .containsExactlyInAnyOrderElementsOf(batch);
    }
  }
}
