package org.bulletins.parser;

import static org.assertj.core.api.Assertions.assertThat;

import org.bulletins.model.Diagnostic;
import org.bulletins.model.ParsedDocument;
import org.junit.jupiter.api.Test;

/** Inputs built to hurt: huge lines, many date lines, long undated blocks. */
class PathologicalInputTest {

  private final BulletinParser parser = BulletinParser.create();

  @Test
  void aMegabyteOfAmpersandsAndEntities() {
    String text = "9 June, 2021\nT\n" + "&amp;amp;&#x;&#99999999;&".repeat(40_000) + "\n";
    ParsedDocument doc = parser.parse(text, "p");
    assertThat(doc.items()).hasSize(1);
    assertThat(doc.items().get(0).paragraphs().get(0)).startsWith("&amp;&#x;&#99999999;&&amp;");
  }

  @Test
  void aHundredThousandOrphanDateLinesAreCapped() {
    ParsedDocument doc = parser.parse("9 June, 2021\n".repeat(100_000), "p");
    assertThat(doc.items()).isEmpty();
    assertThat(doc.diagnostics()).hasSize(101);
    assertThat(doc.diagnostics().get(100).message()).startsWith("99900 more diagnostics");
    assertThat(doc.diagnostics().subList(0, 100))
        .extracting(d -> d.code().id())
        .containsOnly("date.orphan");
  }

  @Test
  void aLongUndatedBlockOfShortLines() {
    ParsedDocument doc = parser.parse("word\n".repeat(300_000), "p");
    assertThat(doc.items()).isEmpty();
    assertThat(doc.diagnostics())
        .extracting(d -> d.code().id(), Diagnostic::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("text.orphan", 1),
            org.assertj.core.groups.Tuple.tuple("item.too-large", 209_716));
  }

  @Test
  void manyBlankLinesAndInvisibleCharacters() {
    ParsedDocument doc =
        parser.parse("\u200B\u00A0\t\n".repeat(200_000) + "9 June, 2021\nT\nb.", "p");
    assertThat(doc.items()).hasSize(1);
    assertThat(doc.items().get(0).span().firstLine()).isEqualTo(200_001);
  }
}
