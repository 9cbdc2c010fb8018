package org.bulletins.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bulletins.model.NewsItem;
import org.bulletins.model.ParsedDocument;
import org.bulletins.model.SourceSpan;
import org.bulletins.model.json.BulletinsJson;
import org.bulletins.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each seed page against its reviewed golden JSON in {@code src/test/resources/golden/}. Run with
 * {@code -Dgolden.update=true} to rewrite the files after a deliberate change, then review the diff
 * by eye.
 */
class SeedGoldenTest {

  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final JsonMapper JSON =
      BulletinsJson.newMapper().rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
  private final BulletinParser parser = BulletinParser.create();

  static List<Path> seeds() {
    return Seeds.files();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void seedMatchesGolden(Path seed) throws IOException {
    ParsedDocument doc = parser.parse(Files.readAllBytes(seed), Seeds.sourceName(seed));
    String actual = JSON.writeValueAsString(doc) + "\n";
    Path golden = GOLDEN.resolve(seed.getFileName().toString().replace(".txt", ".json"));
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, actual);
    }
    assertThat(golden).exists();
    assertThat(actual).isEqualTo(Files.readString(golden));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void seedsParseWithoutDiagnostics(Path seed) throws IOException {
    assertThat(parser.parse(seed).diagnostics()).isEmpty();
  }

  @Test
  void allFortyEightItems() throws IOException {
    int total = 0;
    for (Path seed : Seeds.files()) {
      total += parser.parse(seed).items().size();
    }
    assertThat(total).isEqualTo(48);
  }

  @Test
  void firstItemOfSeed000() throws IOException {
    Path seed = Seeds.file("000");
    NewsItem first = parser.parse(seed).items().get(0);
    assertThat(first.date()).contains(LocalDate.of(2021, 6, 9));
    assertThat(first.title())
        .isEqualTo(
            "Guatemala: IOM Trains IGM Staff to Implement Protocol to Protect Vulnerable Migrants");
    assertThat(first.paragraphs()).hasSize(1);
    assertThat(first.paragraphs().get(0))
        .startsWith("The Guatemalan Migration Institute (IGM), with the support")
        .doesNotContain("\u00A0", "  ");
    assertThat(first.span()).isEqualTo(new SourceSpan(seed.toString(), 1, 3, 6));
  }

  @Test
  void narrowNoBreakSpacesBeforeATitleAreDropped() throws IOException {
    NewsItem last = parser.parse(Seeds.file("000")).items().get(9);
    assertThat(last.title())
        .isEqualTo(
            "IOM trains COPECO in the inclusion of migrants during emergencies and crises in"
                + " Honduras");
    assertThat(last.span().titleLine()).isEqualTo(60);
  }

  @Test
  void undatedSeed003HasEightItemsWithTheirParagraphCounts() throws IOException {
    ParsedDocument doc = parser.parse(Seeds.file("003"));
    assertThat(doc.items()).extracting(NewsItem::date).containsOnly(Optional.empty());
    assertThat(doc.items())
        .extracting(item -> item.paragraphs().size())
        .containsExactly(2, 1, 1, 1, 1, 1, 2, 1);
    assertThat(doc.items())
        .extracting(NewsItem::title)
        .containsExactly(
            "IOM and its partners support efforts for improving labor migration management in"
                + " Mesoamerica and the Caribbean",
            "IOM organizes the V exchange of the technical network of cross-border articulation on"
                + " migration between Guatemala and Honduras",
            "Central America bolsters protocols for assistance to migrants in crisis situations",
            "IOM and ILO hold workshop on fair and ethical hiring of migrant workers",
            "Why choose E-learning?",
            "Regional mechanisms strengthen actions to include and tend to migrants in crisis"
                + " situations",
            "Costa Rica and Guatemala improve access to information and regularization through"
                + " information hubs on migration",
            "Mexico and Guatemala exchange best practices regarding labor migration");
    assertThat(doc.items())
        .extracting(item -> item.span().titleLine())
        .containsExactly(3, 10, 16, 22, 27, 32, 37, 45);
    assertThat(doc.items().get(7).span().lastLine()).isEqualTo(48);
  }

  @Test
  void pathAndBytesAgree() throws IOException {
    for (Path seed : Seeds.files()) {
      List<NewsItem> fromPath = parser.parse(seed).items();
      List<NewsItem> fromBytes = parser.parse(Files.readAllBytes(seed), seed.toString()).items();
      List<NewsItem> fromText = parser.parse(Seeds.read(seed), seed.toString()).items();
      assertThat(fromBytes).isEqualTo(fromPath);
      assertThat(fromText).isEqualTo(fromPath);
    }
  }
}
