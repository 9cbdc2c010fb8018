package org.bulletins.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bulletins.model.NewsItem;
import org.bulletins.model.SourceSpan;
import org.bulletins.testing.Seeds;
import org.junit.jupiter.api.Test;

/** The canonical layout, its escapes, and reading it back. */
class BulletinWriterTest {

  private static final SourceSpan SPAN = new SourceSpan("x", 1, 1, 1);
  private final BulletinParser parser = BulletinParser.create();

  @Test
  void canonicalLayout() {
    List<NewsItem> items =
        List.of(
            new NewsItem(
                Optional.of(LocalDate.of(2021, 6, 9)), "First", List.of("One.", "Two."), SPAN),
            new NewsItem(Optional.of(LocalDate.of(2021, 5, 31)), "Second", List.of(), SPAN),
            new NewsItem(Optional.empty(), "Late news", List.of("Body."), SPAN));
    assertThat(BulletinWriter.write(items))
        .isEqualTo(
            "9 June, 2021\n\nFirst\n\nOne.\n\nTwo.\n\n\n"
                + "31 May, 2021\n\nSecond\n\n\n"
                + "Undated\n\nLate news\n\nBody.\n");
    assertThat(parser.parse(BulletinWriter.write(items), "w").items())
        .extracting(NewsItem::title, item -> item.date().isPresent())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("First", true),
            org.assertj.core.groups.Tuple.tuple("Second", true),
            org.assertj.core.groups.Tuple.tuple("Late news", false));
  }

  @Test
  void undatedStoriesAreEachMarkedSoTheyReadBackApart() {
    List<NewsItem> items =
        List.of(
            new NewsItem(Optional.empty(), "First story", List.of("Its body."), SPAN),
            new NewsItem(Optional.empty(), "Second story", List.of("Another body."), SPAN));
    String text = BulletinWriter.write(items);
    assertThat(text)
        .isEqualTo(
            "Undated\n\nFirst story\n\nIts body.\n\n\nUndated\n\nSecond story\n\nAnother body.\n");
    assertThat(parser.parse(text, "w").items())
        .extracting(NewsItem::title, NewsItem::paragraphs)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("First story", List.of("Its body.")),
            org.assertj.core.groups.Tuple.tuple("Second story", List.of("Another body.")));
  }

  @Test
  void yearsBeyondFourDigitsAndBeforeYearZeroReadBack() {
    for (LocalDate date :
        List.of(
            LocalDate.of(10000, 6, 9),
            LocalDate.of(-1, 6, 9),
            LocalDate.of(0, 1, 1),
            LocalDate.MIN,
            LocalDate.MAX)) {
      NewsItem item = new NewsItem(Optional.of(date), "Far away", List.of("Body."), SPAN);
      String text = BulletinWriter.write(List.of(item));
      assertThat(text).startsWith(date + "\n\n");
      assertThat(parser.parse(text, "w").items())
          .containsExactly(item.withSpan(parser.parse(text, "w").items().get(0).span()));
    }
  }

  @Test
  void aTitleThatReadsAsTheUndatedMarkerIsEscaped() {
    NewsItem item =
        new NewsItem(Optional.of(LocalDate.of(2021, 6, 9)), "Undated", List.of("Body."), SPAN);
    assertThat(BulletinWriter.write(List.of(item)))
        .isEqualTo("9 June, 2021\n\n&#85;ndated\n\nBody.\n");
    assertThat(parser.parse(BulletinWriter.write(List.of(item)), "w").items().get(0).title())
        .isEqualTo("Undated");
  }

  @Test
  void writesToAnAppendable() throws Exception {
    StringWriter out = new StringWriter();
    BulletinWriter.write(List.of(new NewsItem(Optional.empty(), "T", List.of("b."), SPAN)), out);
    assertThat(out).hasToString("Undated\n\nT\n\nb.\n");
  }

  @Test
  void noItemsWriteNothing() {
    assertThat(BulletinWriter.write(List.of())).isEmpty();
  }

  @Test
  void escapesWhatTheParserWouldReadDifferently() {
    NewsItem item =
        new NewsItem(
            Optional.of(LocalDate.of(2021, 6, 9)),
            "9 June, 2021",
            List.of("Tom &amp; Jerry & co", "line\nbreak"),
            SPAN);
    String text = BulletinWriter.write(List.of(item));
    assertThat(text)
        .isEqualTo("9 June, 2021\n\n&#57; June, 2021\n\nTom &amp;amp; Jerry & co\n\nline break\n");
    NewsItem back = parser.parse(text, "back").items().get(0);
    assertThat(back.title()).isEqualTo("9 June, 2021");
    assertThat(back.paragraphs()).containsExactly("Tom &amp; Jerry & co", "line break");
  }

  @Test
  void escapesATitleOrParagraphThatReadsAsADecoratedDateLine() {
    NewsItem item =
        onMarch5(
            "Posted on: 2024-03-05 | Category: Press Release",
            "Publié le 12 mars 2024 à 10h30",
            "March 1, 2024 10:30 AM ET");
    assertThat(BulletinWriter.write(List.of(item)))
        .contains("&#80;osted on", "&#80;ublié le", "&#77;arch 1");
    assertReadsBackTheSame(item);
  }

  @Test
  void escapesATitleOrParagraphThatEndsWithADate() {
    NewsItem item =
        onMarch5(
            "Council approves the budget | 5 March 2024",
            "Water works (phase two) begin (5 March 2024)",
            "Roads reopen - all lanes – 5 March 2024 - 10:45");
    assertThat(BulletinWriter.write(List.of(item)))
        .contains(
            "Council approves the budget &#124; 5 March 2024",
            "Water works &#40;phase two) begin &#40;5 March 2024)",
            "Roads reopen &#45; all lanes &#8211; 5 March 2024 &#45; 10:45");
    assertReadsBackTheSame(item);
  }

  @Test
  void aTitleWithATabOrWideGapAfterADateReadsBackAsOneTitle() {
    NewsItem item = onMarch5("05/03/2024\tMuseum reopens", "5 March 2024     Museum reopens");
    NewsItem back = readBack(item);
    assertThat(back.date()).contains(LocalDate.of(2024, 3, 5));
    assertThat(back.title()).isEqualTo("05/03/2024 Museum reopens");
    assertThat(back.paragraphs()).containsExactly("5 March 2024 Museum reopens");
  }

  @Test
  void escapesATitleOrParagraphThatReadsAsASectionHeader() {
    NewsItem item = onMarch5("March 2024", "Marzo de 2024", "A body.");
    assertThat(BulletinWriter.write(List.of(item))).contains("&#77;arch 2024", "&#77;arzo de 2024");
    assertReadsBackTheSame(item);
    // A year alone is no header over a written date, which never lacks its year.
    NewsItem undated = new NewsItem(Optional.empty(), "2024", List.of("5 March", "More."), SPAN);
    assertReadsBackTheSame(undated);
  }

  @Test
  void escapesATitleOrParagraphThatReadsAsAReleaseMarkerBylineOrFooter() {
    NewsItem item =
        onMarch5(
            "FOR IMMEDIATE RELEASE",
            "###",
            "- ENDS -",
            "Media contact: Jane Doe",
            "5 March 2024 | 1,245 views",
            "By Jane Doe, Staff Writer",
            "Posted in Harbour News | Leave a comment",
            "[Read more]",
            "Share: Facebook Twitter LinkedIn",
            "Back to top",
            "5–7 March 2024",
            "Del 5 al 7 de marzo de 2024");
    assertReadsBackTheSame(item);
  }

  @Test
  void escapesATitleOrParagraphThatReadsAsASessionFiftyOneShape() {
    NewsItem item =
        onMarch5(
            "[03/03/2024] Library opens late",
            "(5 March 2024) The port grows",
            "Posted by Jane Doe on March 5, 2024",
            "March 3, 2024 by Ana Costa",
            "10:30 AM, March 3, 2024",
            "Quinta-feira, 27/02/2024",
            "6 novembre 2015 - Promenade d'automne :",
            "-more-",
            "Lire la suite 2020",
            "Media contact:",
            "Jane Doe",
            "##");
    assertReadsBackTheSame(item);
  }

  @Test
  void escapesATitleOrParagraphThatReadsAsASessionFiftyTwoShape() {
    NewsItem item =
        onMarch5(
            "1 Photo: Photo: 1",
            "Posted by Jane Doe at 09:00 AM in Maps | Permalink | Comments (0)",
            "Publicado por Ana Costa a las 9:15",
            "Labels: maps, docks",
            "Leia Mais »DESTAQUE, NOTÍCIAS",
            "quarta-feira 15 de maio de 2024 às 15:17hA prefeitura confirmou o plano. As obras …",
            "March 5, 2024 10:30 AM The council voted on Tuesday to add cycle lanes.",
            "1 Photo: Photo: 1");
    assertReadsBackTheSame(item);
    NewsItem undated =
        new NewsItem(
            Optional.empty(),
            "Revue de presse du 14 mai 2024",
            List.of("Le conseil a voté."),
            SPAN);
    assertThat(readBack(undated).date()).isEmpty();
  }

  private static NewsItem onMarch5(String title, String... paragraphs) {
    return new NewsItem(Optional.of(LocalDate.of(2024, 3, 5)), title, List.of(paragraphs), SPAN);
  }

  private NewsItem readBack(NewsItem item) {
    return parser.parse(BulletinWriter.write(List.of(item)), "back").items().get(0);
  }

  private void assertReadsBackTheSame(NewsItem item) {
    NewsItem back = readBack(item);
    assertThat(back.date()).isEqualTo(item.date());
    assertThat(back.title()).isEqualTo(item.title());
    assertThat(back.paragraphs()).isEqualTo(item.paragraphs());
  }

  @Test
  void seedsReadBackFromTheirCanonicalForm() throws Exception {
    for (Path seed : Seeds.files()) {
      List<NewsItem> items = parser.parse(seed).items();
      List<NewsItem> back = parser.parse(BulletinWriter.write(items), "again").items();
      assertThat(BulletinArbitraries.content(back))
          .as(seed.toString())
          .isEqualTo(BulletinArbitraries.content(items));
    }
  }
}
