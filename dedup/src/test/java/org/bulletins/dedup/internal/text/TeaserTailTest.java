package org.bulletins.dedup.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The teaser endings found by searching only a paragraph's tail ({@link TextShape#teaserTailStart})
 * are those the patterns find searching the whole paragraph (written out below as the code did it),
 * on paragraphs made of teaser pieces, whitespace, line terminators and words, some with long text
 * before them.
 */
class TeaserTailTest {

  // The patterns of TextShape, copied: the reference must not read the code under test.
  private static final Pattern TEASER_END =
      Pattern.compile(
          "(?i)(?:\\s*(?:\\[\\s*(?:\\.\\.\\.|\u2026)\\s*]|\\.\\.\\.|\u2026))?\\s*"
              + "(?:\\(?(?:read more|continue reading|read the full (?:story|article)|more|leer m[aá]s)\\)?"
              + "\\s*(?:\u00bb|>>|\u2192|>)?\\s*)$");
  private static final Pattern ELLIPSIS_END =
      Pattern.compile("\\s*(?:\\[\\s*(?:\\.\\.\\.|\u2026)\\s*]|\\.\\.\\.|\u2026)\\s*$");

  private static final String[] PIECES = {
    " ",
    "  ",
    "\t",
    "\n",
    "\r\n",
    "\u000B",
    "\f",
    "\u0085",
    "\u2028",
    "\u00a0",
    "...",
    "\u2026",
    "[",
    "]",
    "[...]",
    "[ \u2026 ]",
    "(",
    ")",
    "read more",
    "Read More",
    "READ MORE",
    "continue reading",
    "read the full story",
    "Read the full article",
    "more",
    "leer m\u00e1s",
    "leer mas",
    ">>",
    ">",
    "\u00bb",
    "\u2192",
    "e",
    "s",
    "y",
    "g",
    ".",
    "word",
    "IOM",
    "2026",
  };

  @Property(tries = 3000)
  void theTailFindsWhatTheWholeParagraphDoes(@ForAll("paragraphs") List<String> paragraphs) {
    assertThat(TextShape.isTeaser(paragraphs)).isEqualTo(isTeaserWhole(paragraphs));
    assertThat(TextShape.paragraphsWithoutTeaserEnd(paragraphs))
        .isEqualTo(withoutTeaserEndWhole(paragraphs));
  }

  @Test
  void aLongTailOfWhitespaceAndDotsIsStillCut() {
    String p = "Text. " + " \n".repeat(200) + "[ ... ]" + "\t".repeat(100) + "(Read more) >>  ";
    List<String> paragraphs = List.of("First.", p);
    assertThat(TextShape.isTeaser(paragraphs)).isTrue();
    assertThat(TextShape.paragraphsWithoutTeaserEnd(paragraphs)).containsExactly("First.", "Text.");
    assertThat(TextShape.paragraphsWithoutTeaserEnd(paragraphs))
        .isEqualTo(withoutTeaserEndWhole(paragraphs));
  }

  @Provide
  Arbitrary<List<String>> paragraphs() {
    Arbitrary<String> tail =
        Arbitraries.of(PIECES).list().ofMaxSize(30).map(l -> String.join("", l));
    Arbitrary<String> before =
        Arbitraries.strings().withChars("ab .\u2026").ofMaxLength(300).injectNull(0.3);
    Arbitrary<String> paragraph =
        net.jqwik.api.Combinators.combine(before, tail).as((b, t) -> b == null ? t : b + t);
    return paragraph.list().ofMaxSize(4);
  }

  private static boolean isTeaserWhole(List<String> paragraphs) {
    if (paragraphs.isEmpty()) {
      return false;
    }
    String last = paragraphs.get(paragraphs.size() - 1);
    return TextShape.mayEndLikeTeaser(last)
        && (ELLIPSIS_END.matcher(last).find() || TEASER_END.matcher(last).find());
  }

  private static List<String> withoutTeaserEndWhole(List<String> paragraphs) {
    List<String> kept = new ArrayList<>(paragraphs);
    while (!kept.isEmpty()) {
      String last = kept.get(kept.size() - 1);
      String cut = last;
      if (TextShape.mayEndLikeTeaser(last)) {
        cut = TEASER_END.matcher(last).replaceFirst("");
        cut = ELLIPSIS_END.matcher(cut).replaceFirst("");
      }
      if (cut.isBlank()) {
        kept.remove(kept.size() - 1);
        continue;
      }
      kept.set(kept.size() - 1, cut);
      break;
    }
    return kept;
  }
}
