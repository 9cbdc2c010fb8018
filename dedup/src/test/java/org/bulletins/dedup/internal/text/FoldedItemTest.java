package org.bulletins.dedup.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bulletins.dedup.internal.sketch.Hash64;
import org.bulletins.model.NewsItem;
import org.bulletins.model.SourceSpan;
import org.bulletins.model.TextFolding;
import org.bulletins.model.text.HtmlEntities;
import org.junit.jupiter.api.Test;

/**
 * {@link FoldedItem} gives what the definitions give: the content id's 64 bits, and the folded
 * title and body as the signer folded them before each paragraph was folded once.
 */
class FoldedItemTest {

  @Property(tries = 4000)
  void sameAsTheDefinitions(@ForAll("items") NewsItem item) {
    String stripped = TextShape.stripSiteAffixes(item.title());
    FoldedItem folded = FoldedItem.of(item, stripped);
    assertThat(folded.contentKey()).isEqualTo(Long.parseUnsignedLong(item.computeId().value(), 16));
    assertThat(folded.title()).isEqualTo(TextFolding.fold(HtmlEntities.decode(stripped)));
    assertThat(folded.body())
        .isEqualTo(
            TextFolding.fold(
                HtmlEntities.decode(TextShape.bodyWithoutTeaserEnd(item.paragraphs()))));
    // The signer reads the body's parts, never the joined string: the same tokens and hash.
    TokenHashes tokens = new TokenHashes().append("dirty first");
    long bodyHash = folded.appendBodyTokens(tokens.clear());
    TokenHashes expected = TokenHashes.of(folded.body());
    assertThat(tokens.count()).isEqualTo(expected.count());
    for (int i = 0; i < expected.count(); i++) {
      assertThat(tokens.hash(i)).isEqualTo(expected.hash(i));
      assertThat(tokens.isStopWord(i)).isEqualTo(expected.isStopWord(i));
    }
    assertThat(bodyHash).isEqualTo(Hash64.of(folded.body()));
    assertThat(folded.appendTitleTokens(tokens.clear())).isEqualTo(Hash64.of(folded.title()));
    TokenHashes titleTokens = TokenHashes.of(folded.title());
    assertThat(tokens.count()).isEqualTo(titleTokens.count());
    for (int i = 0; i < titleTokens.count(); i++) {
      assertThat(tokens.hash(i)).isEqualTo(titleTokens.hash(i));
    }
  }

  /** The date's bytes written by hand are {@code LocalDate.toString}'s, at every year's edge. */
  @Property(tries = 2000)
  void aDatesBytesAreItsString(@ForAll("dates") LocalDate date) throws Exception {
    MessageDigest byHand = MessageDigest.getInstance("SHA-256");
    FoldedItem.updateDate(byHand, date, new byte[256]);
    MessageDigest byString = MessageDigest.getInstance("SHA-256");
    byString.update(date.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(byHand.digest()).as("%s", date).isEqualTo(byString.digest());
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    Arbitrary<Integer> years =
        Arbitraries.oneOf(
            Arbitraries.of(-12000, -1, 0, 7, 99, 999, 1000, 1999, 2000, 9999, 10000, 123456),
            Arbitraries.integers().between(1970, 2079));
    return Combinators.combine(years, Arbitraries.integers().between(0, 365))
        .as((year, day) -> LocalDate.of(year, 1, 1).plusDays(day));
  }

  @Test
  void asciiBodiesTakeTheJoinedFoldsAndTheirTeaserEndIsCut() {
    NewsItem item =
        item(
            "IOM: Staff Trained",
            "  The  Institute\ttrained 260 officials. ",
            "More  training is PLANNED... Read more");
    FoldedItem folded = FoldedItem.of(item, TextShape.stripSiteAffixes(item.title()));
    assertThat(folded.body())
        .isEqualTo("the institute trained 260 officials. more training is planned");
    assertThat(folded.title()).isEqualTo("staff trained");
    assertThat(folded.contentKey()).isEqualTo(Long.parseUnsignedLong(item.computeId().value(), 16));
  }

  @Test
  void aBodyWithAnEntityIsFoldedWhole() {
    NewsItem item = item("Title", "AT&amp;T  and \u201Cquotes\u201D", "Caf\u00E9\u00A0\u2014 ok");
    FoldedItem folded = FoldedItem.of(item, "Title");
    assertThat(folded.body()).isEqualTo("at&t and \"quotes\" caf\u00E9 - ok");
  }

  @Test
  void nonAsciiParagraphsJoinTheirFolds() {
    NewsItem item =
        item("Title", "\u201CCaf\u00C9\u201D  \u039F\u03A3", "\u0301ok \u00A0\u2014 \u1100");
    assertThat(FoldedItem.of(item, "Title").body())
        .isEqualTo("\"caf\u00E9\" \u03BF\u03C2 \u0301ok - \u1100")
        .isEqualTo(TextFolding.fold(String.join("\n\n", item.paragraphs())));
  }

  private static NewsItem item(String title, String... paragraphs) {
    return new NewsItem(
        Optional.of(LocalDate.of(2021, 6, 9)),
        title,
        List.of(paragraphs),
        new SourceSpan("t.txt", 1, 1, 3));
  }

  /** Texts from ASCII (controls and whitespace included), entities, typography and surrogates. */
  private static Arbitrary<String> texts() {
    Arbitrary<String> pieces =
        Arbitraries.oneOf(
            Arbitraries.strings().ascii().ofMaxLength(12),
            Arbitraries.strings().withChars(" \t\n\r\u000B\f\u001C\u001F").ofMaxLength(3),
            Arbitraries.of(
                "&amp;",
                "&nbsp;",
                "&",
                "\u2019",
                "\u201C",
                "\u2014",
                "\u2026",
                "\u00A0",
                "\u200B",
                "\u00AD",
                "e\u0301",
                "\uFB01",
                "\u03A3",
                "\uD83D\uDE00",
                "\uD800",
                "...",
                " Read more",
                "[...]",
                "IOM: ",
                " | IOM",
                // Where a paragraph's edge might fold otherwise inside the joined body: a leading
                // combining mark, Hangul jamo that compose, capitals with special lower cases,
                // case-ignorable chars around a sigma, other spaces.
                "\u0301",
                "\u1100",
                "\u1161",
                "\u0130",
                "\u00C9",
                "'",
                "\u0345",
                "\u3000",
                "\u2000",
                "\uFF21"));
    return pieces.list().ofMaxSize(8).map(list -> String.join("", list));
  }

  @Provide
  Arbitrary<NewsItem> items() {
    Arbitrary<String> nonBlank = texts().filter(s -> !s.isBlank());
    Arbitrary<Optional<LocalDate>> dates =
        Arbitraries.of(Optional.empty(), Optional.of(LocalDate.of(2021, 6, 9)));
    return Combinators.combine(dates, nonBlank, nonBlank.list().ofMaxSize(4))
        .as(
            (date, title, paragraphs) ->
                new NewsItem(
                    date, title, new ArrayList<>(paragraphs), new SourceSpan("t.txt", 1, 1, 2)));
  }
}
