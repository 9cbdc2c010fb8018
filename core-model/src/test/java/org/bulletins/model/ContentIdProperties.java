package org.bulletins.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Size;

/**
 * {@link ContentId#of} hashes its canonical form piece by piece: the id must still be the one the
 * class comment defines, built as one string, for any text (lone surrogates and line feeds too).
 */
class ContentIdProperties {

  @Property(tries = 500)
  void idIsTheDigestOfTheCanonicalFormBuiltAsOneString(
      @ForAll @CharRange(from = '\u0000', to = '\uFFFF') String title,
      @ForAll @Size(max = 4) List<@CharRange(from = '\u0000', to = '\uFFFF') String> paragraphs,
      @ForAll boolean dated)
      throws NoSuchAlgorithmException {
    Optional<LocalDate> date = dated ? Optional.of(LocalDate.of(2021, 6, 9)) : Optional.empty();
    StringBuilder canonical = new StringBuilder("bulletins-id-v1\n");
    canonical.append(dated ? "2021-06-09" : "-").append('\n').append(TextFolding.fold(title));
    for (String paragraph : paragraphs) {
      canonical.append('\n').append(TextFolding.fold(paragraph));
    }
    byte[] digest =
        MessageDigest.getInstance("SHA-256")
            .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(ContentId.of(date, title, paragraphs).value())
        .isEqualTo(HexFormat.of().formatHex(digest).substring(0, 16));
  }
}
