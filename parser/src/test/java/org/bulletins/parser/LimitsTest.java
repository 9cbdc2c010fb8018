package org.bulletins.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import org.bulletins.model.Diagnostic;
import org.bulletins.model.DiagnosticCode;
import org.bulletins.model.DiagnosticCounts;
import org.bulletins.model.NewsItem;
import org.bulletins.model.ParsedDocument;
import org.junit.jupiter.api.Test;

/** Limits, their diagnostics, the diagnostics cap, strict mode and builder validation. */
class LimitsTest {

  @Test
  void aTooLongLineIsCutAndReported() {
    BulletinParser parser = BulletinParser.builder().maxLineLength(20).build();
    String page = "9 June, 2021\nTitle\n" + "x".repeat(50) + "\n";
    for (ParsedDocument doc :
        new ParsedDocument[] {
          parser.parse(page, "p"), parser.parse(page.getBytes(StandardCharsets.UTF_8), "p")
        }) {
      assertThat(doc.items().get(0).paragraphs()).containsExactly("x".repeat(20));
      assertThat(doc.diagnostics())
          .extracting(d -> d.code().id(), Diagnostic::line, Diagnostic::column)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("line.too-long", 3, 21));
    }
  }

  @Test
  void aTooLongUtf8LineIsNotMistakenForLegacyText() {
    BulletinParser parser = BulletinParser.builder().maxLineLength(5).build();
    ParsedDocument doc = parser.parse("Título é é é é\n".getBytes(StandardCharsets.UTF_8), "p");
    assertThat(doc.diagnostics())
        .extracting(d -> d.code().id())
        .containsExactly("line.too-long", "item.no-body");
    assertThat(doc.items().get(0).title()).isEqualTo("Títul");
  }

  @Test
  void aTooLargeDocumentStopsWithAnError() {
    BulletinParser parser = BulletinParser.builder().maxDocumentLength(30).build();
    ParsedDocument doc =
        parser.parse("9 June, 2021\nTitle\nBody.\n10 June, 2021\nSecond\nBody.\n", "p");
    assertThat(doc.items()).extracting(NewsItem::title).containsExactly("Title");
    assertThat(doc.diagnostics())
        .extracting(d -> d.code().id(), Diagnostic::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("document.too-large", 4));
  }

  @Test
  void aTooLargeItemKeepsItsSpanAndDropsItsText() {
    BulletinParser parser = BulletinParser.builder().maxItemLength(20).build();
    ParsedDocument doc =
        parser.parse("9 June, 2021\nTitle\nFirst line.\nSecond line.\n\nThird.\n", "p");
    NewsItem item = doc.items().get(0);
    assertThat(item.paragraphs()).containsExactly("First line.");
    assertThat(item.span().lastLine()).isEqualTo(6);
    assertThat(doc.diagnostics())
        .extracting(d -> d.code().id(), Diagnostic::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("item.too-large", 4));
  }

  @Test
  void diagnosticsAreCappedWithAFinalCount() {
    BulletinParser parser = BulletinParser.builder().maxDiagnostics(3).build();
    String page = "31 June, 2021\nT\nb.\n".repeat(10);
    ParsedDocument doc = parser.parse(page, "p");
    assertThat(doc.items()).hasSize(10);
    assertThat(doc.diagnostics()).hasSize(4);
    Diagnostic last = doc.diagnostics().get(3);
    assertThat(last.code()).isEqualTo(DiagnosticCode.DIAGNOSTICS_TRUNCATED);
    assertThat(last.message()).startsWith("7 more diagnostics");
    assertThat(last.line()).isEqualTo(10);
  }

  @Test
  void anErrorBeyondTheCapIsCountedThoughNotKept() throws Exception {
    // A headlines-only page: 150 item.no-body warnings fill the default cap of 100, then an error.
    String page = "9 June, 2021\n\nHeadline\n\n\n".repeat(150) + "31 June, 2021\n\nLate\n\nBody.\n";
    BulletinParser parser = BulletinParser.create();
    ParsedDocument doc = parser.parse(page, "p");
    assertThat(doc.diagnostics()).hasSize(101).noneMatch(Diagnostic::isError);
    assertThat(doc.counts()).isEqualTo(new DiagnosticCounts(1, 150, 0));
    assertThat(doc.hasErrors()).isTrue();
    assertThat(doc.diagnostics().get(100).message())
        .isEqualTo(
            "51 more diagnostics were not recorded (1 error, 50 warnings, 0 info; maxDiagnostics is 100)");
    try (ItemStream items = parser.stream(new java.io.StringReader(page), "p")) {
      items.forEach(item -> {});
      assertThat(items.diagnosticCounts()).isEqualTo(new DiagnosticCounts(1, 150, 0));
    }
  }

  @Test
  void strictModeThrowsAtTheFirstErrorWithTheDiagnostics() {
    BulletinParser parser = BulletinParser.builder().strictness(Strictness.STRICT).build();
    String page = "09/06/2021\nT\nb.\n\n2021-06-31\nT\nb.\n";
    assertThatThrownBy(() -> parser.parse(page, "p.txt"))
        .isInstanceOfSatisfying(
            BulletinParseException.class,
            e -> {
              assertThat(e.error().code()).isEqualTo(DiagnosticCode.DATE_IMPOSSIBLE);
              assertThat(e.error().line()).isEqualTo(5);
              assertThat(e.diagnostics())
                  .extracting(d -> d.code().id())
                  .containsExactly("date.ambiguous", "date.impossible");
              assertThat(e).hasMessageStartingWith("p.txt:5:1: error: date.impossible: ");
            });
  }

  @Test
  void strictModeAcceptsWarnings() {
    BulletinParser parser = BulletinParser.builder().strictness(Strictness.STRICT).build();
    assertThat(parser.parse("09/06/2021\nT\nb.\n", "p").diagnostics()).hasSize(1);
  }

  @Test
  void monthFirstOrderAndLanguages() {
    BulletinParser us =
        BulletinParser.builder().numericDateOrder(NumericDateOrder.MONTH_FIRST).build();
    assertThat(us.parse("09/06/2021\nT\nb.\n", "p").items().get(0).date())
        .hasValueSatisfying(d -> assertThat(d.getMonthValue()).isEqualTo(9));
    BulletinParser english =
        BulletinParser.builder().languages(EnumSet.of(DateLanguage.ENGLISH)).build();
    NewsItem item = english.parse("9 de junio de 2021\nT\nb.\n", "p").items().get(0);
    assertThat(item.date()).isEmpty();
    assertThat(item.title()).isEqualTo("9 de junio de 2021 T b.");
  }

  @Test
  void builderValidatesEagerlyNamingTheOption() {
    assertThatThrownBy(() -> BulletinParser.builder().maxDiagnostics(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDiagnostics must be >= 1, was 0");
    assertThatThrownBy(() -> BulletinParser.builder().maxLineLength(-1))
        .hasMessageStartingWith("maxLineLength must be >= 1");
    assertThatThrownBy(() -> BulletinParser.builder().maxDocumentLength(0))
        .hasMessageStartingWith("maxDocumentLength must be >= 1");
    assertThatThrownBy(() -> BulletinParser.builder().maxItemLength(0))
        .hasMessageStartingWith("maxItemLength must be >= 1");
    assertThatThrownBy(() -> BulletinParser.builder().languages(Set.of()))
        .hasMessage("languages must not be empty");
    assertThatThrownBy(() -> BulletinParser.builder().strictness(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("strictness");
  }

  @Test
  void nullArgumentsThrow() {
    BulletinParser parser = BulletinParser.create();
    assertThatThrownBy(() -> parser.parse((String) null, "s"))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> parser.parse("text", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> parser.parse((byte[]) null, "s"))
        .isInstanceOf(NullPointerException.class);
  }
}
