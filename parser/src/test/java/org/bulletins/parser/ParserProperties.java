package org.bulletins.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bulletins.model.Diagnostic;
import org.bulletins.model.DiagnosticCode;
import org.bulletins.model.NewsItem;
import org.bulletins.model.ParsedDocument;
import org.bulletins.parser.internal.TextNormalizer;

/** The parser's guarantees over generated input. */
class ParserProperties {

  private static final Pattern LINE_END = Pattern.compile("\r\n|\r|\n");
  private final BulletinParser parser = BulletinParser.builder().maxDiagnostics(10_000).build();

  @Property
  void neverThrowsOnArbitraryStrings(@ForAll String text) {
    ParsedDocument doc = parser.parse(text, "any");
    assertThat(doc.source()).isEqualTo("any");
  }

  @Property
  void neverThrowsOnArbitraryBytes(@ForAll("bytes") byte[] bytes) {
    ParsedDocument doc = parser.parse(bytes, "any");
    assertThat(doc.items()).allSatisfy(item -> assertThat(item.title()).isNotBlank());
  }

  @Property
  void neverThrowsOnPagesInAnyEncoding(
      @ForAll("pages") String page, @ForAll("charsets") String charset) {
    byte[] bytes = encode(page, charset);
    ParsedDocument doc = parser.parse(bytes, "page");
    assertThat(doc.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.ENCODING_MALFORMED);
  }

  @Property
  void nothingIsLost(@ForAll("pages") String page) {
    assertEveryLineAccountedFor(page, parser.parse(page, "page"));
  }

  @Property
  void nothingIsLostInArbitraryStrings(@ForAll String text) {
    assertEveryLineAccountedFor(text, parser.parse(text, "any"));
  }

  @Property
  void writtenItemsReadBack(@ForAll("datedItems") List<NewsItem> items) {
    ParsedDocument doc = parser.parse(BulletinWriter.write(items), "written");
    assertThat(BulletinArbitraries.content(doc.items()))
        .isEqualTo(BulletinArbitraries.content(items));
    assertThat(doc.diagnostics()).allMatch(d -> d.code() == DiagnosticCode.ITEM_NO_BODY);
  }

  @Property
  void writtenMixedItemsReadBack(@ForAll("mixedItems") List<NewsItem> items) {
    ParsedDocument doc = parser.parse(BulletinWriter.write(items), "written");
    assertThat(BulletinArbitraries.content(doc.items()))
        .isEqualTo(BulletinArbitraries.content(items));
  }

  @Property
  void writtenItemsOfAnyKindReadBack(@ForAll("anyItems") List<NewsItem> items) {
    ParsedDocument doc = parser.parse(BulletinWriter.write(items), "written");
    assertThat(BulletinArbitraries.content(doc.items()))
        .isEqualTo(BulletinArbitraries.content(items));
  }

  @Property
  void parsingWhatWasWrittenChangesNothing(@ForAll("pages") String page) {
    List<NewsItem> once = parser.parse(page, "page").items();
    List<NewsItem> twice = parser.parse(BulletinWriter.write(once), "again").items();
    assertThat(BulletinArbitraries.content(twice)).isEqualTo(BulletinArbitraries.content(once));
  }

  @Property
  void whitespaceCleaningIsIdempotent(@ForAll String text) {
    String once = TextNormalizer.cleanWhitespace(text);
    assertThat(TextNormalizer.cleanWhitespace(once)).isEqualTo(once);
  }

  @Property
  void parsedTextIsNormalised(@ForAll("pages") String page) {
    for (NewsItem item : parser.parse(page, "page").items()) {
      assertThat(TextNormalizer.cleanWhitespace(item.title())).isEqualTo(item.title());
      for (String paragraph : item.paragraphs()) {
        assertThat(TextNormalizer.cleanWhitespace(paragraph)).isEqualTo(paragraph).isNotEmpty();
      }
    }
  }

  @Property
  void streamingGivesTheSameItems(@ForAll("pages") String page) throws Exception {
    List<NewsItem> streamed = new ArrayList<>();
    try (ItemStream items = parser.stream(new java.io.StringReader(page), "page")) {
      items.forEach(streamed::add);
    }
    assertThat(streamed).isEqualTo(parser.parse(page, "page").items());
  }

  private static void assertEveryLineAccountedFor(String text, ParsedDocument doc) {
    String[] lines = LINE_END.split(text, -1);
    for (int i = 0; i < lines.length; i++) {
      int number = i + 1;
      if (TextNormalizer.normalize(lines[i]).isEmpty()) {
        continue;
      }
      boolean inSpan = doc.items().stream().anyMatch(item -> item.span().contains(number));
      boolean named = doc.diagnostics().stream().anyMatch(d -> names(d, lines, number));
      assertThat(inSpan || named).as("line %s: %s", number, lines[i]).isTrue();
    }
  }

  /** A diagnostic names its line; a {@code text.orphan} names its whole block. */
  private static boolean names(Diagnostic d, String[] lines, int number) {
    if (d.line() == number) {
      return true;
    }
    if (d.code() != DiagnosticCode.TEXT_ORPHAN || d.line() > number) {
      return false;
    }
    for (int j = d.line(); j < number; j++) {
      if (TextNormalizer.normalize(lines[j]).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static byte[] encode(String text, String charset) {
    return switch (charset) {
      case "UTF-8-BOM" -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
      case "UTF-16LE" -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
      case "UTF-16BE" -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE);
      default -> text.getBytes(StandardCharsets.UTF_8);
    };
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    return Arbitraries.oneOf(
        Arbitraries.bytes().array(byte[].class).ofMaxSize(300),
        Arbitraries.bytes()
            .array(byte[].class)
            .ofMaxSize(300)
            .map(b -> prefix(new byte[] {(byte) 0xFF, (byte) 0xFE}, b)),
        Arbitraries.bytes()
            .array(byte[].class)
            .ofMaxSize(300)
            .map(b -> prefix(new byte[] {(byte) 0xFE, (byte) 0xFF}, b)),
        Arbitraries.bytes()
            .array(byte[].class)
            .ofMaxSize(300)
            .map(b -> prefix(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, b)));
  }

  private static byte[] prefix(byte[] head, byte[] tail) {
    byte[] all = new byte[head.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }

  @Provide
  Arbitrary<String> charsets() {
    return Arbitraries.of("UTF-8", "UTF-8-BOM", "UTF-16LE", "UTF-16BE");
  }

  @Provide
  Arbitrary<String> pages() {
    return BulletinArbitraries.page();
  }

  @Provide
  Arbitrary<String> datedPages() {
    return BulletinArbitraries.datedPage();
  }

  @Provide
  Arbitrary<List<NewsItem>> anyItems() {
    return BulletinArbitraries.anyItems();
  }

  @Provide
  Arbitrary<List<NewsItem>> mixedItems() {
    return BulletinArbitraries.mixedItems();
  }

  @Provide
  Arbitrary<List<NewsItem>> datedItems() {
    return BulletinArbitraries.datedItem().list().ofMaxSize(6);
  }
}
