package org.bulletins.dedup.internal.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.bulletins.dedup.internal.sketch.Hash64;
import org.bulletins.dedup.internal.text.FoldedItem;
import org.bulletins.dedup.internal.text.TextShape;
import org.bulletins.dedup.internal.text.TokenHashes;
import org.bulletins.model.NewsItem;
import org.bulletins.model.SourceSpan;
import org.junit.jupiter.api.Test;

/**
 * A plain body ({@link FoldedItem#plainBody}) is read for its terms' words and its tokens in one
 * scan: the terms are {@link TermExtractor#extract(NewsItem)}'s, the tokens and hash those of the
 * folded body ({@link FoldedItem#appendBodyTokens}), teaser endings, dropped paragraphs and a
 * scan's dirty buffers included.
 */
class PlainBodyScanTest {

  private static final TermExtractor EXTRACTOR = TermExtractor.create();

  @Property(tries = 2000)
  void oneScanGivesTheTermsAndTheFoldedBodysTokens(@ForAll("items") NewsItem item) {
    FoldedItem folded = FoldedItem.of(item, TextShape.stripSiteAffixes(item.title()));
    Statistics.collect(folded.plainBody());
    if (!folded.plainBody()) {
      return;
    }
    DistinctiveTerms expectedTerms = EXTRACTOR.extract(item);
    TokenHashes expected = new TokenHashes().append("dirty first");
    long expectedHash = folded.appendBodyTokens(expected.clear());
    EXTRACTOR.extract("A longer text than most bodies, Dirty Words (DW) of 12,000 chars, first");
    TokenHashes tokens = new TokenHashes().append("the title's tokens first");
    int before = tokens.count();
    DistinctiveTerms terms = EXTRACTOR.extract(item, tokens, folded.plainBodyEnd());
    assertThat(terms).isEqualTo(expectedTerms);
    assertThat(tokens.count() - before).isEqualTo(expected.count());
    for (int i = 0; i < expected.count(); i++) {
      assertThat(tokens.hash(before + i)).isEqualTo(expected.hash(i));
      assertThat(tokens.isStopWord(before + i)).isEqualTo(expected.isStopWord(i));
    }
    assertThat(folded.plainBodyHash()).isEqualTo(expectedHash);
    // The end is where the body's parts end in the paragraphs joined by blank lines.
    String joined = String.join("\n\n", item.paragraphs());
    assertThat(
            joined
                .substring(0, folded.plainBodyEnd())
                .toLowerCase(Locale.ROOT)
                .replace("\n\n", " "))
        .isEqualTo(folded.body());
  }

  @Test
  void aTeaserEndingCutFromAParagraphIsNoPlainBodyButADroppedOneIs() {
    NewsItem cut = item("The IOM trained 260 officials.", "More training is planned... Read more");
    assertThat(FoldedItem.of(cut, "Title").plainBody()).isFalse();
    NewsItem dropped = item("The IOM trained 260 officials.", "Read more");
    FoldedItem folded = FoldedItem.of(dropped, "Title");
    assertThat(folded.plainBody()).isTrue();
    assertThat(folded.plainBodyEnd()).isEqualTo("The IOM trained 260 officials.".length());
    assertThat(folded.plainBodyHash()).isEqualTo(Hash64.of("the iom trained 260 officials."));
    assertThat(FoldedItem.of(item("A & B", "x"), "Title").plainBody()).isFalse();
    assertThat(FoldedItem.of(item("two  spaces"), "Title").plainBody()).isFalse();
  }

  private static NewsItem item(String... paragraphs) {
    return new NewsItem(
        Optional.of(LocalDate.of(2021, 6, 9)),
        "Title",
        List.of(paragraphs),
        new SourceSpan("t.txt", 1, 1, 3));
  }

  /**
   * Items of printable ASCII words, names, acronyms, numbers, joiners and possessives, with teaser
   * endings; paragraphs trimmed and their space runs made one, so most are plain; a few hold {@code
   * &}, a backtick or a non-ASCII char, which make a body not plain.
   */
  @Provide
  Arbitrary<NewsItem> items() {
    Arbitrary<String> pieces =
        Arbitraries.frequencyOf(
            Tuple.of(
                20,
                Arbitraries.of(
                    "The ",
                    "the ",
                    "of ",
                    "and ",
                    "International Organization for Migration ",
                    "(IOM) ",
                    "IOM ",
                    "COVID-19 ",
                    "U.S. ",
                    "MoU ",
                    "UNHCR's ",
                    "O'Neill ",
                    "Costa Rica ",
                    "Guatemalan ",
                    "United States of America ",
                    "1,000 ",
                    "260 ",
                    "26th ",
                    "twelve ",
                    "second ",
                    "Part II ",
                    "XIV ",
                    "June ",
                    "Red Cross ",
                    "trained ",
                    "migrants ",
                    ". ",
                    ", ",
                    "; ",
                    "'s ",
                    "-",
                    "' ",
                    "...",
                    " Read more",
                    "[...]")),
            Tuple.of(6, Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(8)),
            Tuple.of(1, Arbitraries.of("&amp; ", "AT&T ", "`", "caf\u00E9 ", "\u2019", "\t")));
    Arbitrary<String> paragraphs =
        pieces
            .list()
            .ofMaxSize(30)
            .map(list -> String.join("", list).strip().replaceAll(" +", " "))
            .filter(p -> !p.isBlank());
    return Combinators.combine(paragraphs, paragraphs.list().ofMaxSize(5))
        .as(
            (title, body) ->
                new NewsItem(
                    Optional.of(LocalDate.of(2021, 6, 9)),
                    title,
                    new ArrayList<>(body),
                    new SourceSpan("t.txt", 1, 1, 2)));
  }
}
