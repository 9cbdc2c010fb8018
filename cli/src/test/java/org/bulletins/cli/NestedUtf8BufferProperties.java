package org.bulletins.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The buffer's bytes are those of the nested text through a UTF-8 {@link OutputStreamWriter},
 * whatever the text (lone surrogates included) and however it is cut into writes.
 */
class NestedUtf8BufferProperties {

  /** What ClusterArrayWriter's bytes must equal: the nested copy, through the encoder. */
  private static byte[] expected(List<String> documents, String separator) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      for (String document : documents) {
        writer.write(document.replace(separator, separator + "  "));
      }
    }
    return out.toByteArray();
  }

  private static byte[] buffered(List<String> documents, String separator, int cut) {
    NestedUtf8Buffer buffer = new NestedUtf8Buffer(separator, 1);
    for (String document : documents) {
      // Cut into writes of at most `cut` characters, through all three write methods.
      for (int start = 0, call = 0; start < document.length(); start += cut, call++) {
        int end = Math.min(document.length(), start + cut);
        switch (call % 3) {
          case 0 -> buffer.write(document.toCharArray(), start, end - start);
          case 1 -> buffer.write(document, start, end - start);
          default -> {
            for (int i = start; i < end; i++) {
              buffer.write(document.charAt(i));
            }
          }
        }
      }
      buffer.finish();
    }
    byte[] bytes = new byte[buffer.size()];
    System.arraycopy(buffer.array(), 0, bytes, 0, buffer.size());
    return bytes;
  }

  @Property
  void bytesAreTheNestedTextEncoded(
      @ForAll @Size(max = 4) List<@From("documents") String> documents,
      @ForAll("separators") String separator,
      @ForAll @IntRange(min = 1, max = 40) int cut)
      throws Exception {
    assertThat(buffered(documents, separator, cut)).isEqualTo(expected(documents, separator));
  }

  @Example
  void linesAreNestedAndPairsBecomeFourBytes() throws Exception {
    String document = "{\n  \"title\" : \"Zürich 東京 😀\"\n}";
    byte[] bytes = buffered(List.of(document), "\n", 5);
    assertThat(new String(bytes, StandardCharsets.UTF_8))
        .isEqualTo("{\n    \"title\" : \"Zürich 東京 😀\"\n  }");
    assertThat(bytes).hasSize(document.getBytes(StandardCharsets.UTF_8).length + 4);
  }

  @Example
  void aLoneSurrogateIsAQuestionMarkAsTheEncoderWritesIt() throws Exception {
    List<String> documents = List.of("a\uD83Db", "c\uDE00d", "e\uD83D}");
    assertThat(buffered(documents, "\n", 2)).isEqualTo(expected(documents, "\n"));
    assertThat(new String(buffered(documents, "\n", 2), StandardCharsets.UTF_8))
        .isEqualTo("a?bc?de?}");
  }

  @Provide
  Arbitrary<String> documents() {
    // JSON-like text: ASCII, line breaks of both kinds, accents, CJK, and surrogates, paired or
    // not; each ends with a brace, as a JSON document does (a surrogate never ends one).
    Arbitrary<String> pieces =
        Arbitraries.oneOf(
            Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(6),
            Arbitraries.of("\n", "\r\n", "\r", "é", "東", "😀", "🎉", "\uD83D", "\uDE00"));
    return pieces.list().ofMaxSize(30).map(list -> String.join("", list) + "}");
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of("\n", "\r\n");
  }
}
