package org.bulletins.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.bulletins.model.Diagnostic;
import org.bulletins.model.NewsItem;
import org.bulletins.model.PageLayout;
import org.bulletins.model.ParsedDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every example of the spec file with LF, CRLF and CR line ends. */
class SpecTest {

  private static final Path SPEC = Path.of("src", "test", "resources", "spec", "bulletins.spec");
  private final BulletinParser parser = BulletinParser.create();

  static Stream<Arguments> examples() {
    List<SpecExample> examples = SpecExample.load(SPEC);
    return Stream.of("LF", "CRLF", "CR")
        .flatMap(ending -> examples.stream().map(example -> Arguments.of(ending, example)));
  }

  @ParameterizedTest(name = "[{0}] {1}")
  @MethodSource("examples")
  void example(String ending, SpecExample example) {
    String lineEnd =
        switch (ending) {
          case "LF" -> "\n";
          case "CRLF" -> "\r\n";
          default -> "\r";
        };
    ParsedDocument doc = parser.parse(example.text(lineEnd), "spec");
    assertThat(render(doc)).as(example.toString()).containsExactlyElementsOf(example.expected());
  }

  /** Renders a document in the spec file's expectation format. */
  static List<String> render(ParsedDocument doc) {
    List<String> lines = new ArrayList<>();
    if (!Set.of(PageLayout.DATE_TITLE_BODY, PageLayout.UNDATED, PageLayout.EMPTY)
        .contains(doc.layout())) {
      lines.add("layout " + doc.layout().label());
    }
    for (NewsItem item : doc.items()) {
      lines.add(
          "item "
              + item.date().map(Object::toString).orElse("undated")
              + " \""
              + item.title()
              + "\" "
              + item.span().firstLine()
              + "-"
              + item.span().titleLine()
              + "-"
              + item.span().lastLine());
      item.paragraphs().forEach(paragraph -> lines.add("| " + paragraph));
      item.labels().forEach(label -> lines.add("label " + label));
    }
    for (Diagnostic d : doc.diagnostics()) {
      lines.add(d.severity().label() + " " + d.code() + " " + d.line() + ":" + d.column());
    }
    return lines;
  }
}
