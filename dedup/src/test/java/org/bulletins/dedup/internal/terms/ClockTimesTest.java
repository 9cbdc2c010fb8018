package org.bulletins.dedup.internal.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A clock time is one number term, keyed H:MM on 24 hours, however it is written. */
class ClockTimesTest {

  private static final TermExtractor EXTRACTOR = TermExtractor.create();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The fire started at 2:50 a.m. on Sunday. | 2:50",
        "The meeting starts at 4:00 in the hall. | 4:00",
        "Doors open at 3 p.m. for the public. | 15:00",
        "Doors open at 4pm for the public. | 16:00",
        "Doors open at 10.30 am for the public. | 10:30",
        "Doors open at 12 am for the public. | 0:00",
        "La marche part à 14h30 de la place. | 14:30",
        "Das 8h às 20h no ginásio. | 8:00 20:00",
        "La reunión será a las 18:45 horas. | 18:45",
        "La vigilance commence à 21 heures ce soir. | 21:00",
        "La marcha sale a las 18 horas del parque. | 18:00",
        "Le cortège part à 14 h 30 de la mairie. | 14:30",
      })
  void oneTimeOneTerm(String text, String keys) {
    assertThat(numberKeys(text)).containsExactly(keys.split(" "));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The score was 2:1 at half time. | 2 1",
        "Turnout rose to 10.30 per cent. | 10.30",
        "There were 13 pm readings. | 13",
        "Room 25:61 was closed. | 25 61",
        "La route reste fermée 48 heures au moins. | 48",
      })
  void numbersThatAreNoTime(String text, String keys) {
    assertThat(numberKeys(text)).containsExactly(keys.split(" "));
  }

  private static List<String> numberKeys(String text) {
    return EXTRACTOR.extract(text).ofKind(Term.Kind.NUMBER).stream().map(Term::key).toList();
  }
}
