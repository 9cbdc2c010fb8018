package org.bulletins.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bulletins.model.Diagnostic;
import org.bulletins.model.DiagnosticCode;
import org.bulletins.model.NewsItem;
import org.bulletins.model.PageLayout;
import org.bulletins.model.ParsedDocument;
import org.bulletins.model.SourceSpan;
import org.junit.jupiter.api.Test;

/**
 * The bugs that fuzzing found, each in readable form. The inputs that found them are replayed by
 * {@link ParserFuzzTest} from {@code ParserFuzzTestInputs/<target>/finding-NN-*}.
 */
class FuzzFixesTest {

  /** finding-01: a year below 1000 was written as "1 June, 42", which reads back as text. */
  @Test
  void yearsBelowOneThousandRoundTrip() {
    for (int year : new int[] {0, 1, 42, 999, 1000, 9999}) {
      NewsItem item =
          new NewsItem(
              Optional.of(LocalDate.of(year, 6, 1)),
              "T",
              List.of("Body."),
              new SourceSpan("x", 1, 1, 1));
      List<NewsItem> back =
          BulletinParser.create().parse(BulletinWriter.write(List.of(item)), "w").items();
      assertThat(back)
          .singleElement()
          .satisfies(i -> assertThat(i.date()).contains(LocalDate.of(year, 6, 1)));
    }
    assertThat(BulletinWriter.formatDate(LocalDate.of(42, 6, 1))).isEqualTo("0042-06-01");
    assertThat(BulletinWriter.formatDate(LocalDate.of(2021, 6, 9))).isEqualTo("9 June, 2021");
  }

  /**
   * finding-02: bytes counted a CRLF as one char and an over-long line only up to maxLineLength, so
   * parse(bytes) read past maxDocumentLength where parse(String) of the same text stopped.
   */
  @Test
  void bytesAndTheirTextStopAtTheSameLine() {
    BulletinParser parser =
        BulletinParser.builder().maxLineLength(10).maxDocumentLength(100).build();
    String text = "9 June, 2021\r\n" + "Title\r\n" + ("x".repeat(30) + "\r\n").repeat(10);
    ParsedDocument fromText = parser.parse(text, "d");
    ParsedDocument fromBytes = parser.parse(text.getBytes(StandardCharsets.UTF_8), "d");
    assertThat(fromBytes).isEqualTo(fromText);
    assertThat(fromBytes.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.DOCUMENT_TOO_LARGE)
        .extracting(Diagnostic::line)
        .containsExactly(5);
  }

  /**
   * finding-02: a document of over-long lines stops at maxDocumentLength, it is not read to its
   * end.
   */
  @Test
  void overLongLinesCountInFullAgainstTheDocumentLimit() {
    BulletinParser parser =
        BulletinParser.builder().maxLineLength(100).maxDocumentLength(10_000).build();
    byte[] bytes = ("é".repeat(1000) + "\n").repeat(100).getBytes(StandardCharsets.UTF_8);
    ParsedDocument doc = parser.parse(bytes, "d");
    assertThat(doc.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.DOCUMENT_TOO_LARGE)
        .extracting(Diagnostic::line)
        .containsExactly(10);
  }

  /**
   * finding-03, a bug in the fix of finding-02: dropped bytes of a Windows-1252 line were counted
   * as UTF-8, where a byte from 0xF0 up counts two chars, so a document under maxDocumentLength was
   * cut as if it were over it.
   */
  @Test
  void droppedLegacyBytesCountOneCharEach() {
    BulletinParser parser =
        BulletinParser.builder().maxLineLength(10).maxDocumentLength(100).build();
    byte[] line = new byte[90]; // 91 chars with the LF; counted as UTF-8 they made 138
    java.util.Arrays.fill(line, (byte) 0xFF);
    byte[] bytes = new byte[line.length + 1];
    System.arraycopy(line, 0, bytes, 0, line.length);
    bytes[line.length] = '\n';
    ParsedDocument doc = parser.parse(bytes, "d");
    assertThat(doc.diagnostics())
        .extracting(d -> d.code().id())
        .doesNotContain("document.too-large");
  }

  /**
   * Found by {@code DateShapedLinesProperties} (session 53): a time without a colon glued to text
   * made a timed dateline when the page was read as text, not as bytes, whose classifier asks only
   * lines with a colon.
   */
  @Test
  void aTimeWithoutAColonReadsTheSameFromBytesAndFromText() {
    String page = "publicado 16/02/2022 14h45, ultima modificacao 16/02/2022 14h43Tuesday3.";
    BulletinParser parser = BulletinParser.create();
    ParsedDocument fromText = parser.parse(page, "p");
    assertThat(parser.parse(page.getBytes(StandardCharsets.UTF_8), "p")).isEqualTo(fromText);
    assertThat(fromText.layout()).isNotEqualTo(PageLayout.DATELINE);
  }

  /**
   * A title that reads as a relative date beside a site's name ({@code 1 | Yesterday}) was written
   * with its first char as a reference, which still read as a site's name: the item came back as a
   * date line with no title. Found by {@code DateShapedLinesProperties} in CI.
   */
  @Test
  void aTitleThatReadsAsARelativeDateBesideASourceRoundTrips() {
    for (String title : List.of("1 | Yesterday", "Yesterday | 1", "City Press · 2 hours ago")) {
      assertThat(writtenAndRead(title, List.of()))
          .as(title)
          .singleElement()
          .satisfies(i -> assertThat(i.title()).isEqualTo(title));
    }
  }

  /**
   * A line that opens with a long run of bullets ({@code • • • ...}, {@code - - - ...}) overflowed
   * the stack: each bullet was stripped by a recursive call, to read a date after them. Found by
   * the session 55 review; every line must still end in an item or a diagnostic.
   */
  @Test
  void aLongRunOfBulletsIsText() {
    for (String bullet : List.of("• ", "- ", "* ", "· ")) {
      String page = "A title\n\n" + bullet.repeat(20_000) + "14/11/2025\n";
      ParsedDocument doc = BulletinParser.create().parse(page, "b");
      assertThat(doc.items()).singleElement().satisfies(i -> assertThat(i.date()).isEmpty());
    }
  }

  /** A bulleted date line and its title are written back so that they read as they were. */
  @Test
  void aTitleThatReadsAsABulletedDateRoundTrips() {
    for (String title : List.of("• 14/11/2025", "- 5 March 2024", "▪ Posted on 2024-03-05")) {
      assertThat(writtenAndRead(title, List.of(title)))
          .as(title)
          .singleElement()
          .satisfies(
              i -> {
                assertThat(i.title()).isEqualTo(title);
                assertThat(i.paragraphs()).containsExactly(title);
              });
    }
  }

  /**
   * A line whose first part is empty after a bar and a comma ({@code |, FOR IMMEDIATE RELEASE: 5
   * March 2024}) threw when the meta-line rule asked whether that empty part was an author's name.
   * Found by {@code DateShapedLinesProperties} while the rule was written (session 56).
   */
  @Test
  void anEmptyPartOfADecoratedLineIsNoName() {
    String title = "|, FOR IMMEDIATE RELEASE: 5 March 2024";
    ParsedDocument doc = BulletinParser.create().parse(title + "\n\nThe text.\n", "e");
    assertThat(doc.items()).singleElement().satisfies(i -> assertThat(i.title()).isEqualTo(title));
    assertThat(writtenAndRead(title, List.of("The text.")))
        .singleElement()
        .satisfies(i -> assertThat(i.title()).isEqualTo(title));
  }

  /** A dated item with this title and these paragraphs, written and read back. */
  private static List<NewsItem> writtenAndRead(String title, List<String> paragraphs) {
    NewsItem item =
        new NewsItem(
            Optional.of(LocalDate.of(2024, 3, 5)), title, paragraphs, new SourceSpan("x", 1, 1, 1));
    return BulletinParser.create().parse(BulletinWriter.write(List.of(item)), "w").items();
  }
}
