package org.bulletins.dedup.internal.terms;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The shortcut of {@link TermText#of} for plain ASCII gives what the full preparation gives. */
class TermTextTest {

  @Test
  void everyAsciiCharButTheAmpersandIsKeptAsItIs() {
    for (char c = 0; c < 0x80; c++) {
      String s = "a" + c + "b" + c;
      assertThat(TermText.isAsciiWithoutEntity(s)).isEqualTo(c != '&');
      if (c != '&') {
        assertThat(TermText.prepared(s)).as("char %d", (int) c).isEqualTo(s);
        assertThat(TermText.of(s)).isSameAs(s);
      }
    }
  }

  @Test
  void textOutsideTheShortcutIsStillPrepared() {
    assertThat(TermText.of("AT&amp;T")).isEqualTo("AT&T");
    assertThat(TermText.of("IOM\u2019s staff")).isEqualTo("IOM's staff");
    assertThat(TermText.of("Gua\u2063temala")).isEqualTo("Guatemala");
    assertThat(TermText.of("\uFB01nal")).isEqualTo("final"); // NFKC of the fi ligature
  }

  @Property
  void asciiTextWithoutEntitiesIsItsOwnPreparation(
      @ForAll @CharRange(from = 0, to = 0x7F) @StringLength(max = 200) String text) {
    String plain = text.replace('&', '+');
    assertThat(TermText.of(plain)).isEqualTo(TermText.prepared(plain)).isEqualTo(plain);
  }

  @Property
  void anyTextGetsTheFullPreparation(
      @ForAll
          @Chars({'a', 'B', ' ', '&', ';', '\u2019', '\u00e9', '\u0301', '\u200b', '\uFB01'})
          @StringLength(max = 40)
          String text) {
    assertThat(TermText.of(text)).isEqualTo(TermText.prepared(text));
  }
}
