package org.bulletins.dedup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bulletins.dedup.DedupOptions;
import org.bulletins.model.MatchEvidence;
import org.bulletins.model.NewsItem;
import org.bulletins.model.SourceSpan;
import org.junit.jupiter.api.Test;

/**
 * An index whose unit takes a word-for-word repeat as its new representative (the same page read
 * again under a name that sorts first) keeps a verdict only where the pair's items stand in the
 * order they stood in: the verifier reads the lower index as the left item, and its evidence names
 * the left item's terms.
 */
class RepresentativeRepeatTest {

  private static final LocalDate DAY = LocalDate.of(2024, 3, 5);

  private static NewsItem item(String source, String title, String body) {
    return new NewsItem(Optional.of(DAY), title, List.of(body), new SourceSpan(source, 1, 1, 3));
  }

  // The acronym and its expansion in one, the name written out in the other: the evidence's shared
  // terms are the left item's ("IOM" one way, the name the other way).
  private static final NewsItem ACRONYM =
      item(
          "b.txt",
          "Migrant centre opens in Tapachula",
          "The International Organization for Migration (IOM) opened a centre in Tapachula on"
              + " Monday, where IOM staff will help 300 people a day with papers and shelter.");
  private static final NewsItem NAME =
      item(
          "c.txt",
          "Migrant centre opens in Tapachula",
          "The International Organization for Migration opened a centre in Tapachula on"
              + " Monday, where its staff will help 300 people a day with papers and shelter.");

  @Test
  void aRepeatThatTurnsItsPairRoundIsJudgedAgain() {
    Pipeline pipeline = new Pipeline(DedupOptions.defaults());
    MatchEvidence acronymFirst = pipeline.explain(ACRONYM, NAME);
    MatchEvidence nameFirst = pipeline.explain(NAME, ACRONYM);
    assertThat(acronymFirst.sameStory()).isTrue();
    assertThat(nameFirst).isNotEqualTo(acronymFirst); // the order matters to this pair's evidence
    IncrementalIndex index = new IncrementalIndex(pipeline);
    index.addAll(List.of(ACRONYM));
    index.addAll(List.of(NAME)); // judged with ACRONYM (index 0) on the left
    index.trackChanges();
    // Read again on a page that sorts first: the unit's representative, now after NAME (index 1).
    index.addAll(List.of(ACRONYM.withSpan(new SourceSpan("a.txt", 1, 1, 3))));
    assertThat(index.takeChangedPairs())
        .extracting(IncrementalIndex.KeptPair::evidence)
        .containsExactly(nameFirst);
  }

  @Test
  void aRepeatThatKeepsItsPairsOrderKeepsTheVerdict() {
    Pipeline pipeline = new Pipeline(DedupOptions.defaults());
    IncrementalIndex index = new IncrementalIndex(pipeline);
    index.addAll(List.of(NAME.withSpan(new SourceSpan("0.txt", 1, 1, 3))));
    index.addAll(List.of(ACRONYM)); // judged with NAME (index 0) on the left
    long verified = index.verifications();
    index.trackChanges();
    index.addAll(List.of(ACRONYM.withSpan(new SourceSpan("a.txt", 1, 1, 3))));
    assertThat(index.takeChangedPairs()).isEmpty(); // nothing judged again, nothing changed
    assertThat(index.verifications()).isEqualTo(verified);
    assertThat(index.stories()).hasSize(1);
    assertThat(index.stories().get(0).members()).hasSize(3);
  }
}
