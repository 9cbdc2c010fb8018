package org.bulletins.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.bulletins.parser.DateLanguage;
import org.bulletins.parser.NumericDateOrder;
import org.junit.jupiter.api.Test;

/** The evidence a page gives of its numeric dates' order when none of them is unambiguous. */
class NumericOrderEvidenceTest {

  private final DateLineParser dates =
      new DateLineParser(EnumSet.allOf(DateLanguage.class), NumericDateOrder.DAY_FIRST);

  @Test
  void aWrittenDateTellsWhetherTheMonthOrTheDayComesFirst() {
    assertThat(dates.writtenOrder("March 5, 2024")).isEqualTo(NumericDateOrder.MONTH_FIRST);
    assertThat(dates.writtenOrder("May 3rd, 2021")).isEqualTo(NumericDateOrder.MONTH_FIRST);
    assertThat(dates.writtenOrder("10:30 AM, March 3, 2024"))
        .isEqualTo(NumericDateOrder.MONTH_FIRST);
    assertThat(dates.writtenOrder("Tuesday, 5 March 2024")).isEqualTo(NumericDateOrder.DAY_FIRST);
    assertThat(dates.writtenOrder("Publié le 12 mars 2024 à 10h30"))
        .isEqualTo(NumericDateOrder.DAY_FIRST);
    assertThat(dates.writtenOrder("1er mars 2024")).isEqualTo(NumericDateOrder.DAY_FIRST);
    assertThat(dates.writtenOrder("segunda-feira, 3 de maio de 2021"))
        .isEqualTo(NumericDateOrder.DAY_FIRST);
  }

  @Test
  void aDateWithoutAMonthNameOrADayTellsNothing() {
    assertThat(dates.writtenOrder("March 2024")).isNull();
    assertThat(dates.writtenOrder("2024-03-05")).isNull();
    assertThat(dates.writtenOrder("05/03/2024")).isNull();
  }

  @Test
  void onlyANumericDateThatReadsBothWaysIsAmbiguous() {
    assertThat(DateLineParser.isAmbiguousNumeric("Posted 04/06/2024")).isTrue();
    assertThat(DateLineParser.isAmbiguousNumeric("23/06/2024")).isFalse();
    assertThat(DateLineParser.isAmbiguousNumeric("06/06/2024")).isFalse();
    assertThat(DateLineParser.isAmbiguousNumeric("4 June 2024")).isFalse();
  }

  @Test
  void aPageOfRomanceWordsIsRomanceAndOneOfEnglishIsNot() {
    assertThat(
            RomanceText.isRomance(
                lines(
                    "Os deputados aprovaram o projeto que reajusta o piso dos professores da rede, e o texto segue para a sanção do governador com os votos das bancadas e pelas comissões na semana passada.")))
        .isTrue();
    assertThat(
            RomanceText.isRomance(
                lines(
                    "Le conseil a voté le budget des écoles et les travaux du pont pour une durée de deux ans dans la ville.")))
        .isTrue();
    assertThat(
            RomanceText.isRomance(
                lines(
                    "El alcalde presentó los planes para las obras del puerto, que tendrán una inversión por encima de lo previsto con fondos europeos.")))
        .isTrue();
    assertThat(
            RomanceText.isRomance(
                lines(
                    "The flights from El Paso to Los Angeles and Las Vegas resume on the route that was closed by the airline for the winter.")))
        .isFalse();
    assertThat(RomanceText.isRomance(lines("Los Angeles"))).isFalse(); // too few words to tell
    // capitalised names and abbreviations are no function words
    assertThat(
            RomanceText.isRomance(
                lines(
                    "Los Alamos Lab Names Director",
                    "04/06/2024 10:15 AM EST",
                    "El Paso Opens Las Cruces Route",
                    "Des Moines Sets Par Con Budget",
                    "Los Lunas El Rito Las Vegas Des Plaines EST EST")))
        .isFalse();
  }

  private static List<Line> lines(String... texts) {
    List<Line> lines = new ArrayList<>();
    for (String text : texts) {
      lines.add(new Line(lines.size() + 1, 1, text, LineKind.TEXT, null, null, false, false));
    }
    return lines;
  }
}
