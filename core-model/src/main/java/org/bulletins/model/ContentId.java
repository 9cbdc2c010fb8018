package org.bulletins.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.base.CharMatcher;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A stable identifier of an item's content: the same date, title and body give the same identifier
 * on every machine and in every run, whatever their typography.
 *
 * <p><b>Derivation (version 1).</b> The canonical form is the UTF-8 encoding of
 *
 * <pre>
 * "bulletins-id-v1" LF (ISO date or "-") LF fold(title) LF fold(paragraph 1) LF fold(paragraph 2) ...
 * </pre>
 *
 * where {@code fold} is {@link TextFolding#fold(String)} and LF is U+000A. The identifier is the
 * first 16 lowercase hexadecimal digits (64 bits) of the SHA-256 digest of that form. The source
 * span takes no part: the same story found on two pages has one identifier.
 *
 * <pre>{@code
 * ContentId id = ContentId.of(Optional.of(LocalDate.of(2021, 6, 9)), "Title", List.of("Body."));
 * id.value(); // 16 hex digits
 * }</pre>
 *
 * @param value 16 lowercase hexadecimal digits
 * @since 0.1.0
 */
public record ContentId(String value) implements Comparable<ContentId> {

  /**
   * The digits of an id. A matcher rather than a regular expression: every story member of a batch
   * gets an id, and a regular expression's matcher per id was a tenth of merging a million items'
   * groups.
   */
  private static final CharMatcher LOWER_HEX =
      CharMatcher.inRange('0', '9').or(CharMatcher.inRange('a', 'f')).precomputed();

  /**
   * Validates the identifier.
   *
   * @param value 16 lowercase hexadecimal digits
   */
  @JsonCreator
  public ContentId {
    checkArgument(
        value != null && value.length() == 16 && LOWER_HEX.matchesAllOf(value),
        "a content id is 16 lowercase hex digits, was %s",
        value);
  }

  /**
   * Computes the identifier of an item's content.
   *
   * @param date the item's date, if it has one
   * @param title the item's title
   * @param paragraphs the item's body paragraphs, in order
   * @return the identifier, as described in the class comment
   */
  public static ContentId of(Optional<LocalDate> date, String title, List<String> paragraphs) {
    // The canonical form is fed to the digest piece by piece rather than built first: the same
    // bytes (a line feed between pieces, so no surrogate pair spans two), one copy fewer.
    Hasher canonical = Hashing.sha256().newHasher();
    canonical.putString("bulletins-id-v1\n", StandardCharsets.UTF_8);
    canonical.putString(date.map(LocalDate::toString).orElse("-"), StandardCharsets.UTF_8);
    canonical.putByte((byte) '\n');
    canonical.putString(TextFolding.fold(title), StandardCharsets.UTF_8);
    for (String paragraph : paragraphs) {
      canonical.putByte((byte) '\n');
      canonical.putString(TextFolding.fold(paragraph), StandardCharsets.UTF_8);
    }
    return new ContentId(canonical.hash().toString().substring(0, 16));
  }

  /**
   * The identifier's text, also its JSON form.
   *
   * @return the 16 hex digits
   */
  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(ContentId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
