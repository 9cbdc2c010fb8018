package org.bulletins.facts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link LanguageScan}'s spelling marks of an ASCII word, read from its packed key (at most eight
 * letters) or from its letters (longer words), against the definition: "th", "lh", "eau" or "w"
 * somewhere in the word, any case.
 */
class LanguageScanMarksTest {

  /** The marks by their definition. */
  private static int expected(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return (lower.contains("th") ? LanguageScan.TH : 0)
        | (lower.contains("lh") ? LanguageScan.LH : 0)
        | (lower.contains("eau") ? LanguageScan.EAU : 0)
        | (lower.contains("w") ? LanguageScan.W : 0);
  }

  /** The key asciiWord packs: the last eight letters in lower case, one per byte. */
  private static long key(String word) {
    long key = 0;
    for (int k = 0; k < word.length(); k++) {
      key = key << 8 | (word.charAt(k) | 0x20);
    }
    return key;
  }

  private static int fromText(String word) {
    String padded = "x " + word + " y"; // the word within a longer text
    return LanguageScan.marks(padded.toCharArray(), 2, 2 + word.length());
  }

  @Test
  void eachMarkAtEachPlaceOfAShortWord() {
    for (String mark : new String[] {"th", "lh", "eau", "w", "TH", "Lh", "EaU", "W"}) {
      for (int before = 0; before + mark.length() <= 8; before++) {
        for (int after = 0; before + mark.length() + after <= 8; after++) {
          String word = "b".repeat(before) + mark + "c".repeat(after);
          assertThat(LanguageScan.marks(key(word))).as(word).isEqualTo(expected(word));
          assertThat(fromText(word)).as(word).isEqualTo(expected(word));
        }
      }
    }
  }

  @Test
  void lettersOfAMarkApartOrReversedAreNoMark() {
    for (String word :
        new String[] {
          "ht", "hl", "tch", "tah", "lah", "eua", "uae", "aeu", "ea", "au", "eaxu", "h"
        }) {
      assertThat(LanguageScan.marks(key(word))).as(word).isZero();
      assertThat(fromText(word)).as(word).isZero();
    }
  }

  @Provide
  Arbitrary<String> words() {
    // The marks' letters often, so that marks, near misses and several marks in one word all come.
    return Arbitraries.strings().withChars("thleauwTHLEAUWbxz").ofMinLength(1).ofMaxLength(20);
  }

  @Property(tries = 3000)
  void packedAndReadMarksAreTheDefinitions(@ForAll("words") String word) {
    if (word.length() <= 8) {
      assertThat(LanguageScan.marks(key(word))).isEqualTo(expected(word));
    }
    assertThat(fromText(word)).isEqualTo(expected(word));
  }
}
