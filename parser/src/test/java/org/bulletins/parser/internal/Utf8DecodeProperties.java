package org.bulletins.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Decoding first and checking only lines that hold U+FFFD gives what checking every line first
 * gave: the text of well-formed UTF-8, null for anything else.
 */
class Utf8DecodeProperties {

  @Property(tries = 5000)
  void decodeIfValidIsTheTableCheckThenTheDecoder(@ForAll("mixed") byte[] bytes) {
    String expected =
        Utf8.isValid(bytes, bytes.length)
            ? new String(bytes, 0, bytes.length, StandardCharsets.UTF_8)
            : null;
    assertThat(Utf8.decodeIfValid(bytes, bytes.length)).isEqualTo(expected);
  }

  /** Pieces of text, a written U+FFFD, stray and cut sequences, surrogates and overlong forms. */
  @Provide
  Arbitrary<byte[]> mixed() {
    Arbitrary<byte[]> piece =
        Arbitraries.of(
            "a".getBytes(StandardCharsets.UTF_8),
            "caf\u00e9".getBytes(StandardCharsets.UTF_8),
            "\u201cq\u201d".getBytes(StandardCharsets.UTF_8),
            "\ufffd".getBytes(StandardCharsets.UTF_8),
            "\ud83d\ude00".getBytes(StandardCharsets.UTF_8),
            new byte[] {(byte) 0xE9},
            new byte[] {(byte) 0xEF, (byte) 0xBF},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xC0, (byte) 0xAF},
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0x80});
    return piece
        .list()
        .ofMaxSize(8)
        .map(
            pieces -> {
              java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
              pieces.forEach(out::writeBytes);
              return out.toByteArray();
            });
  }
}
