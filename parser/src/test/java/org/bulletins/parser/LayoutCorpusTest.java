package org.bulletins.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bulletins.model.NewsItem;
import org.bulletins.model.PageLayout;
import org.bulletins.model.ParsedDocument;
import org.bulletins.model.json.BulletinsJson;
import org.bulletins.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The layout corpus: pages written for this project in the shapes of real listing and article pages
 * (see {@code src/test/resources/layouts/README.md}), each against its golden JSON (the inferred
 * layout, every item with its labels, every diagnostic), reviewed by eye. Run with {@code
 * -Dgolden.update=true} to rewrite the goldens after a deliberate change, then review the diff.
 */
class LayoutCorpusTest {

  private static final Path LAYOUTS = Path.of("src", "test", "resources", "layouts");
  private static final JsonMapper JSON =
      BulletinsJson.newMapper().rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
  private final BulletinParser parser = BulletinParser.create();

  static List<Path> pages() throws IOException {
    try (Stream<Path> files = Files.list(LAYOUTS)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  @ParameterizedTest
  @MethodSource("pages")
  void pageMatchesGolden(Path page) throws IOException {
    ParsedDocument doc = parser.parse(Files.readAllBytes(page), page.getFileName().toString());
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("source", doc.source());
    view.put("layout", doc.layout().label());
    view.put("items", doc.items());
    view.put("diagnostics", doc.diagnostics());
    String actual = JSON.writeValueAsString(view) + "\n";
    Path golden = page.resolveSibling(page.getFileName().toString().replace(".txt", ".json"));
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, actual);
    }
    assertThat(golden).exists();
    assertThat(actual).isEqualTo(Files.readString(golden));
  }

  @ParameterizedTest
  @MethodSource("pages")
  void everyLineIsInAnItemOrADiagnostic(Path page) throws IOException {
    String text = Files.readString(page, StandardCharsets.UTF_8);
    ParsedDocument doc = parser.parse(text, page.toString());
    ParserInvariants.checkDocument(doc, text.split("\r\n|\r|\n", -1).length);
    ParserInvariants.checkLinesAccountedFor(text.split("\r\n|\r|\n", -1), doc);
  }

  @ParameterizedTest
  @MethodSource("pages")
  void streamingInfersTheSameLayoutAndItems(Path page) throws IOException {
    ParsedDocument doc = parser.parse(page);
    try (ItemStream items = parser.stream(page)) {
      List<NewsItem> streamed = items.stream().toList();
      assertThat(streamed).isEqualTo(doc.items());
      assertThat(items.layout()).isEqualTo(doc.layout());
    }
  }

  @Test
  void theCorpusCoversSixLayoutsAndFourLanguages() throws IOException {
    Set<PageLayout> layouts = pages().stream().map(this::layoutOf).collect(Collectors.toSet());
    assertThat(pages()).hasSizeGreaterThanOrEqualTo(15);
    assertThat(layouts)
        .contains(
            PageLayout.DATE_TITLE_BODY,
            PageLayout.TITLE_DATE_BODY,
            PageLayout.TITLE_BODY_DATE,
            PageLayout.DATE_IN_TITLE,
            PageLayout.DATELINE,
            PageLayout.ONE_LINE,
            PageLayout.UNDATED,
            PageLayout.MIXED);
    assertThat(pages().stream().map(p -> p.getFileName().toString().substring(0, 3)))
        .contains("en-", "es-", "fr-", "pt-");
  }

  @Test
  void theSeedsKeepTheirLayouts() throws IOException {
    assertThat(Seeds.files().stream().map(this::layoutOf).toList())
        .containsExactly(
            PageLayout.DATE_TITLE_BODY,
            PageLayout.DATE_TITLE_BODY,
            PageLayout.DATE_TITLE_BODY,
            PageLayout.UNDATED,
            PageLayout.DATE_TITLE_BODY);
  }

  private PageLayout layoutOf(Path page) {
    try {
      return parser.parse(page).layout();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
