package org.bulletins.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bulletins.dedup.internal.terms.TermExtractor;
import org.bulletins.model.NewsItem;

/**
 * The term extractor finds exactly what the one that made a {@code String} per word found ({@link
 * LegacyTermExtractor}) on generated items (issue 14, session 15): words of the four languages
 * (names, acronyms, numbers, ordinals, Roman numerals, countries, months, function words and
 * connectors), in any case, joined by punctuation, line breaks and odd Unicode (curly quotes,
 * no-break spaces, combining marks, invisible characters, entities, possessives). {@link
 * TermExtractorEquivalenceTest} covers the evaluation set and the seeds.
 */
class TermExtractorProperties {

  private static final TermExtractor EXTRACTOR = TermExtractor.create();

  @Property(tries = 2000)
  void sameTermsAsTheStringPerWordExtractor(@ForAll("items") NewsItem item) {
    assertThat(EXTRACTOR.extract(item)).isEqualTo(LegacyTermExtractor.extract(item));
    assertThat(EXTRACTOR.extract(item.body())).isEqualTo(LegacyTermExtractor.extract(item.body()));
  }

  /**
   * The distinct terms found without contexts, which signing a batch uses for its blocking keys
   * (issue 14, session 41), are the terms found with them, in the same order.
   */
  @Property(tries = 2000)
  void distinctTermsAreTheExtractedTerms(@ForAll("items") NewsItem item) {
    assertThat(EXTRACTOR.distinctTerms(item)).isEqualTo(EXTRACTOR.extract(item).terms());
  }

  /**
   * Bodies of ASCII chars without {@code &}, which are cut into words from their paragraphs in
   * place rather than from the joined body (issue 14, session 18): the same words, also across a
   * paragraph break, as the joined string gave.
   */
  @Property(tries = 1000)
  void asciiBodiesReadInPlaceGiveTheJoinedBodysTerms(@ForAll("asciiItems") NewsItem item) {
    assertThat(EXTRACTOR.extract(item)).isEqualTo(LegacyTermExtractor.extract(item));
  }

  @Provide
  Arbitrary<NewsItem> asciiItems() {
    return items()
        .map(
            item ->
                Items.item(
                    "2024-05-01",
                    item.title(),
                    item.paragraphs().stream()
                        .map(TermExtractorProperties::ascii)
                        .toArray(String[]::new)));
  }

  /** The text with every char that is not ASCII, and {@code &}, made a letter. */
  private static String ascii(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c >= 0x80 || c == '&' ? (Character.isUpperCase(c) ? 'X' : 'x') : c);
    }
    return out.toString();
  }

  @Provide
  Arbitrary<NewsItem> items() {
    Arbitrary<String> title = text(1, 12).filter(t -> !t.isBlank());
    Arbitrary<List<String>> paragraphs =
        text(1, 60).filter(t -> !t.isBlank()).list().ofMinSize(1).ofMaxSize(4);
    return Combinators.combine(title, paragraphs)
        .as((t, p) -> Items.item("2024-05-01", t, p.toArray(String[]::new)));
  }

  private static Arbitrary<String> text(int minWords, int maxWords) {
    Arbitrary<String> piece =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, word()),
            net.jqwik.api.Tuple.of(1, word().map(w -> w.toUpperCase(java.util.Locale.ROOT))),
            net.jqwik.api.Tuple.of(1, word().map(TermExtractorProperties::capitalised)));
    Arbitrary<String> gap = gap();
    return Combinators.combine(piece.list().ofMinSize(minWords).ofMaxSize(maxWords), gap.list())
        .as(
            (words, gaps) -> {
              StringBuilder out = new StringBuilder();
              for (int i = 0; i < words.size(); i++) {
                if (i > 0) {
                  out.append(gaps.isEmpty() ? " " : gaps.get(i % gaps.size()));
                }
                out.append(words.get(i));
              }
              return out.toString();
            });
  }

  private static String capitalised(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  private static Arbitrary<String> word() {
    Arbitrary<String> known =
        Arbitraries.of(
            // English names, function words, connectors, calendar, numbers, ordinals.
            "The",
            "the",
            "of",
            "and",
            "for",
            "in",
            "a",
            "on",
            "against",
            "&",
            "Today",
            "said",
            "International",
            "Organization",
            "Migration",
            "Institute",
            "Guatemalan",
            "Red",
            "Cross",
            "Ministry",
            "Health",
            "United",
            "States",
            "America",
            "Kingdom",
            "Nations",
            "Morgan",
            "O'Neill",
            "O'Neill's",
            "Ministry's",
            "Costa",
            "Rica",
            "Rican",
            "Costa-Rica",
            "Dominican",
            "Republic",
            "El",
            "Salvador",
            "monday",
            "March",
            "May",
            "June",
            "two",
            "Twelve",
            "twenty",
            "hundred",
            "first",
            "Second",
            "tenth",
            "II",
            "III",
            "IV",
            "IX",
            "XIV",
            "XX",
            "XL",
            "V",
            "I",
            "IVX",
            "VIII's",
            // Acronyms and numbers.
            "IOM",
            "IGM",
            "UN",
            "U.N",
            "U.S.",
            "MoU",
            "COVID-19",
            "UNHCR",
            "NGOs",
            "1",
            "260",
            "1,000",
            "1,200",
            "26th",
            "3.5",
            "1,,2",
            "2021",
            "100km",
            "31st",
            "2nd",
            "3rd",
            // Numbers over several words and clock times.
            "250",
            "000",
            "12",
            "mil",
            "millones",
            "million",
            "Milhões",
            "4:00",
            "00",
            "p.m.",
            "am",
            "PM",
            "14h30",
            "9h",
            "4pm",
            "13pm",
            "10.30",
            "heures",
            "h",
            "horas",
            // Spanish, French, Portuguese.
            "Ministerio",
            "Salud",
            "Pública",
            "Organización",
            "Internacional",
            "para",
            "las",
            "Migraciones",
            "México",
            "méxico",
            "Perú",
            "Panamá",
            "enero",
            "lunes",
            "Organisation",
            "internationale",
            "pour",
            "les",
            "migrations",
            "Ministère",
            "Santé",
            "français",
            "janvier",
            "Ministério",
            "Saúde",
            "São",
            "Paulo",
            "Brasil",
            "Brésil",
            "Haïti",
            "março",
            "segunda",
            "de",
            "la",
            "del",
            "los",
            "y",
            "da",
            "do",
            "des",
            "du",
            "el",
            "Türkiye",
            "İstanbul",
            "Σ",
            "ΟΔΟΣ",
            "Ωmega",
            // Odd Unicode inside words: combining marks, invisible chars, ligatures, entities.
            "Dajabo\u0301n",
            "e\u0301",
            "hy\u200Bphen",
            "soft\u00ADhyphen",
            "Word\uFE0F",
            "in\u2061visible",
            "\uFB01nance",
            "Ｆｕｌｌ",
            "Ⅻ",
            "²",
            "AT&amp;T",
            "&quot;IOM&quot;",
            "O\u2019Neill",
            "Mexico\u2019s",
            "l\u2019OIM",
            "d'Ivoire");
    Arbitrary<String> random =
        Arbitraries.strings()
            .withChars("aAeEiIoOxXvVsS019'-.,&éÉñÑüçÇ\u0301\u200B\u00A0")
            .ofMinLength(1)
            .ofMaxLength(8);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, known), net.jqwik.api.Tuple.of(1, random));
  }

  private static Arbitrary<String> gap() {
    return Arbitraries.of(
        " ",
        ":",
        "\u00A0",
        " ",
        " ",
        " ",
        ", ",
        ". ",
        "; ",
        ": ",
        "! ",
        "? ",
        " (",
        ") ",
        " (",
        "\n",
        "\n\n",
        " - ",
        " \u2013 ",
        " \u2014 ",
        "\u00A0",
        " \u201C",
        "\u201D ",
        " \u2018",
        "\u2019 ",
        " \"",
        "\" ",
        "  ",
        "\t",
        " \u200B",
        " \u2026 ",
        "/",
        " & ",
        "'s ",
        " ( ",
        " [",
        "] ");
  }
}
