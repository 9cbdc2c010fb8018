package org.bulletins.dedup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;
import org.bulletins.model.NewsItem;
import org.bulletins.model.SourceSpan;
import org.junit.jupiter.api.Test;

class RepeatedItemsTest {

  private static final LocalDate DAY = LocalDate.of(2024, 3, 5);

  private static NewsItem item(
      String source, Optional<LocalDate> date, String title, String... paragraphs) {
    return new NewsItem(date, title, List.of(paragraphs), new SourceSpan(source, 1, 1, 3));
  }

  private static NewsItem item(String source, String title, String... paragraphs) {
    return item(source, Optional.of(DAY), title, paragraphs);
  }

  /** The repeats of one item on two pages: monday.txt, then tuesday.txt. */
  private static RepeatedItems onTwoPages(String title, String body) {
    return new RepeatedItems(
        List.of(item("monday.txt", title, body), item("tuesday.txt", title, body)));
  }

  @Test
  void aRepeatOnAnotherPageFindsTheCopySignedBeforeIt() {
    RepeatedItems repeats = onTwoPages("Floods close the coast road", "Rain fell all night.");
    assertThat(repeats.earlierSigned(0)).isEqualTo(-1);
    repeats.publish(0);
    assertThat(repeats.earlierSigned(1)).isEqualTo(0);
  }

  @Test
  void aCopyNotSignedYetIsNotFound() {
    RepeatedItems repeats = onTwoPages("Same title", "Same body.");
    assertThat(repeats.earlierSigned(0)).isEqualTo(-1);
    assertThat(repeats.earlierSigned(1)).as("item 0 is still being signed").isEqualTo(-1);
  }

  @Test
  void onlyAnEarlierIndexIsTaken() {
    RepeatedItems repeats = onTwoPages("Same title", "Same body.");
    assertThat(repeats.earlierSigned(1)).isEqualTo(-1);
    repeats.publish(1);
    assertThat(repeats.earlierSigned(0)).as("item 1 comes after item 0").isEqualTo(-1);
  }

  @Test
  void theLowestSignedIndexIsKept() {
    List<NewsItem> items = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      items.add(item("page" + i + ".txt", "Port reopens", "Ships queue at dawn.", "More soon."));
    }
    RepeatedItems repeats = new RepeatedItems(items);
    for (int i : new int[] {5, 2}) {
      assertThat(repeats.earlierSigned(i)).isEqualTo(-1);
      repeats.publish(i);
    }
    assertThat(repeats.earlierSigned(6)).isEqualTo(2);
    assertThat(repeats.earlierSigned(7)).isEqualTo(2);
    assertThat(repeats.earlierSigned(3)).isEqualTo(2);
    assertThat(repeats.earlierSigned(1)).isEqualTo(-1);
  }

  @Test
  void anyDifferenceInDateTitleOrParagraphsIsNoRepeat() {
    NewsItem first = item("a.txt", "Port reopens", "Ships queue at dawn.", "More soon.");
    List<NewsItem> others =
        List.of(
            item(
                "b.txt",
                Optional.of(DAY.plusDays(1)),
                "Port reopens",
                "Ships queue at dawn.",
                "More soon."),
            item("b.txt", Optional.empty(), "Port reopens", "Ships queue at dawn.", "More soon."),
            item("b.txt", "Port reopens.", "Ships queue at dawn.", "More soon."),
            item("b.txt", "Port reopens", "Ships queue at dawn. More soon."),
            item("b.txt", "Port reopens", "Ships queue at dawn.", "More soon.", "More soon."),
            item("b.txt", "PORT REOPENS", "Ships queue at dawn.", "More soon."),
            item("b.txt", "Port reopens", "Ships queue at dawn.", "More\u00a0soon."));
    for (NewsItem other : others) {
      RepeatedItems repeats = new RepeatedItems(List.of(first, other));
      assertThat(repeats.earlierSigned(0)).isEqualTo(-1);
      repeats.publish(0);
      assertThat(repeats.earlierSigned(1)).as(other.toString()).isEqualTo(-1);
    }
  }

  /**
   * Paragraphs of one length whose first and last 16 chars agree have the same hash (the middle is
   * not hashed): one run of the sorted hashes, split by text.
   */
  @Test
  void itemsWithTheSameHashAreGroupedByText() {
    String one = "Ships queue at dawn; the port opens at noon, says the harbour master.";
    String other = "Ships queue at dawn; the dock opens at noon, says the harbour master.";
    NewsItem first = item("a.txt", "Title", one);
    NewsItem second = item("b.txt", "Title", other);
    assertThat(RepeatedItems.hash(first)).isEqualTo(RepeatedItems.hash(second));
    RepeatedItems repeats =
        new RepeatedItems(List.of(first, second, item("c.txt", "Title", other)));
    assertThat(repeats.groupCount()).as("item 0's text is alone").isEqualTo(1);
    assertThat(repeats.earlierSigned(0)).isEqualTo(-1);
    repeats.publish(0);
    assertThat(repeats.earlierSigned(1)).as("same hash as item 0, other text").isEqualTo(-1);
    repeats.publish(1);
    assertThat(repeats.earlierSigned(2))
        .as("item 0 was published first: item 2 still finds item 1, which has its text")
        .isEqualTo(1);
  }

  /** Each of the first texts of a run of one hash gets its group; the texts after are signed. */
  @Test
  void aRunOfManyTextsWithOneHashGroupsItsFirstTextsOnly() {
    int texts = RepeatedItems.MAX_TEXTS_PER_RUN + 1;
    List<NewsItem> items = new ArrayList<>();
    for (int text = 0; text < texts; text++) {
      // One length and the same 16 chars at each end: one hash, another text.
      String body =
          String.format(
              Locale.ROOT, "Ships queue at dawn; gate %02d opens at noon, says the master.", text);
      items.add(item("monday.txt", "Port", body));
      items.add(item("tuesday.txt", "Port", body));
    }
    items.add(items.get(0)); // the first text again, after the text past the last told apart
    assertThat(items.stream().map(RepeatedItems::hash).distinct()).hasSize(1);
    RepeatedItems repeats = new RepeatedItems(items);
    assertThat(repeats.groupCount()).isEqualTo(RepeatedItems.MAX_TEXTS_PER_RUN);
    for (int text = 0; text < texts; text++) {
      repeats.publish(2 * text);
    }
    for (int text = 0; text < texts - 1; text++) {
      assertThat(repeats.earlierSigned(2 * text + 1)).as("text %d", text).isEqualTo(2 * text);
    }
    assertThat(repeats.earlierSigned(2 * texts - 1))
        .as("the text past the last one told apart")
        .isEqualTo(-1);
    assertThat(repeats.earlierSigned(2 * texts)).as("a later copy of the first text").isEqualTo(0);
  }

  @Test
  void aRewriteKeepingTheEndsButNotTheLengthHasAnotherHash() {
    NewsItem first =
        item("a.txt", "Title", "Ships queue at dawn; the port opens at noon, says the master.");
    NewsItem rewrite =
        item("b.txt", "Title", "Ships queue at dawn; the old port opens at noon, says the master.");
    assertThat(RepeatedItems.hash(first)).isNotEqualTo(RepeatedItems.hash(rewrite));
  }

  @Test
  void paragraphsOfOneLengthWithOtherEndsHashApart() {
    NewsItem first = item("a.txt", "Title", "Twelve people died when the boat capsized at dawn.");
    NewsItem start = item("b.txt", "Title", "Twenty people died when the boat capsized at dawn.");
    NewsItem end = item("c.txt", "Title", "Twelve people died when the boat capsized at dusk.");
    assertThat(RepeatedItems.hash(start)).isNotEqualTo(RepeatedItems.hash(first));
    assertThat(RepeatedItems.hash(end)).isNotEqualTo(RepeatedItems.hash(first));
  }

  @Test
  void onlyItemsThatShareAHashMakeAGroup() {
    NewsItem monday = item("a.txt", "Title", "Body.");
    NewsItem other = item("b.txt", "Other title", "Body.");
    assertThat(new RepeatedItems(List.of(monday, other)).groupCount()).isZero();
    RepeatedItems repeats =
        new RepeatedItems(List.of(monday, other, item("c.txt", "Title", "Body.")));
    assertThat(repeats.groupCount()).isEqualTo(1);
    repeats.publish(1); // not in a group: nothing for a later item to find
    assertThat(repeats.earlierSigned(2)).isEqualTo(-1);
    repeats.publish(0);
    assertThat(repeats.earlierSigned(2)).isEqualTo(0);
  }

  @Test
  void undatedRepeatsAreFound() {
    RepeatedItems repeats =
        new RepeatedItems(
            List.of(
                item("a.txt", Optional.empty(), "No date here", "Body."),
                item("b.txt", Optional.empty(), "No date here", "Body.")));
    assertThat(repeats.earlierSigned(0)).isEqualTo(-1);
    repeats.publish(0);
    assertThat(repeats.earlierSigned(1)).isEqualTo(0);
  }

  /**
   * Many threads, 200 distinct texts each on 50 pages, looked up and published in a parallel stream
   * as a batch signs them: every repeat found is an earlier index with the same text, and the later
   * pages of each text mostly find one.
   */
  @Test
  void inParallelEveryFoundRepeatIsAnEarlierEqualItem() {
    int texts = 200;
    int pages = 50;
    List<NewsItem> items = new ArrayList<>();
    for (int p = 0; p < pages; p++) {
      for (int t = 0; t < texts; t++) {
        items.add(item("page" + p + ".txt", "Story " + t, "Paragraph of story " + t + "."));
      }
    }
    RepeatedItems repeats = new RepeatedItems(items);
    AtomicIntegerArray found = new AtomicIntegerArray(items.size());
    IntStream.range(0, items.size())
        .parallel()
        .forEach(
            i -> {
              int earlier = repeats.earlierSigned(i);
              found.set(i, earlier + 1);
              if (earlier < 0) {
                repeats.publish(i);
              }
            });
    int taken = 0;
    for (int i = 0; i < items.size(); i++) {
      int earlier = found.get(i) - 1;
      if (earlier >= 0) {
        taken++;
        assertThat(earlier).isLessThan(i);
        assertThat(items.get(earlier).title()).isEqualTo(items.get(i).title());
        assertThat(items.get(earlier).paragraphs()).isEqualTo(items.get(i).paragraphs());
      }
    }
    assertThat(taken).isGreaterThan(items.size() / 2);
  }
}
