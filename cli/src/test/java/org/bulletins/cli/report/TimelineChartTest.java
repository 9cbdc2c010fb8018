package org.bulletins.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bulletins.cli.report.ReportData.Month;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;
import org.bulletins.model.SourceSpan;
import org.junit.jupiter.api.Test;

/** The months of the timeline and their chart. */
class TimelineChartTest {

  @Test
  void everyMonthFromTheFirstToTheLastIsCountedAndUndatedStoriesAreLeftOut() {
    List<MergedStory> stories =
        List.of(story("2024-03-30"), story("2023-12-01"), story("2024-03-01"), story(null));
    assertThat(ReportBuilder.months(stories))
        .containsExactly(
            new Month("2023-12", 1, 1),
            new Month("2024-01", 0, 0),
            new Month("2024-02", 0, 0),
            new Month("2024-03", 2, 2));
    assertThat(ReportBuilder.months(List.of(story(null)))).isEmpty();
  }

  @Test
  void theChartHasABarPerMonthATableAndANoteOnUndatedStories() {
    String html =
        TimelineChart.html(List.of(new Month("2023-12", 3, 5), new Month("2024-01", 0, 0)), 2);
    assertThat(html.split("<g class=\"month\"", -1)).hasSize(3);
    assertThat(html)
        .contains("data-month=\"2023-12\"")
        .contains("<title>December 2023: 3 stories, 5 copies</title>")
        .contains("2 undated stories are not in the chart.")
        .contains("<td>January 2024</td><td class=\"num\">0</td><td class=\"num\">0</td>");
    assertThat(TimelineChart.html(List.of(), 0)).contains("No dated story");
  }

  @Test
  void yearLabelsNeverCrowdEachOther() {
    // November 2015 is two bars before January 2016: only 2016 is labelled.
    String late =
        TimelineChart.html(
            List.of(
                new Month("2015-11", 1, 1), new Month("2015-12", 0, 0), new Month("2016-01", 1, 1)),
            0);
    assertThat(late).doesNotContain(">2015</text>").contains(">2016</text>");
    // August 2015 leaves room: both years are labelled.
    List<Month> months = new ArrayList<>();
    for (int m = 8; m <= 12; m++) {
      months.add(new Month(String.format("2015-%02d", m), 1, 1));
    }
    months.add(new Month("2016-01", 1, 1));
    assertThat(TimelineChart.html(months, 0)).contains(">2015</text>").contains(">2016</text>");
  }

  @Test
  void theScaleIsRoundAndHalvesEvenly() {
    assertThat(List.of(1, 2, 3, 5, 11, 120, 401).stream().map(TimelineChart::niceCeiling))
        .containsExactly(2, 2, 4, 10, 20, 200, 1000);
  }

  private static MergedStory story(String date) {
    return MergedStory.singleton(
        new NewsItem(
            Optional.ofNullable(date).map(LocalDate::parse),
            "A title " + date,
            List.of("A paragraph."),
            new SourceSpan("page.txt", 1, 3, 5)));
  }
}
