package org.bulletins.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bulletins.dedup.internal.text.TextShape;
import org.bulletins.model.MatchEvidence;
import org.bulletins.model.NewsItem;
import org.bulletins.model.SourceSpan;
import org.junit.jupiter.api.Test;

/** Inputs at the edges of the options and of the date range, from the review of the batch path. */
class EdgeOptionsTest {

  private static NewsItem item(Optional<LocalDate> date, String title, String source) {
    return new NewsItem(
        date,
        title,
        List.of("Forty-two officials from five countries were trained in Tegucigalpa this week."),
        new SourceSpan(source, 1, 1, 3));
  }

  @Test
  void theLargestBlockSizeCapIsAllowed() {
    DedupEngine engine =
        DedupEngine.of(DedupOptions.builder().maxBlockSize(DedupOptions.MAX_BLOCK_SIZE).build());
    assertThat(engine.deduplicate(List.of()).stories()).isEmpty();
    NewsItem a =
        item(Optional.of(LocalDate.of(2021, 6, 9)), "Officials trained in Honduras", "a.txt");
    NewsItem b =
        item(Optional.of(LocalDate.of(2021, 6, 9)), "Officials trained in Honduras", "b.txt");
    assertThat(engine.deduplicate(List.of(a, b)).stories()).hasSize(1);
  }

  @Test
  void datesMillionsOfYearsApartAreApartWithoutOverflow() {
    NewsItem early =
        item(Optional.of(LocalDate.of(-3_000_000, 1, 1)), "Officials trained", "a.txt");
    NewsItem late = item(Optional.of(LocalDate.of(3_000_000, 1, 1)), "Officials trained", "b.txt");
    DedupEngine engine = DedupEngine.create();
    MatchEvidence e = engine.explain(early, late);
    assertThat(e.rule()).isEqualTo(org.bulletins.model.MatchRule.DATE_CONFLICT);
    assertThat(e.dateDistanceDays()).contains(Integer.MAX_VALUE);
    assertThat(engine.deduplicate(List.of(early, late)).stories()).hasSize(2);
  }

  @Test
  void aTeaserEndingBeforeAFinalNextLineIsATeaser() {
    // Regex $ matches before a final NEL (U+0085), which Character.isWhitespace does not skip.
    assertThat(TextShape.isTeaser(List.of("Migrants were rescued on Sunday. Read more\u0085")))
        .isTrue();
    assertThat(TextShape.isTeaser(List.of("Migrants were rescued on Sunday\u2026\u0085"))).isTrue();
    assertThat(TextShape.isTeaser(List.of("Migrants were rescued on Sunday."))).isFalse();
  }
}
