package org.bulletins.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bulletins.dedup.internal.sketch.ItemSignature;
import org.bulletins.dedup.internal.sketch.ItemSigner;
import org.bulletins.model.NewsItem;
import org.bulletins.model.SourceSpan;
import org.bulletins.model.TextFolding;
import org.junit.jupiter.api.Test;

/**
 * The signer that reuses its arrays per thread and never makes a term id gives, value for value,
 * what the signer of main 6194641 gave ({@link LegacyItemSigner}): the content key, date, text
 * hash, the three sets, the flags and every blocking key, in order. Items are signed one after
 * another on one thread, so each item finds the buffers dirty from the one before (longer and
 * shorter ones), as in a run. The legacy signer calls today's {@code FoldedItem} and {@code
 * TermExtractor}, which session 11 changed too: their own equivalence is {@code FoldedItemTest}'s
 * and {@code TermExtractorEquivalenceTest}'s; this test holds what the signer does with them.
 */
class SignerEquivalenceTest {

  /** Every default-ignorable code point, which folding removes and term preparation skips. */
  private static final List<String> IGNORABLES =
      IntStream.rangeClosed(0, Character.MAX_CODE_POINT)
          .filter(TextFolding::isDefaultIgnorable)
          .mapToObj(Character::toString)
          .toList();

  @Test
  void sameAsTheOldSignerOnEvaluationSetSeedsAndPerturbedCopies() throws IOException {
    List<NewsItem> items = EvaluationTest.evaluationAndSeedItemsPerturbed();
    assertThat(items).hasSizeGreaterThan(500);
    ItemSigner signer = new ItemSigner(DedupOptions.defaults());
    LegacyItemSigner legacy = new LegacyItemSigner(DedupOptions.defaults());
    int termKeys = 0;
    for (int pass = 0; pass < 2; pass++) {
      List<NewsItem> order = new ArrayList<>(items);
      if (pass == 1) {
        java.util.Collections.reverse(order);
      }
      for (NewsItem item : order) {
        LegacyItemSigner.Signed expected = legacy.sign(item);
        assertSame(signer.sign(item), expected, item.title());
        for (long key : expected.keys()) {
          termKeys += key < 0 ? 1 : 0;
        }
      }
    }
    assertThat(termKeys).as("term-pair keys were compared").isGreaterThan(items.size());
  }

  @Test
  void everyDefaultIgnorableCodePointInsideWords() {
    ItemSigner signer = new ItemSigner(DedupOptions.defaults());
    LegacyItemSigner legacy = new LegacyItemSigner(DedupOptions.defaults());
    assertThat(IGNORABLES).hasSizeGreaterThan(4000);
    for (int i = 0; i < IGNORABLES.size(); i += 16) {
      StringBuilder body = new StringBuilder("The International Organization for Migration (IOM)");
      for (int k = i; k < Math.min(i + 16, IGNORABLES.size()); k++) {
        body.append(" Migra").append(IGNORABLES.get(k)).append("tion 2,").append(k).append("00");
      }
      NewsItem item =
          new NewsItem(
              Optional.of(LocalDate.of(2021, 6, 9)),
              "IOM trains Guatemalan officials" + IGNORABLES.get(i),
              List.of(body.toString(), "Costa Rica and Perú signed the MoU."),
              new SourceSpan("t.txt", 1, 1, 3));
      assertSame(signer.sign(item), legacy.sign(item), "code point " + i);
    }
  }

  @Property(tries = 1500)
  void sameAsTheOldSignerOnGeneratedText(
      @ForAll("items") List<NewsItem> items, @ForAll("shingleSizes") int shingleSize) {
    DedupOptions options = DedupOptions.builder().shingleSize(shingleSize).build();
    ItemSigner signer = new ItemSigner(options);
    LegacyItemSigner legacy = new LegacyItemSigner(options);
    for (NewsItem item : items) {
      assertSame(signer.sign(item), legacy.sign(item), item.title());
    }
  }

  /**
   * The generated items with every paragraph trimmed and its space runs made one: most such
   * paragraphs of ASCII pieces are plain ASCII, which the signer reads as written (lowering
   * capitals on the way) rather than folding a copy. Both signers read the text through today's
   * {@code FoldedItem}, so this holds the signer's use of the plain path; {@code FoldedItemTest}
   * holds the plain path itself to {@code computeId} and to folding.
   */
  @Property(tries = 1000)
  void sameAsTheOldSignerOnTrimmedParagraphs(
      @ForAll("items") List<NewsItem> items, @ForAll("shingleSizes") int shingleSize) {
    DedupOptions options = DedupOptions.builder().shingleSize(shingleSize).build();
    ItemSigner signer = new ItemSigner(options);
    LegacyItemSigner legacy = new LegacyItemSigner(options);
    for (NewsItem generated : items) {
      List<String> paragraphs = new ArrayList<>();
      for (String paragraph : generated.paragraphs()) {
        String trimmed = paragraph.strip().replaceAll(" +", " ");
        if (!trimmed.isBlank()) {
          paragraphs.add(trimmed);
        }
      }
      NewsItem item =
          new NewsItem(generated.date(), generated.title(), paragraphs, generated.span());
      assertSame(signer.sign(item), legacy.sign(item), item.title());
    }
  }

  /** The store writes the signature's content id as the item's: it must be computeId's. */
  @Property(tries = 500)
  void theSignaturesContentIdIsTheItemsComputedId(@ForAll("items") List<NewsItem> items) {
    ItemSigner signer = new ItemSigner(DedupOptions.defaults());
    for (NewsItem item : items) {
      assertThat(signer.sign(item).signature().contentId())
          .as(item.title())
          .isEqualTo(item.computeId());
    }
  }

  @Test
  void theSignaturesContentIdOnEvaluationSetAndSeeds() throws IOException {
    ItemSigner signer = new ItemSigner(DedupOptions.defaults());
    for (NewsItem item : EvaluationTest.evaluationAndSeedItemsPerturbed()) {
      assertThat(signer.sign(item).signature().contentId())
          .as(item.title())
          .isEqualTo(item.computeId());
    }
  }

  private static void assertSame(
      ItemSigner.Signed actual, LegacyItemSigner.Signed expected, String what) {
    ItemSignature s = actual.signature();
    assertThat(s.contentKey()).as(what).isEqualTo(expected.contentKey());
    assertThat(s.epochDay()).as(what).isEqualTo(expected.epochDay());
    assertThat(s.textHash()).as(what).isEqualTo(expected.textHash());
    assertThat(s.titleWords()).as(what).isEqualTo(expected.titleWords());
    assertThat(s.bodyShingles()).as(what).isEqualTo(expected.bodyShingles());
    assertThat(s.contentWords()).as(what).isEqualTo(expected.contentWords());
    assertThat(s.bodyWordCount()).as(what).isEqualTo(expected.bodyWordCount());
    assertThat(s.teaser()).as(what).isEqualTo(expected.teaser());
    assertThat(s.allCapsTitle()).as(what).isEqualTo(expected.allCapsTitle());
    assertThat(s.affixedTitle()).as(what).isEqualTo(expected.affixedTitle());
    assertThat(actual.keys()).as(what).isEqualTo(expected.keys());
  }

  @Provide
  Arbitrary<Integer> shingleSizes() {
    return Arbitraries.of(1, 2, 3, 5);
  }

  /**
   * Words of four languages, names, acronyms, numbers and countries; other scripts, combining
   * marks, entities, typography, invisible characters and surrogates; so that terms, term-pair keys
   * and both folding paths are all reached.
   */
  private static Arbitrary<String> texts() {
    Arbitrary<String> pieces =
        Arbitraries.oneOf(
            Arbitraries.of(
                "the ",
                "of the ",
                "and ",
                "migrants ",
                "were ",
                "trained ",
                "in ",
                "la ",
                "de ",
                "los ",
                "migrantes ",
                "fueron ",
                "formados ",
                "les ",
                "migrants ",
                "ont été ",
                "formés ",
                "os ",
                "migrantes ",
                "foram ",
                "treinados ",
                "Ministério ",
                "Ministère ",
                "Ministerio ",
                "International Organization for Migration ",
                "(IOM) ",
                "IOM ",
                "COVID-19 ",
                "U.S. ",
                "MoU ",
                "UNHCR's ",
                "Costa Rica ",
                "Guatemalan ",
                "Perú ",
                "México ",
                "Türkiye ",
                "United States of America ",
                "Dominican Republic ",
                "1,000 ",
                "260 ",
                "26th ",
                "twelve ",
                "second ",
                "Part II ",
                "XIV ",
                "2021 ",
                "Red Cross ",
                "O'Neill ",
                "Morgan & Morgan ",
                "San José ",
                "June ",
                "Monday ",
                ". ",
                "; ",
                ": ",
                "! ",
                "\n",
                "\n\n",
                ", ",
                "'s "),
            Arbitraries.of(
                "Ελληνικά Νέα ",
                "ΟΔΟΣ ",
                "Σ ",
                "Москва Новости ",
                "العربية ",
                "中文新闻 ",
                "हिन्दी ",
                "한국어 ",
                "e\u0301",
                "\u0301",
                "\u0130",
                "\u03A3",
                "\uFB01",
                "\uFF21\uFF22",
                "\u2019",
                "\u201C",
                "\u201D",
                "\u2014",
                "\u2026",
                "\u00A0",
                "\u00AD",
                "&amp; ",
                "&nbsp;",
                "&#233;",
                "\uD83D\uDE00",
                "\uD800",
                " Read more",
                "[...]",
                "IOM: ",
                " | IOM"),
            Arbitraries.of(IGNORABLES),
            Arbitraries.strings().ascii().ofMaxLength(10),
            Arbitraries.strings().withCharRange('\u00C0', '\u024F').ofMaxLength(6));
    return pieces.list().ofMaxSize(60).map(list -> String.join("", list));
  }

  @Provide
  Arbitrary<List<NewsItem>> items() {
    Arbitrary<String> nonBlank = texts().filter(s -> !s.isBlank());
    Arbitrary<Optional<LocalDate>> dates =
        Arbitraries.of(Optional.empty(), Optional.of(LocalDate.of(2021, 6, 9)));
    Arbitrary<NewsItem> item =
        Combinators.combine(dates, nonBlank, nonBlank.list().ofMaxSize(5))
            .as(
                (date, title, paragraphs) ->
                    new NewsItem(
                        date,
                        title,
                        new ArrayList<>(paragraphs),
                        new SourceSpan("t.txt", 1, 1, 2)));
    return item.list().ofMinSize(1).ofMaxSize(4);
  }
}
