package org.bulletins.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;

/** The byte-level fast paths give what the slow paths they skip give. */
class ByteFastPathProperties {

  private static final CharsetDecoder DECODER =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);

  /** Decodes as the source did before the fast path, or returns null for invalid UTF-8. */
  private static String decoded(byte[] bytes) {
    try {
      return DECODER.reset().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  @Property(tries = 5000)
  void utf8CheckAgreesWithTheDecoder(@ForAll("nearlyUtf8") byte[] bytes) {
    String expected = decoded(bytes);
    assertThat(Utf8.isValid(bytes, bytes.length)).isEqualTo(expected != null);
    if (expected != null) {
      assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(expected);
    }
  }

  @Example
  void utf8BoundariesAgreeWithTheDecoder() {
    // Every lead byte with every second byte, then a valid tail: overlongs, surrogates, too high.
    for (int lead = 0x80; lead <= 0xFF; lead++) {
      for (int second = 0; second <= 0xFF; second++) {
        byte[] bytes = {(byte) lead, (byte) second, (byte) 0x80, (byte) 0x80};
        for (int length = 1; length <= 4; length++) {
          byte[] cut = Arrays.copyOf(bytes, length);
          assertThat(Utf8.isValid(cut, length))
              .as("%02X %02X, %d bytes", lead, second, length)
              .isEqualTo(decoded(cut) != null);
        }
      }
    }
  }

  /** Text of ASCII, Latin, BMP and astral chars as UTF-8, with some bytes changed. */
  @Provide
  Arbitrary<byte[]> nearlyUtf8() {
    Arbitrary<String> text =
        Arbitraries.strings()
            .withCharRange('a', 'c')
            .withChars('é', '’', '\u20AC', '\uFFFF', '\uD83D', '\uDE00', '\u0800', '\u07FF')
            .ofMaxLength(12);
    return text.flatMap(
        s -> {
          byte[] base = s.getBytes(StandardCharsets.UTF_8);
          if (base.length == 0) {
            return Arbitraries.just(base);
          }
          // mode 0 keeps the text, 1 changes one byte, 2 changes it and cuts the bytes there
          return Combinators.combine(
                  Arbitraries.integers().between(0, base.length - 1),
                  Arbitraries.bytes(),
                  Arbitraries.integers().between(0, 2))
              .as(
                  (at, b, mode) -> {
                    byte[] changed = base.clone();
                    if (mode > 0) {
                      changed[at] = b;
                    }
                    return mode == 2 ? Arrays.copyOf(changed, at + 1) : changed;
                  });
        });
  }

  @Property(tries = 3000)
  void plainLinesAreLeftAsTheyAreByTheNormaliser(
      @ForAll @Chars({' ', ' ', '&', '\\', '\t', '\u007F'}) @CharRange(from = '!', to = '~')
          String text) {
    byte[] bytes = (text + "\n").getBytes(StandardCharsets.ISO_8859_1);
    DiagnosticSink sink = new DiagnosticSink("t", org.bulletins.parser.Strictness.LENIENT, 10);
    RawLine line = lineOf(bytes, sink, 0);
    assertThat(line.text()).isEqualTo(text);
    if (line.plain()) {
      assertNormaliserLeavesAsItIs(text);
    }
    // A line is plain exactly when it is printable ASCII with single inner spaces, no & or \.
    boolean expected =
        !text.isEmpty()
            && text.chars().allMatch(c -> c >= ' ' && c < 0x7F && c != '&' && c != '\\')
            && !text.startsWith(" ")
            && !text.endsWith(" ")
            && !text.contains("  ");
    assertThat(line.plain()).isEqualTo(expected);
  }

  @Property(tries = 5000)
  void plainNonAsciiLinesAreLeftAsTheyAreByTheNormaliser(
      @ForAll
          @Chars({
            ' ', ' ', '&', '\\', '\t', 'é', 'É', '’', '“', '–', '\u00A0', '\u00AD', '\u0085',
            '\u200B', '\u2003', '\u202F', '\u3000', '\uFEFF', '\u2028', '\u180E', '\u20AC',
            '\u0301', '\uFF12'
          })
          @CharRange(from = 'a', to = 'c')
          String text) {
    // A first line, so that a U+FEFF that opens the text is no byte-order mark.
    byte[] bytes = ("a\n" + text + "\n").getBytes(StandardCharsets.UTF_8);
    DiagnosticSink sink = new DiagnosticSink("t", org.bulletins.parser.Strictness.LENIENT, 10);
    RawLine line = lineOf(bytes, sink, 1);
    assertThat(line.text()).isEqualTo(text);
    if (line.plain()) {
      assertNormaliserLeavesAsItIs(text);
    }
    // Plain exactly when nothing in it is for the normaliser: no reference, no escaped quote, no
    // whitespace or invisible char but single plain spaces between other chars.
    boolean expected =
        !text.isEmpty()
            && text.indexOf('&') < 0
            && text.indexOf('\\') < 0
            && TextNormalizer.cleanWhitespace(text).equals(text);
    assertThat(line.plain()).isEqualTo(expected);
  }

  /**
   * The marks of a line are necessary conditions (a line with a digit, a colon, a hyphen or a list
   * separator has its bit), and classifying a line with them gives what classifying it without them
   * gives: the searches they skip could not have succeeded.
   */
  @Property(tries = 5000)
  void marksSkipOnlySearchesThatCannotSucceed(@ForAll("classifiable") String text) {
    byte[] bytes = (text + "\n").getBytes(StandardCharsets.UTF_8);
    DiagnosticSink sink = new DiagnosticSink("t", org.bulletins.parser.Strictness.LENIENT, 10);
    RawLine line = lineOf(bytes, sink, 0);
    int marks = line.marks();
    boolean digit = text.chars().anyMatch(c -> c >= '0' && c <= '9');
    boolean dash = text.chars().anyMatch(c -> c == '-' || c == '–' || c == '—');
    boolean list = text.chars().anyMatch(c -> ",/|·".indexOf(c) >= 0);
    assertThat(!digit || has(marks, RawLine.DIGIT)).as("digit, marks %s", marks).isTrue();
    assertThat(text.indexOf(':') < 0 || has(marks, RawLine.COLON)).as("colon").isTrue();
    assertThat(!dash || has(marks, RawLine.DASH)).as("dash, marks %s", marks).isTrue();
    assertThat(!list || has(marks, RawLine.LIST)).as("list, marks %s", marks).isTrue();
    if (line.plain() && text.chars().allMatch(c -> c < 0x80)) {
      // A plain ASCII line is marked exactly: the marks do skip searches.
      int exact =
          (digit ? RawLine.DIGIT : 0)
              | (text.indexOf(':') >= 0 ? RawLine.COLON : 0)
              | (dash ? RawLine.DASH : 0)
              | (list ? RawLine.LIST : 0);
      assertThat(marks).as(text).isEqualTo(exact);
    } else {
      assertThat(marks).as(text).isEqualTo(RawLine.ANY);
    }
    LineClassifier classifier =
        new LineClassifier(
            new DateLineParser(
                java.util.EnumSet.allOf(org.bulletins.parser.DateLanguage.class),
                org.bulletins.parser.NumericDateOrder.DAY_FIRST));
    RawLine unmarked = new RawLine(line.number(), line.text(), line.plain());
    assertThat(classifier.classify(line)).isEqualTo(classifier.classify(unmarked));
  }

  private static boolean has(int marks, int bit) {
    return (marks & bit) != 0;
  }

  /** Lines of date words, numbers, places, labels and separators, in any order. */
  @Provide
  Arbitrary<String> classifiable() {
    Arbitrary<String> word =
        Arbitraries.of(
            "3",
            "13",
            "2021",
            "June",
            "junio",
            "de",
            "Monday",
            "Geneva",
            "CONAKRY",
            "New York/Geneva",
            "Foto:",
            "Photo: IOM",
            "Fecha:",
            "Categories:",
            "Press Release",
            "English",
            "Honduras",
            "El Salvador",
            "ministers",
            "agree",
            "on",
            ":",
            "-",
            " - ",
            " – ",
            "–",
            "—",
            ",",
            "/",
            "|",
            "·",
            ".-",
            "03/04/2021",
            "2021-06-09",
            "1st",
            "&amp;",
            "é",
            "\u00A0",
            "a");
    return word.list().ofMinSize(1).ofMaxSize(8).map(words -> String.join(" ", words));
  }

  /** The line after the first {@code skip} lines of {@code bytes}, as the byte source reads it. */
  private static RawLine lineOf(byte[] bytes, DiagnosticSink sink, int skip) {
    ByteLineSource source =
        new ByteLineSource(new java.io.ByteArrayInputStream(bytes), 1000, Long.MAX_VALUE, sink);
    try {
      for (int i = 0; i < skip; i++) {
        source.next();
      }
      return source.next();
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  /** What LineClassifier skips for a plain line gives the line back as it is. */
  private static void assertNormaliserLeavesAsItIs(String text) {
    assertThat(TextNormalizer.normalize(text)).isEqualTo(text);
    assertThat(TextNormalizer.forDateDetection(text)).isEqualTo(text);
    assertThat(TextNormalizer.firstColumn(text)).isEqualTo(1);
  }
}
