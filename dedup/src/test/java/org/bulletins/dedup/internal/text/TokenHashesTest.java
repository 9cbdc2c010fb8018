package org.bulletins.dedup.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.bulletins.dedup.internal.sketch.Hash64;
import org.junit.jupiter.api.Test;

/**
 * The token hashes against their definitions: a word is a run of {@code [\p{L}\p{N}]} and its hash
 * is {@link Hash64#of} its chars; a range of tokens gives what the same words alone give. The ASCII
 * shortcuts of the word loops must not change a single hash.
 */
class TokenHashesTest {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** Chars of every kind the loops tell apart: ASCII, Latin-1, other BMP, surrogate pairs. */
  @Property(tries = 500)
  void tokensAreTheRegexWordsHashed(
      @ForAll
          @Chars({'a', 'Z', '7', ' ', '-', '\'', '.', '\u00e9', '\u00c9', '\u00a0', '\u2019'})
          @Chars({'\u0416', '\u4e2d', '\u0661', '\u00b2', '\u2160', '\u02b0', '\u0301', '\ud835'})
          @Chars({'\udc00', '\ud800', '\udf48', '`', '\u0000', '\u007f'})
          @StringLength(max = 80)
          String text) {
    TokenHashes tokens = TokenHashes.of(text);
    long[] expected = regexWordHashes(text);
    long[] actual = new long[tokens.count()];
    for (int i = 0; i < actual.length; i++) {
      actual[i] = tokens.hash(i);
    }
    assertThat(actual).containsExactly(expected);
  }

  @Property(tries = 300)
  void aRangeGivesWhatItsTextAloneGives(
      @ForAll
          @Chars({'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', ' ', 'z', 'b', 'n'})
          @StringLength(max = 60)
          String title,
      @ForAll
          @Chars({'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', ' ', 'z', 'b', 'n'})
          @StringLength(max = 120)
          String body,
      @ForAll @IntRange(min = 1, max = 6) int size) {
    TokenHashes all = new TokenHashes().append(title);
    int titleCount = all.count();
    all.append(body);
    TokenHashes titleAlone = TokenHashes.of(title);
    TokenHashes bodyAlone = TokenHashes.of(body);

    assertThat(all.contentHashes(0, titleCount, true))
        .containsExactly(titleAlone.contentHashes(true));
    assertThat(all.contentHashes(0, titleCount, false))
        .containsExactly(titleAlone.contentHashes(false));
    assertThat(all.shingleHashes(titleCount, all.count(), size))
        .containsExactly(bodyAlone.shingleHashes(size));
    if (bodyAlone.count() >= size) {
      // What ItemSigner relies on: a body of a whole shingle or more ends the joint shingles.
      long[] joint = all.shingleHashes(size);
      assertThat(Arrays.copyOfRange(joint, titleCount, joint.length))
          .containsExactly(bodyAlone.shingleHashes(size));
    }
  }

  @Test
  void clearKeepsNothingOfTheLastText() {
    TokenHashes tokens = TokenHashes.of("the floods in the north of the country");
    long[] fresh = TokenHashes.of("relief arrives").shingleHashes(3);
    assertThat(tokens.clear().append("relief arrives").shingleHashes(3)).containsExactly(fresh);
    assertThat(tokens.count()).isEqualTo(2);
    assertThat(tokens.contentHashes(false))
        .containsExactly(Hash64.of("relief"), Hash64.of("arrives"));
  }

  @Test
  void stopWordsAreMarked() {
    TokenHashes tokens = TokenHashes.of("the relief of Gonaïves");
    assertThat(List.of(tokens.isStopWord(0), tokens.isStopWord(1), tokens.isStopWord(2)))
        .containsExactly(true, false, true);
    assertThat(tokens.hash(3)).isEqualTo(Hash64.of("Gonaïves"));
  }

  /** The stop-word table (open addressing, not a search) against the word list itself. */
  @Test
  void everyStopWordIsMarked() {
    for (String word : TextShape.STOP_WORDS) {
      assertThat(TokenHashes.of(word).isStopWord(0)).as(word).isTrue();
    }
  }

  @Property(tries = 2000)
  void aWordIsMarkedExactlyWhenItIsAStopWord(
      @ForAll
          @Chars({'a', 'e', 'h', 'i', 'n', 'o', 's', 't', 'w', 'r'})
          @StringLength(min = 1, max = 5)
          String word) {
    assertThat(TokenHashes.of(word).isStopWord(0)).isEqualTo(TextShape.STOP_WORDS.contains(word));
  }

  private static long[] regexWordHashes(String text) {
    Matcher m = WORD.matcher(text);
    long[] out = new long[text.length()];
    int n = 0;
    while (m.find()) {
      out[n++] = Hash64.of(m.group());
    }
    return Arrays.copyOf(out, n);
  }
}
