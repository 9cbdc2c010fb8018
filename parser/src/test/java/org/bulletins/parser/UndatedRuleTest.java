package org.bulletins.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bulletins.model.NewsItem;
import org.bulletins.model.ParsedDocument;
import org.bulletins.testing.Seeds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The title rule for undated pages holds beyond seed 003: with their date lines deleted, the dated
 * seeds give the same titles and paragraphs.
 */
class UndatedRuleTest {

  private final BulletinParser parser = BulletinParser.create();

  static List<Path> datedSeeds() {
    return Seeds.files().stream()
        .filter(f -> !f.getFileName().toString().startsWith("003"))
        .toList();
  }

  @ParameterizedTest
  @MethodSource("datedSeeds")
  void strippingDateLinesKeepsTitlesAndParagraphs(Path seed) {
    String text = Seeds.read(seed);
    ParsedDocument dated = parser.parse(text, "dated");
    List<String> dateLines =
        dated.items().stream()
            .map(item -> text.lines().toList().get(item.span().firstLine() - 1))
            .toList();
    String stripped =
        text.lines().filter(line -> !dateLines.contains(line)).collect(Collectors.joining("\n"));

    ParsedDocument undated = parser.parse(stripped, "undated");

    assertThat(undated.diagnostics()).isEmpty();
    assertThat(undated.items()).hasSize(dated.items().size());
    assertThat(undated.items()).extracting(NewsItem::date).containsOnly(Optional.empty());
    assertThat(undated.items())
        .extracting(NewsItem::title)
        .containsExactlyElementsOf(dated.items().stream().map(NewsItem::title).toList());
    assertThat(undated.items())
        .extracting(NewsItem::paragraphs)
        .containsExactlyElementsOf(dated.items().stream().map(NewsItem::paragraphs).toList());
  }

  @ParameterizedTest
  @MethodSource("datedSeeds")
  void strippingDateLinesAndTheirBlankLineKeepsTitlesToo(Path seed) {
    String text = Seeds.read(seed);
    List<String> lines = text.lines().toList();
    ParsedDocument dated = parser.parse(text, "dated");
    StringBuilder stripped = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      int number = i + 1;
      boolean dateLine = dated.items().stream().anyMatch(item -> item.span().firstLine() == number);
      boolean blankAfterDate =
          i > 0
              && lines.get(i).isBlank()
              && dated.items().stream().anyMatch(item -> item.span().firstLine() == number - 1);
      if (!dateLine && !blankAfterDate) {
        stripped.append(lines.get(i)).append('\n');
      }
    }
    ParsedDocument undated = parser.parse(stripped.toString(), "undated");
    assertThat(undated.items())
        .extracting(NewsItem::title)
        .containsExactlyElementsOf(dated.items().stream().map(NewsItem::title).toList());
    assertThat(undated.items()).extracting(item -> item.paragraphs().size()).containsOnly(1);
  }
}
