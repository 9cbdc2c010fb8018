package org.bulletins.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.bulletins.model.Diagnostic;
import org.bulletins.model.NewsItem;
import org.bulletins.model.ParsedDocument;
import org.bulletins.model.Severity;
import org.junit.jupiter.api.Test;

/** Bytes in every supported encoding read to the same items. */
class EncodingTest {

  private static final String PAGE =
      "9 June, 2021\r\n\r\nCosta Rica’s “San José” – café\r\n\r\nDajabón & Morgan: 100 €.\r\n";
  private final BulletinParser parser = BulletinParser.create();

  private NewsItem only(ParsedDocument doc) {
    assertThat(doc.items()).hasSize(1);
    return doc.items().get(0);
  }

  private void assertReadsPage(ParsedDocument doc) {
    NewsItem item = only(doc);
    assertThat(item.title()).isEqualTo("Costa Rica’s “San José” – café");
    assertThat(item.paragraphs()).containsExactly("Dajabón & Morgan: 100 €.");
    assertThat(item.span().lastLine()).isEqualTo(5);
  }

  private static byte[] bom(byte[] bom, String text, Charset charset) {
    byte[] body = text.getBytes(charset);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(body, 0, all, bom.length, body.length);
    return all;
  }

  @Test
  void utf8WithoutBom() {
    ParsedDocument doc = parser.parse(PAGE.getBytes(StandardCharsets.UTF_8), "p");
    assertReadsPage(doc);
    assertThat(doc.diagnostics()).isEmpty();
  }

  @Test
  void utf8WithBom() {
    byte[] bytes =
        bom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, PAGE, StandardCharsets.UTF_8);
    ParsedDocument doc = parser.parse(bytes, "p");
    assertReadsPage(doc);
    assertThat(doc.items().get(0).span().firstLine()).isEqualTo(1);
    assertThat(doc.diagnostics()).isEmpty();
  }

  @Test
  void utf16LittleEndianWithBom() {
    ParsedDocument doc =
        parser.parse(
            bom(new byte[] {(byte) 0xFF, (byte) 0xFE}, PAGE, StandardCharsets.UTF_16LE), "p");
    assertReadsPage(doc);
    assertThat(doc.diagnostics()).isEmpty();
  }

  @Test
  void utf16BigEndianWithBom() {
    ParsedDocument doc =
        parser.parse(
            bom(new byte[] {(byte) 0xFE, (byte) 0xFF}, PAGE, StandardCharsets.UTF_16BE), "p");
    assertReadsPage(doc);
    assertThat(doc.diagnostics()).isEmpty();
  }

  @Test
  void windows1252IsDecodedWithAWarningAndNoReplacementCharacter() {
    ParsedDocument doc = parser.parse(PAGE.getBytes(Charset.forName("windows-1252")), "legacy.txt");
    assertReadsPage(doc);
    assertThat(doc.diagnostics())
        .extracting(Diagnostic::severity, d -> d.code().id(), Diagnostic::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "encoding.legacy", 3));
    assertThat(doc.items().get(0).title()).doesNotContain("\uFFFD");
  }

  @Test
  void latin1LinesAmongUtf8LinesKeepEveryCharacter() {
    byte[] utf8 = "9 June, 2021\n\nSan José\n\n".getBytes(StandardCharsets.UTF_8);
    byte[] latin1 = "Dajabón.\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[utf8.length + latin1.length];
    System.arraycopy(utf8, 0, all, 0, utf8.length);
    System.arraycopy(latin1, 0, all, utf8.length, latin1.length);
    NewsItem item = only(parser.parse(all, "mixed"));
    assertThat(item.title()).isEqualTo("San José");
    assertThat(item.paragraphs()).containsExactly("Dajabón.");
  }

  @Test
  void malformedUtf16IsReportedNotSilent() {
    byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 'A', 0, 0x00, (byte) 0xD8, 'B', 0};
    ParsedDocument doc = parser.parse(bytes, "bad16");
    assertThat(doc.diagnostics())
        .extracting(d -> d.code().id())
        .containsExactly("encoding.malformed", "item.no-body");
  }

  @Test
  void crLineEndsInBytes() {
    ParsedDocument doc =
        parser.parse(PAGE.replace("\r\n", "\r").getBytes(StandardCharsets.UTF_8), "cr");
    assertReadsPage(doc);
  }
}
