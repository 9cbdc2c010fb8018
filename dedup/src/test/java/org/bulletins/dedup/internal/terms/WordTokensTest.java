package org.bulletins.dedup.internal.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A thread's reused word list gives what a new list gives, whatever text it held before. */
class WordTokensTest {

  private static final Lexicon LEXICON = Lexicon.english();

  @Property
  void aReusedListGivesTheWordsOfANewOne(
      @ForAll("texts") String before, @ForAll("texts") String text) {
    describe(WordTokens.reused(TermText.of(before), LEXICON)); // fills its words and lower cases
    List<String> expected = describe(WordTokens.of(TermText.of(text), LEXICON));
    assertThat(describe(WordTokens.reused(TermText.of(text), LEXICON))).isEqualTo(expected);
  }

  @Property
  void aRawTextGivesTheWordsOfItsPreparedText(
      @ForAll("texts") String before, @ForAll("texts") String raw) {
    describe(WordTokens.reusedRaw(before, LEXICON));
    List<String> expected = describe(WordTokens.of(TermText.of(raw), LEXICON));
    WordTokens tokens = WordTokens.reusedRaw(raw, LEXICON);
    assertThat(tokens.text()).isEqualTo(TermText.of(raw));
    assertThat(describe(tokens)).isEqualTo(expected);
  }

  @Property(tries = 5)
  void aHugeTextIsNotKeptAndLeavesNothingBehind(@ForAll("texts") String text) {
    String huge = "Word IOM, ".repeat(20_000);
    assertThat(WordTokens.reused(TermText.of(huge), LEXICON).count()).isEqualTo(40_000);
    assertThat(describe(WordTokens.reused(TermText.of(text), LEXICON)))
        .isEqualTo(describe(WordTokens.of(TermText.of(text), LEXICON)));
  }

  /** Everything the term rules read of each word. */
  private static List<String> describe(WordTokens tokens) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < tokens.count(); i++) {
      out.add(
          tokens.start(i)
              + "-"
              + tokens.end(i)
              + " "
              + tokens.word(i)
              + " "
              + tokens.lower(i)
              + " entry="
              + tokens.lexiconEntry(i)
              + " letters="
              + tokens.letters(i)
              + "/"
              + tokens.upperLetters(i)
              + " flags="
              + tokens.sentenceStart(i)
              + tokens.possessive(i)
              + tokens.spaceGap(i)
              + tokens.parenGap(i)
              + tokens.acronymShape(i)
              + tokens.mayStartCountry(i)
              + tokens.romanShape(i)
              + tokens.firstIsLetter(i)
              + tokens.firstIsUpperCase(i));
    }
    out.add("lower words " + tokens.lowerWords());
    return out;
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> word =
        Arbitraries.of(
            "the",
            "The",
            "IOM",
            "Guatemala",
            "United",
            "States",
            "of",
            "America",
            "O'Neill's",
            "1,200",
            "U.S",
            "Costa-Rica",
            "Ünïcode",
            "ÉCOLE",
            "(IGM)",
            "said.",
            "x",
            "Δelta",
            "AT&amp;T",
            "O\u2019Neill's",
            "Dajabo\u0301n",
            "hy\u200Bphen",
            "XIV",
            "IIs",
            "I's",
            "Word\u00A0Next",
            "\u201CQuoted\u201D",
            "tag\uDB40\uDC41ged",
            "smile\uD83D\uDE00",
            "\uFB01nance\u2019s",
            "caf\u00E9\u00AD");
    Arbitrary<String> gap = Arbitraries.of(" ", " ", ". ", ", ", "\n\n", " (", "; ", "  ");
    return Combinators.combine(word.list().ofMaxSize(120), gap.list().ofSize(120))
        .as(
            (words, gaps) -> {
              StringBuilder b = new StringBuilder();
              for (int i = 0; i < words.size(); i++) {
                b.append(words.get(i)).append(gaps.get(i));
              }
              return b.toString();
            });
  }
}
