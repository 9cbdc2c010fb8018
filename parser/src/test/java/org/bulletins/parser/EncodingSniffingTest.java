package org.bulletins.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bulletins.model.Diagnostic;
import org.bulletins.model.NewsItem;
import org.bulletins.model.ParsedDocument;
import org.junit.jupiter.api.Test;

/** UTF-16 without a byte-order mark, and messages that must not cut a character in two. */
class EncodingSniffingTest {

  private static final String PAGE =
      "9 June, 2021\n\nGuatemala: a workshop\n\nThe body, in Ñuñoa.\n";
  private final BulletinParser parser = BulletinParser.create();

  @Test
  void utf16LittleEndianWithoutAByteOrderMarkIsDecodedAndReported() {
    assertReadAsUtf16(parser.parse(PAGE.getBytes(StandardCharsets.UTF_16LE), "le.txt"), "UTF-16LE");
  }

  @Test
  void utf16BigEndianWithoutAByteOrderMarkIsDecodedAndReported() {
    assertReadAsUtf16(parser.parse(PAGE.getBytes(StandardCharsets.UTF_16BE), "be.txt"), "UTF-16BE");
  }

  @Test
  void streamingSniffsToo() throws Exception {
    try (ItemStream items =
        parser.stream(
            new java.io.ByteArrayInputStream(PAGE.getBytes(StandardCharsets.UTF_16LE)), "s")) {
      List<NewsItem> read = new java.util.ArrayList<>();
      items.forEach(read::add);
      assertThat(read).extracting(NewsItem::title).containsExactly("Guatemala: a workshop");
      assertThat(items.diagnostics())
          .extracting(d -> d.code().id())
          .containsExactly("encoding.guessed");
    }
  }

  @Test
  void scatteredNulBytesInUtf8AreNotMistakenForUtf16() {
    byte[] bytes =
        ("9 June, 2021\n\nTitle\u0000 with a NUL\n\nBody\u0000.\n")
            .getBytes(StandardCharsets.UTF_8);
    ParsedDocument doc = parser.parse(bytes, "nul.txt");
    assertThat(doc.diagnostics()).extracting(d -> d.code().id()).doesNotContain("encoding.guessed");
    assertThat(doc.items()).hasSize(1);
  }

  @Test
  void theNoBodyMessageDoesNotCutASurrogatePair() {
    // The 57th and 58th chars of the title are the two halves of one emoji.
    String title = "a".repeat(56) + "\uD83D\uDE00" + "b".repeat(10);
    ParsedDocument doc = parser.parse("9 June, 2021\n\n" + title + "\n", "p");
    String message = doc.diagnostics().get(0).message();
    assertThat(message).contains("a".repeat(56) + "...");
    assertThat(message.codePoints()).noneMatch(c -> c >= 0xD800 && c <= 0xDFFF); // no lone half
  }

  private static void assertReadAsUtf16(ParsedDocument doc, String charset) {
    assertThat(doc.items()).hasSize(1);
    NewsItem item = doc.items().get(0);
    assertThat(item.date()).hasValue(java.time.LocalDate.of(2021, 6, 9));
    assertThat(item.title()).isEqualTo("Guatemala: a workshop");
    assertThat(item.paragraphs()).containsExactly("The body, in Ñuñoa.");
    assertThat(doc.diagnostics())
        .extracting(d -> d.code().id(), Diagnostic::line, Diagnostic::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "encoding.guessed",
                1,
                "no byte-order mark, but a NUL byte in every other position: read as " + charset));
  }
}
