package org.bulletins.dedup.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.bulletins.dedup.internal.sketch.Hash64;
import org.bulletins.model.TextFolding;
import org.junit.jupiter.api.Test;

/**
 * {@link PlainAscii} holds only where folding lowers capitals and nothing else: checked against
 * {@code fold}'s general path too (a leading space, which folding trims, keeps it from taking its
 * own plain shortcut), so a mistake shared by the two plain tests does not go unseen.
 */
class PlainAsciiTest {

  @Property(tries = 3000)
  void plainTextFoldsToItsLowerCase(@ForAll("asciiTexts") String text) {
    if (PlainAscii.is(text)) {
      assertThat(PlainAscii.lowerCase(text))
          .isEqualTo(TextFolding.fold(text))
          .isEqualTo(TextFolding.fold(" " + text))
          .isEqualTo(text.toLowerCase(Locale.ROOT));
      TokenHashes read = new TokenHashes();
      read.appendHashing(text, true, Hash64.start());
      TokenHashes expected = TokenHashes.of(TextFolding.fold(text));
      assertThat(read.count()).isEqualTo(expected.count());
      for (int i = 0; i < expected.count(); i++) {
        assertThat(read.hash(i)).isEqualTo(expected.hash(i));
        assertThat(read.isStopWord(i)).isEqualTo(expected.isStopWord(i));
      }
    }
  }

  /** The one-pass test gives {@link PlainAscii#is}, and for a plain text its fold's UTF-8 bytes. */
  @Property(tries = 3000)
  void lowerCaseBytesAreThePlainTestAndTheFoldsBytes(@ForAll("asciiTexts") String text) {
    byte[] out = new byte[text.length() + 3];
    Arrays.fill(out, (byte) '?');
    boolean plain = PlainAscii.lowerCaseBytes(text, out);
    assertThat(plain).isEqualTo(PlainAscii.is(text));
    if (plain) {
      assertThat(Arrays.copyOf(out, text.length()))
          .isEqualTo(TextFolding.fold(text).getBytes(StandardCharsets.UTF_8));
      assertThat(out[text.length()]).isEqualTo((byte) '?'); // nothing written past the text
    }
  }

  @Test
  void whatFoldingChangesOtherwiseIsNotPlain() {
    assertThat(PlainAscii.is("The IOM trained 260 officials.")).isTrue();
    assertThat(PlainAscii.is("")).isTrue();
    assertThat(PlainAscii.is(" leading")).isFalse();
    assertThat(PlainAscii.is("trailing ")).isFalse();
    assertThat(PlainAscii.is("two  spaces")).isFalse();
    assertThat(PlainAscii.is("tab\there")).isFalse();
    assertThat(PlainAscii.is("`quoted`")).isFalse();
    assertThat(PlainAscii.is("caf\u00E9")).isFalse();
    assertThat(PlainAscii.is("line\nbreak")).isFalse();
  }

  /** ASCII texts, controls included, weighted towards letters, spaces and the backtick. */
  @Provide
  Arbitrary<String> asciiTexts() {
    Arbitrary<Character> chars =
        Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.chars().range('a', 'z')),
            Tuple.of(4, Arbitraries.chars().range('A', 'Z')),
            Tuple.of(3, Arbitraries.of(' ', '`', '.', '\'', '-', '\t', '\n')),
            Tuple.of(2, Arbitraries.chars().range('\u0000', '\u007F')));
    return chars.list().ofMaxSize(40).map(PlainAsciiTest::join);
  }

  private static String join(List<Character> chars) {
    StringBuilder out = new StringBuilder(chars.size());
    chars.forEach(out::append);
    return out.toString();
  }
}
