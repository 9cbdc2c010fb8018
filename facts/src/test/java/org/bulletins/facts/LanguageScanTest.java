package org.bulletins.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bulletins.model.NewsItem;
import org.junit.jupiter.api.Test;

/**
 * {@link FactExtractor#language} reads the words in place (no token per word) and must guess what
 * {@link FactExtractor#extract}, which tokenises, guesses: on every seed item, on the language set,
 * and on any text made of function words, spelling marks, accents, combining marks, digits,
 * punctuation and characters outside the BMP.
 */
class LanguageScanTest {

  private static final FactExtractor FACTS = FactExtractor.create();

  @Test
  void seedItemsGetTheSameGuessBothWays() {
    List<NewsItem> items = GoldenFactsTest.seedItems();
    assertThat(items).hasSizeGreaterThan(40);
    Set<Language> seen = EnumSet.noneOf(Language.class);
    for (NewsItem item : items) {
      Language guess = FACTS.language(item);
      assertThat(guess).as(item.title()).isEqualTo(FACTS.extract(item).language());
      seen.add(guess);
    }
    assertThat(seen).contains(Language.EN); // the seeds are English pages
  }

  @Test
  void languageSetGetsTheSameGuessBothWays() throws IOException {
    Set<Language> seen = EnumSet.noneOf(Language.class);
    for (LanguageAccuracyTest.Sample s : LanguageAccuracyTest.samples()) {
      for (NewsItem item :
          List.of(
              FactExtractorTest.item(null, s.title(), s.paragraph()),
              FactExtractorTest.item(null, s.title()))) {
        Language guess = FACTS.language(item);
        assertThat(guess).as(item.title()).isEqualTo(FACTS.extract(item).language());
        seen.add(guess);
      }
    }
    // Four languages and, for some titles alone, no guess: every outcome is compared.
    assertThat(seen).containsExactlyInAnyOrder(Language.values());
  }

  /**
   * Paragraphs longer than the scan's first copy (16k chars) and than the longest it keeps (64k),
   * between short ones: the copy grows, or a long text gets an array of its own, and a short text
   * after a long one reads only its own chars.
   */
  @Test
  void longParagraphsGetTheSameGuessBothWays() {
    String spanish = "los migrantes de la frontera y las organizaciones que llegaron ";
    String english = "the migrants with their families through the border ";
    for (int length : new int[] {20_000, 70_000}) {
      String longSpanish = spanish.repeat(length / spanish.length() + 1);
      String longEnglish = english.repeat(length / english.length() + 1);
      for (NewsItem item :
          List.of(
              FactExtractorTest.item(null, "Title", longSpanish, english),
              FactExtractorTest.item(null, "Título", longEnglish, spanish, spanish),
              FactExtractorTest.item(null, "the", longEnglish, longSpanish, longSpanish))) {
        assertThat(FACTS.language(item)).isEqualTo(FACTS.extract(item).language());
      }
    }
  }

  @Provide
  Arbitrary<String> wordyText() {
    Arbitrary<String> words =
        Arbitraries.of(
            "the",
            "THE",
            "The",
            "of",
            "de",
            "la",
            "le",
            "les",
            "a",
            "o",
            "el",
            "que",
            "et",
            "é",
            "été",
            "Été",
            "apres",
            "après",
            "também",
            "tambien",
            "también",
            "nao",
            "não",
            "d'un",
            "l’Équateur",
            "atención",
            "ATENCIÓN",
            "naciones",
            "llegaron",
            "TOMARON",
            "salieron",
            "trabalham",
            "filho",
            "FILHO",
            "milhões",
            "ações",
            "bateau",
            "BEAUX",
            "heureux",
            "année",
            "français",
            "garçon",
            "thirty",
            "WORKING",
            "king",
            "nothing",
            "w",
            "Wé",
            "mañana",
            "crianças",
            "e\u0301te\u0301",
            "\u0301a",
            "x\u0308",
            "ﬁn",
            "Ⅻ",
            "ǅemal",
            "İstanbul",
            "ß",
            "1,500",
            "3.5km",
            "5th",
            "-",
            "–",
            "’s",
            "(",
            ")",
            ".",
            ",",
            "%",
            "\u00A0",
            "\u2003",
            "\t",
            "\uD835\uDC00bc",
            "a\uD835\uDC00",
            "\uD83D\uDE00",
            "Ωmega",
            "中文",
            "between",
            "throughout",
            "durante",
            "selon",
            "segundo",
            "entre",
            "pelos",
            // Each spelling suffix, and words ending in its last letter but not in it.
            "tomaram",
            "FICARAM",
            "salam",
            "ring",
            "crux",
            "canon",
            "bus");
    Arbitrary<String> any = Arbitraries.strings().ofMaxLength(12);
    Arbitrary<String> joiner = Arbitraries.of(" ", "", "-", "\u00A0", ", ");
    return Arbitraries.oneOf(words, words, words, words, any)
        .list()
        .ofMaxSize(40)
        .flatMap(l -> joiner.map(j -> String.join(j, l)));
  }

  /**
   * Every ASCII char between function words: a char that separates words leaves them function
   * words (a guess), one taken for a letter would join them into one unknown word (none). The scan
   * classifies ASCII chars by a table, whose neighbours of the letter and digit ranges ({@code / :
   * @ [ ` { DEL}) random text rarely holds.
   */
  @Test
  void everyAsciiCharBetweenFunctionWordsGetsTheSameGuessBothWays() {
    for (char c = 0; c < 0x80; c++) {
      String s = String.valueOf(c);
      // Function words without a spelling mark: joined, they would score nothing at all.
      String words = String.join(s, "of", "and", "to", "in", "is", "of", "and", "to", "in", "is");
      NewsItem item = FactExtractorTest.item(null, "t", words, words + s + "1");
      assertThat(FACTS.language(item))
          .as("char %d", (int) c)
          .isEqualTo(FACTS.extract(item).language());
    }
  }

  @Property(tries = 2000)
  void anyTextGetsTheSameGuessBothWays(
      @ForAll("wordyText") String title, @ForAll("wordyText") String paragraph) {
    NewsItem item =
        FactExtractorTest.item(
            null, title.isBlank() ? "t" : title, "x " + paragraph, paragraph + " y");
    assertThat(FACTS.language(item)).isEqualTo(FACTS.extract(item).language());
  }
}
