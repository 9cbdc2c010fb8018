package org.bulletins.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bulletins.model.NewsItem;
import org.bulletins.model.SourceSpan;
import org.junit.jupiter.api.Test;

/** Small items of our own words in each language, and hostile inputs. */
class FactExtractorTest {

  private static final FactExtractor FACTS = FactExtractor.create();

  static NewsItem item(LocalDate date, String title, String... paragraphs) {
    return new NewsItem(
        Optional.ofNullable(date), title, List.of(paragraphs), new SourceSpan("t.txt", 1, 1, 3));
  }

  @Test
  void aNounThatFoldsToSpacesIsNoCount() {
    // Found by FactProperties: U+FE7C folds to a space (its mark removed), and the number's noun
    // was blank, which CountedNumber refuses: extract threw for the whole item.
    String text = "27 \u0EDC \uFE7C\u0F2D\u3EC1\u683B\uC936\uCC6E\u9AA7\uFCAF";
    ItemFacts facts = FACTS.extract(item(null, text, "x " + text));
    assertThat(facts.numbers()).allMatch(n -> !n.counts().isBlank());
    assertThat(facts.numbers()).extracting(CountedNumber::value).doesNotContain(27L);
  }

  @Test
  void howOftenIsNotACount() {
    ItemFacts facts =
        FACTS.extract(
            item(
                null,
                "Campaign \"Think 2 times\" reaches 300 families",
                "La campaña \"Pensalo 2 veces\" llegó a 300 familias, 3 fois plus que prévu."));
    assertThat(facts.numbers())
        .containsExactly(new CountedNumber(300, "families"), new CountedNumber(300, "familias"));
  }

  @Test
  void englishItemFromTheIssue() {
    ItemFacts facts =
        FACTS.extract(
            item(
                LocalDate.of(2021, 5, 28),
                "Costa Rica celebrates workers month",
                "On May 27, the Ministry of Labour (MTSS) and the International Organization for"
                    + " Migration (IOM) trained more than 260 officials and 1,500 Nicaraguan workers."));
    assertThat(facts.language()).isEqualTo(Language.EN);
    assertThat(facts.countries()).containsExactly("CR", "NI");
    assertThat(facts.organizations()).containsExactly("MTSS", "IOM");
    assertThat(facts.numbers())
        .containsExactly(new CountedNumber(260, "officials"), new CountedNumber(1500, "workers"));
    assertThat(facts.eventDates()).containsExactly(LocalDate.of(2021, 5, 27));
    assertThat(facts.dateline()).isEmpty();
  }

  @Test
  void spanishItemWithDatelineAndThousandsPoint() {
    ItemFacts facts =
        FACTS.extract(
            item(
                LocalDate.of(2019, 8, 26),
                "La OIM apoya a familias guatemaltecas retornadas",
                "Ciudad de Guatemala 26 de agosto de 2019.- La Organización Internacional para las"
                    + " Migraciones y el Fondo de las Naciones Unidas para la Infancia entregaron"
                    + " kits a 1.202 niños hondureños el 24 de agosto en la frontera con México."));
    assertThat(facts.language()).isEqualTo(Language.ES);
    assertThat(facts.countries()).containsExactly("GT", "HN", "MX");
    assertThat(facts.organizations()).containsExactly("IOM", "UNICEF");
    assertThat(facts.numbers()).containsExactly(new CountedNumber(1202, "ninos"));
    assertThat(facts.eventDates())
        .containsExactly(LocalDate.of(2019, 8, 26), LocalDate.of(2019, 8, 24));
    assertThat(facts.dateline()).contains("Ciudad de Guatemala");
  }

  @Test
  void frenchItemWithCapitalDateline() {
    ItemFacts facts =
        FACTS.extract(
            item(
                LocalDate.of(2015, 12, 30),
                "Guinée : le HCR et l'OMS aident les réfugiés ivoiriens",
                "CONAKRY, 29 December 2015 – Le Haut Commissariat des Nations unies pour les"
                    + " réfugiés et l'Organisation mondiale de la santé ont vacciné 3.400 enfants"
                    + " le 27 décembre dans les camps du sud du pays, avec le soutien de l'Union"
                    + " européenne."));
    assertThat(facts.language()).isEqualTo(Language.FR);
    assertThat(facts.countries()).containsExactly("GN", "CI");
    assertThat(facts.organizations()).containsExactly("UNHCR", "WHO", "EU");
    assertThat(facts.numbers()).containsExactly(new CountedNumber(3400, "enfants"));
    // "29 December 2015" is English in a French item: only the French "27 décembre" is read.
    assertThat(facts.eventDates()).containsExactly(LocalDate.of(2015, 12, 27));
    assertThat(facts.dateline()).contains("Conakry");
  }

  @Test
  void aHyphenatedDatelineIsOnePlace() {
    // Cut at the first hyphen, SAINT-LÉONARD and SAINT-JEAN-PORT-JOLI were both "Saint".
    assertThat(datelineOf("SAINT-OVIDE, NB, March 4, 2024 /CNW/ - The governments announced it."))
        .contains("Saint-Ovide");
    assertThat(datelineOf("SAINT-JEAN-PORT-JOLI (Québec), le 4 mars 2024 – Les gouvernements."))
        .contains("Saint-Jean-Port-Joli");
    assertThat(datelineOf("Saint-Jean-sur-Richelieu, le 4 mars 2024 – Les gouvernements ont dit."))
        .contains("Saint-Jean-sur-Richelieu");
    assertThat(datelineOf("Port-au-Prince, 4 mars 2024 – Le gouvernement a annoncé."))
        .contains("Port-au-Prince");
    // A hyphen with spaces is the dateline's dash, as before.
    assertThat(datelineOf("BAMAKO - Plus de 2 000 personnes ont fui.")).contains("Bamako");
  }

  @Test
  void aLongChainOfHyphenatedWordsCostsNoStack() {
    String chain = "SAINT" + "-de".repeat(20_000) + "-Jean, le 4 mars 2024 – Les gouvernements.";
    assertThat(datelineOf(chain)).isEmpty();
  }

  private static java.util.Optional<String> datelineOf(String firstParagraph) {
    return FACTS
        .extract(item(LocalDate.of(2024, 3, 4), "Un titre sans lieu", firstParagraph))
        .dateline();
  }

  @Test
  void abbreviationsOfTheUnitedStatesAreTheCountry() {
    ItemFacts facts =
        FACTS.extract(
            item(
                LocalDate.of(2024, 3, 4),
                "Llegan 132 hondureños deportados desde EE.UU.",
                "Un vuelo con 132 hondureños retornados desde EE.UU. aterrizó en San Pedro Sula."));
    assertThat(facts.countries()).contains("US", "HN");
  }

  @Test
  void frenchSpaceGroupedThousandsAndDaysWithArticles() {
    ItemFacts facts =
        FACTS.extract(
            item(
                LocalDate.of(2022, 3, 14),
                "Le Mali et le Burkina Faso face à la crise",
                "Bamako – Plus de 2 000 personnes ont fui les violences entre le 1er et le 10 mars,"
                    + " selon l'Organisation internationale pour les migrations. Les Burkinabè et"
                    + " les Maliens déplacés ont reçu l'aide du PAM."));
    assertThat(facts.language()).isEqualTo(Language.FR);
    assertThat(facts.countries()).containsExactly("ML", "BF");
    assertThat(facts.organizations()).containsExactly("IOM", "WFP");
    assertThat(facts.numbers()).containsExactly(new CountedNumber(2000, "personnes"));
    assertThat(facts.eventDates())
        .containsExactly(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 10));
    assertThat(facts.dateline()).contains("Bamako");
  }

  @Test
  void spanishAndPortugueseSpaceGroupedThousands() {
    ItemFacts spanish =
        FACTS.extract(
            item(
                LocalDate.of(2024, 5, 6),
                "ACNUR entrega ayuda en la frontera",
                "La agencia de la ONU para los refugiados entregó kits a 1\u00a0250 familias y"
                    + " mantas a 3 400 personas en los albergues de la frontera."));
    assertThat(spanish.language()).isEqualTo(Language.ES);
    assertThat(spanish.numbers())
        .containsExactly(new CountedNumber(1250, "familias"), new CountedNumber(3400, "personas"));
    ItemFacts portuguese =
        FACTS.extract(
            item(
                LocalDate.of(2024, 5, 6),
                "OIM apoia famílias deslocadas",
                "A organização distribuiu alimentos a 2 100 famílias deslocadas pelas cheias no"
                    + " sul do país, segundo a OIM."));
    assertThat(portuguese.language()).isEqualTo(Language.PT);
    assertThat(portuguese.numbers()).containsExactly(new CountedNumber(2100, "familias"));
  }

  @Test
  void amountsAfterACurrencySignCountTheCurrency() {
    ItemFacts english =
        FACTS.extract(
            item(
                LocalDate.of(2024, 5, 6),
                "Canada funds new homes",
                "The governments announced $5.1 million in combined funding for 38 homes and"
                    + " US$ 140 per family in rent support."));
    assertThat(english.numbers())
        .containsExactly(
            new CountedNumber(5_100_000, "dollars"),
            new CountedNumber(38, "homes"),
            new CountedNumber(140, "dollars"));
    ItemFacts french =
        FACTS.extract(
            item(
                LocalDate.of(2024, 5, 6),
                "Le Canada finance de nouveaux logements",
                "Les gouvernements ont annoncé 5,1 millions de dollars pour 38 logements."));
    assertThat(french.numbers())
        .containsExactly(
            new CountedNumber(5_100_000, "dollars"), new CountedNumber(38, "logements"));
  }

  @Test
  void anAmountBeforeACurrencySignCountsTheCurrency() {
    // French writes the sign after the amount: "5 613 116 $" is the "$5,613,116" of the English.
    ItemFacts french =
        FACTS.extract(
            item(
                LocalDate.of(2024, 3, 4),
                "Le gouvernement investit dans le logement",
                "Le gouvernement investit 5 613 116 $ dans 42 logements à Saint-Ovide."));
    ItemFacts english =
        FACTS.extract(
            item(
                LocalDate.of(2024, 3, 4),
                "Government invests in housing",
                "The government is investing $5,613,116 in 42 homes in Saint-Ovide."));
    assertThat(french.numbers()).contains(new CountedNumber(5_613_116, "dollars"));
    assertThat(english.numbers()).contains(new CountedNumber(5_613_116, "dollars"));
  }

  @Test
  void aSignBeforeTheNextAmountIsThatAmountsCurrency() {
    ItemFacts facts =
        FACTS.extract(
            item(
                LocalDate.of(2024, 3, 4),
                "Le budget des écoles",
                "Entre 2021 et 2023 $5 millions ont été dépensés pour 42 écoles."));
    assertThat(facts.numbers()).doesNotContain(new CountedNumber(2023, "dollars"));
  }

  @Test
  void portugueseItemWithMillions() {
    ItemFacts facts =
        FACTS.extract(
            item(
                LocalDate.of(2022, 1, 10),
                "Moçambique recebe ajuda do PAM",
                "O Programa Alimentar Mundial distribuiu alimentos a 1.202 crianças e 2,5 milhões de"
                    + " pessoas deslocadas em Moçambique e no Malawi, entre 28 e 30 de dezembro."));
    assertThat(facts.language()).isEqualTo(Language.PT);
    assertThat(facts.countries()).containsExactly("MZ", "MW");
    assertThat(facts.organizations()).containsExactly("WFP");
    assertThat(facts.numbers())
        .containsExactly(
            new CountedNumber(1202, "criancas"), new CountedNumber(2_500_000, "pessoas"));
    // Late December in an item of 10 January is the previous year.
    assertThat(facts.eventDates())
        .containsExactly(LocalDate.of(2021, 12, 28), LocalDate.of(2021, 12, 30));
  }

  @Test
  void daysWithoutAYearAreNeverGuessed() {
    ItemFacts undated =
        FACTS.extract(item(null, "Workshop", "The workshop was held on May 27 in Panama."));
    assertThat(undated.eventDates()).isEmpty();
    // Half a year away either way: 2020-11-20 and 2021-11-20 are equally far from 2021-05-20.
    ItemFacts ambiguous =
        FACTS.extract(
            item(
                LocalDate.of(2021, 5, 20),
                "Workshop",
                "The next one is on November 20 in Panama."));
    assertThat(ambiguous.eventDates()).isEmpty();
    ItemFacts written =
        FACTS.extract(item(null, "Workshop", "The workshop was held on 24 May 2021 in Panama."));
    assertThat(written.eventDates()).containsExactly(LocalDate.of(2021, 5, 24));
  }

  @Test
  void namesInsideOtherWordsAndPlaceNamesAreNotFacts() {
    ItemFacts facts =
        FACTS.extract(
            item(
                LocalDate.of(2021, 5, 20),
                "Gardens in La 25 de Julio",
                "The migrant families of La 25 de Julio may plant chile and polish the tools; the"
                    + " COVID-19 rules allow 100% of them."));
    assertThat(facts.countries()).isEmpty();
    assertThat(facts.eventDates()).isEmpty();
    assertThat(facts.numbers()).isEmpty();
  }

  @Test
  void shortOrMixedTextIsUnknown() {
    assertThat(FACTS.extract(item(null, "IOM")).language()).isEqualTo(Language.UNKNOWN);
    assertThat(FACTS.extract(item(null, "Honduras 2021")).language()).isEqualTo(Language.UNKNOWN);
  }

  @Test
  void longRunsOfNumbersCostNoStack() throws Exception {
    StringBuilder run = new StringBuilder();
    for (int i = 1; run.length() < 6 * 1024; i++) {
      run.append(i).append(',');
    }
    StringBuilder brackets = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      brackets.append("A (B) ");
    }
    // The test JVM runs with -Xss512k; each input is 6 KB or more in one paragraph.
    ItemFacts numbers = FACTS.extract(item(LocalDate.of(2021, 1, 1), "Numbers", run.toString()));
    assertThat(numbers.numbers()).isEmpty();
    ItemFacts days =
        FACTS.extract(
            item(LocalDate.of(2021, 1, 1), "Days", "May " + run.toString().replace(",", ", ")));
    assertThat(days.eventDates()).hasSizeLessThanOrEqualTo(31);
    assertThat(FACTS.extract(item(null, "Brackets", brackets.toString())).organizations())
        .isEmpty();
  }

  @Test
  void oneExtractorServesManyThreads() throws Exception {
    NewsItem item =
        item(
            LocalDate.of(2021, 5, 28),
            "Honduras",
            "On May 27, IOM trained 25 volunteers in Honduras.");
    ItemFacts expected = FACTS.extract(item);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<ItemFacts>> results =
          pool.invokeAll(java.util.Collections.nCopies(200, () -> FACTS.extract(item)));
      for (Future<ItemFacts> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }
}
