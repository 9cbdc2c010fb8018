package org.bulletins.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bulletins.model.Diagnostic;
import org.bulletins.model.DiagnosticCode;
import org.bulletins.model.NewsItem;
import org.bulletins.model.ParsedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Archive pages that head each month's or year's items with a line of its own and date the items
 * without the year: the header's year completes the items' dates, and nothing else.
 */
class SectionHeadersTest {

  private final BulletinParser parser = BulletinParser.create();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "March 2024|5 March",
        "MARCH, 2024|Tuesday 5 March",
        "Mars 2024|mardi 5 mars",
        "Marzo de 2024|5 de marzo",
        "marzo 2024|Martes, 5 de marzo",
        "Março de 2024|5 de março",
        "2024|5 March",
        "2024|5 de marzo",
      })
  void aHeaderDatesTheYearlessItemsUnderIt(String header, String day) {
    ParsedDocument doc =
        parse(
            header,
            "",
            day,
            "Harbour works begin",
            "The first phase lasts two months.",
            "",
            day.replace("5", "12"),
            "Ferry timetable changes",
            "Evening crossings are added.");
    assertThat(doc.items())
        .extracting(NewsItem::date)
        .containsExactly(
            Optional.of(LocalDate.of(2024, 3, 5)), Optional.of(LocalDate.of(2024, 3, 12)));
    assertThat(doc.items().get(0).title()).isEqualTo("Harbour works begin");
    assertThat(doc.items().get(0).labels()).containsExactly(header.strip());
    assertThat(doc.diagnostics()).isEmpty();
  }

  @Test
  void aMonthHeaderDatesOnlyItsOwnMonth() {
    ParsedDocument doc =
        parse(
            "March 2024",
            "",
            "5 March",
            "Harbour works begin",
            "Body.",
            "",
            "28 February",
            "Ferry timetable changes",
            "Body.");
    assertThat(doc.items())
        .extracting(NewsItem::date)
        .containsExactly(Optional.of(LocalDate.of(2024, 3, 5)), Optional.empty());
    assertThat(codes(doc)).containsExactly(DiagnosticCode.DATE_NO_YEAR);
  }

  @Test
  void theNextHeaderTakesOver() {
    ParsedDocument doc =
        parse(
            "2024",
            "",
            "12 January",
            "A",
            "Body.",
            "",
            "2023",
            "",
            "28 December",
            "B",
            "Body.",
            "",
            "February 2023",
            "",
            "3 February",
            "C",
            "Body.");
    assertThat(doc.items())
        .extracting(NewsItem::date)
        .containsExactly(
            Optional.of(LocalDate.of(2024, 1, 12)),
            Optional.of(LocalDate.of(2023, 12, 28)),
            Optional.of(LocalDate.of(2023, 2, 3)));
  }

  @Test
  void theTwentyNinthOfFebruaryOfACommonYearStaysUndated() {
    ParsedDocument doc = parse("2023", "", "29 February", "A title", "Body.");
    assertThat(doc.items())
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.date()).isEmpty();
              assertThat(item.labels()).containsExactly("2023");
            });
    assertThat(codes(doc)).containsExactly(DiagnosticCode.DATE_NO_YEAR);
    ParsedDocument leap = parse("2024", "", "29 February", "A title", "Body.");
    assertThat(leap.items().get(0).date()).contains(LocalDate.of(2024, 2, 29));
  }

  @Test
  void aWeekdayTheHeadersYearContradictsLeavesTheItemUndated() {
    // 5 March 2023 was a Sunday: the page's "Tuesday" says the header is not this item's year.
    ParsedDocument doc = parse("2023", "", "Tuesday 5 March", "A title", "Body.");
    assertThat(doc.items()).singleElement().satisfies(item -> assertThat(item.date()).isEmpty());
    assertThat(doc.diagnostics())
        .singleElement()
        .satisfies(
            diagnostic -> {
              assertThat(diagnostic.code()).isEqualTo(DiagnosticCode.DATE_NO_YEAR);
              assertThat(diagnostic.line()).isEqualTo(3);
              assertThat(diagnostic.message()).contains("2023-03-05 a Sunday, not a Tuesday");
            });
    ParsedDocument agreeing = parse("2024", "", "Tuesday 5 March", "A title", "Body.");
    assertThat(agreeing.items().get(0).date()).contains(LocalDate.of(2024, 3, 5));
    assertThat(agreeing.diagnostics()).isEmpty();
  }

  @Test
  void aFullDateOfAnotherYearEndsTheHeader() {
    ParsedDocument doc =
        parse(
            "2024",
            "",
            "6 March",
            "A",
            "Body.",
            "",
            "12 March 2023",
            "B",
            "Body.",
            "",
            "4 March",
            "C",
            "Body.",
            "",
            "2 March 2024",
            "D",
            "Body.");
    assertThat(doc.items())
        .extracting(NewsItem::date)
        .containsExactly(
            Optional.of(LocalDate.of(2024, 3, 6)),
            Optional.of(LocalDate.of(2023, 3, 12)),
            Optional.empty(),
            Optional.of(LocalDate.of(2024, 3, 2)));
    assertThat(codes(doc)).containsExactly(DiagnosticCode.DATE_NO_YEAR);
    // A full date of the header's own year leaves it in place.
    ParsedDocument same =
        parse(
            "2024",
            "",
            "6 March",
            "A",
            "Body.",
            "",
            "5 March 2024",
            "B",
            "Body.",
            "",
            "4 March",
            "C");
    assertThat(same.items().get(2).date()).contains(LocalDate.of(2024, 3, 4));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "GENEVA, 12 December 2023 – The first phase, announced last year, lasts two months.",
        "12 December 2023: the council approved the plan, and work starts now.",
        "Last updated: 2 January 2025",
        "Mis à jour le 2 janvier 2025",
        "28 December 2023 – 3 January 2024",
      })
  void aDateOfAnotherYearThatDatesNoItemLeavesTheHeaderInPlace(String line) {
    ParsedDocument doc =
        parse("2024", "", "6 March", "Harbour works begin", line, "", "4 March", "Ferry", "Body.");
    assertThat(doc.items())
        .last()
        .satisfies(item -> assertThat(item.date()).contains(LocalDate.of(2024, 3, 4)));
  }

  @Test
  void aYearAloneOverAnythingButAYearlessDateStaysWhatItWas() {
    ParsedDocument review = parse("2020", "", "A look back at the year, in a few sentences.");
    assertThat(review.items())
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.title()).isEqualTo("2020");
              assertThat(item.paragraphs())
                  .containsExactly("A look back at the year, in a few sentences.");
            });
    // Over a full date the year is no header either: the dated item keeps its own year.
    ParsedDocument dated =
        parse("2024", "", "5 March 2023", "A title", "Body.", "", "6 March", "B", "Body.");
    assertThat(dated.items())
        .extracting(NewsItem::date)
        .contains(Optional.of(LocalDate.of(2023, 3, 5)))
        .doesNotContain(Optional.of(LocalDate.of(2024, 3, 6)));
  }

  @Test
  void aDatelineOrADateOpenedTitleUnderAHeaderIsDatedToo() {
    ParsedDocument opened =
        parse("Mars 2024", "", "5 mars : Le conseil adopte le budget", "Le vote a eu lieu hier.");
    assertThat(opened.items())
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.date()).contains(LocalDate.of(2024, 3, 5));
              assertThat(item.title()).isEqualTo("Le conseil adopte le budget");
            });
    assertThat(opened.diagnostics()).isEmpty();
  }

  @Test
  void aYearLineAtTheEdgeOfTheLayoutWindowStillHeadsItsItems() {
    // The layout is inferred from the first 200 lines that are not blank: a first body of one to
    // six paragraphs moves the window's end over every line of a section.
    for (int shift = 1; shift <= 6; shift++) {
      StringBuilder page = new StringBuilder();
      for (int year = 1960; year < 2040; year++) {
        page.append(year).append("\n\n7 June\nTitle ").append(year).append('\n');
        int paragraphs = year == 1960 ? shift : 1;
        for (int i = 0; i < paragraphs; i++) {
          page.append("Body paragraph ").append(i).append(".\n\n");
        }
      }
      ParsedDocument doc = parser.parse(page.toString(), "sections");
      assertThat(doc.items()).as("shift %d", shift).hasSize(80);
      for (NewsItem item : doc.items()) {
        int year = Integer.parseInt(item.title().substring("Title ".length()));
        assertThat(item.date()).as("shift %d", shift).contains(LocalDate.of(year, 6, 7));
        assertThat(item.labels()).as("shift %d", shift).containsExactly(String.valueOf(year));
      }
      assertThat(doc.diagnostics()).as("shift %d", shift).isEmpty();
    }
  }

  @Test
  void aMonthAndYearOverAnythingButAYearlessDateIsATitle() {
    // Monthly newsletters: each date line's title is its month; before a full date it heads
    // nothing.
    ParsedDocument doc =
        parse(
            "2 April 2024",
            "April 2024",
            "The April issue.",
            "",
            "4 March 2024",
            "March 2024",
            "The March issue.");
    assertThat(doc.items()).extracting(NewsItem::title).containsExactly("April 2024", "March 2024");
    assertThat(doc.items())
        .extracting(NewsItem::date)
        .containsExactly(
            Optional.of(LocalDate.of(2024, 4, 2)), Optional.of(LocalDate.of(2024, 3, 4)));
    assertThat(doc.diagnostics()).isEmpty();
  }

  @Test
  void blankLinesAfterAHeldHeaderKeepTheirNumbers() {
    String page = "2024\n" + "\n".repeat(50_000) + "5 March\nA title\nA body.\n";
    ParsedDocument doc = parser.parse(page, "page");
    assertThat(doc.items())
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.date()).contains(LocalDate.of(2024, 3, 5));
              assertThat(item.span().titleLine()).isEqualTo(50_003);
              assertThat(item.span().lastLine()).isEqualTo(50_004);
            });
  }

  private ParsedDocument parse(String... lines) {
    return parser.parse(String.join("\n", lines) + "\n", "page");
  }

  private static List<DiagnosticCode> codes(ParsedDocument doc) {
    return doc.diagnostics().stream().map(Diagnostic::code).toList();
  }
}
