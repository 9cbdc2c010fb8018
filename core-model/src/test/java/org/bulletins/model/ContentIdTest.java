package org.bulletins.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContentIdTest {

  private static final Optional<LocalDate> JUNE_9 = Optional.of(LocalDate.of(2021, 6, 9));

  @Test
  void followsTheDocumentedDerivation() throws Exception {
    ContentId id = ContentId.of(JUNE_9, "Title One", List.of("First.", "Second."));
    byte[] digest =
        MessageDigest.getInstance("SHA-256")
            .digest(
                "bulletins-id-v1\n2021-06-09\ntitle one\nfirst.\nsecond."
                    .getBytes(StandardCharsets.UTF_8));
    assertThat(id.value()).isEqualTo(HexFormat.of().formatHex(digest).substring(0, 16));
  }

  @Test
  void isPinnedAcrossReleases() {
    // Changing these values breaks every saved index and every identifier users have stored.
    assertThat(
            ContentId.of(
                Optional.empty(), "Why choose E-learning?", List.of("Learning is no exception!")))
        .hasToString("50152f4e3b7545d8");
    assertThat(
            ContentId.of(
                JUNE_9,
                "Guatemala: IOM Trains IGM Staff",
                List.of("The Guatemalan Migration Institute (IGM) trains staff.")))
        .hasToString("6f9c0a06ca07d64b");
  }

  @Test
  void ignoresTypographyButNotWords() {
    ContentId plain = ContentId.of(JUNE_9, "IOM - \"Pensalo 2 veces\"", List.of("It's here."));
    ContentId curly =
        ContentId.of(
            JUNE_9, "IOM \u2013 \u201CPensalo\u00A02 veces\u201D ", List.of("It\u2019s  here."));
    ContentId other = ContentId.of(JUNE_9, "IOM - \"Pensalo 3 veces\"", List.of("It's here."));
    assertThat(curly).isEqualTo(plain);
    assertThat(other).isNotEqualTo(plain);
  }

  @Test
  void dependsOnDateAndParagraphBoundaries() {
    ContentId base = ContentId.of(JUNE_9, "T", List.of("a b", "c"));
    assertThat(ContentId.of(Optional.empty(), "T", List.of("a b", "c"))).isNotEqualTo(base);
    assertThat(ContentId.of(Optional.of(LocalDate.of(2021, 6, 10)), "T", List.of("a b", "c")))
        .isNotEqualTo(base);
    assertThat(ContentId.of(JUNE_9, "T", List.of("a", "b c"))).isNotEqualTo(base);
  }

  @Test
  void rejectsMalformedValues() {
    assertThatThrownBy(() -> new ContentId("ABCDEF0123456789"))
        .hasMessageContaining("16 lowercase hex");
    assertThatThrownBy(() -> new ContentId("abc")).hasMessageContaining("16 lowercase hex");
  }

  @Test
  void acceptsExactlySixteenLowercaseAsciiHexDigits() {
    assertThat(new ContentId("0123456789abcdef").value()).isEqualTo("0123456789abcdef");
    for (String bad :
        new String[] {
          "",
          "0123456789abcde", // 15
          "0123456789abcdef0", // 17
          "0123456789abcdeg",
          "0123456789abcde/",
          "0123456789abcde:",
          "0123456789abcde`",
          "0123456789abcdeF",
          "0123456789abcde\u0663", // an Arabic-Indic digit
          "0123456789abcde\uff41", // a fullwidth a
          "0123456789abcde "
        }) {
      assertThatThrownBy(() -> new ContentId(bad)).hasMessageContaining("16 lowercase hex");
    }
  }
}
