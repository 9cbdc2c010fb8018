package org.bulletins.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.bulletins.model.DiagnosticCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates that count from the day the page was read, and lines that only start like them. */
class RelativeDateTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2 days ago",
        "1 hour ago",
        "an hour ago",
        "Posted 3 weeks ago",
        "Yesterday, 10:30",
        "Today at 9:15 am",
        "Just now",
        "Hace 3 días",
        "hace una hora",
        "14 horas hace",
        "1 semana hace",
        "Ayer, 18:00",
        "Il y a 2 jours",
        "Il y a 5 min",
        "Aujourd’hui",
        "Hier à 18h30",
        "Há 2 horas",
        "Publicado há 3 dias",
        "Ontem, 18h30",
        "Hoje",
      })
  void isADateLineWithNoDateAndAWarning(String line) {
    DateLine date = RelativeDate.parse(line).orElseThrow();
    assertThat(date.date()).isEmpty();
    assertThat(date.problems())
        .singleElement()
        .extracting(DateLine.Problem::code)
        .isEqualTo(DiagnosticCode.DATE_RELATIVE);
    assertThat(date.problems().get(0).error()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Today in history",
        "2 days ago the council met",
        "Hoy se celebra el Día Mundial",
        "Yesterday's storm closed three roads",
        "Il y a 20 ans, la ville changeait",
        "Há 2 horas de fila no posto",
        "&#84;oday",
        "",
      })
  void leavesOtherLinesAlone(String line) {
    assertThat(RelativeDate.parse(line)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "City Press · 2 hours ago",
        "El Diario · hace 3 días",
        "Le Courrier • il y a 2 heures",
        "G1 | há 5 horas",
        "2 days ago · 5 comments",
      })
  void besideASitesNameIsADateLine(String line) {
    assertThat(RelativeDate.parseBesideSource(line))
        .hasValueSatisfying(date -> assertThat(date.date()).isEmpty());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "City Press · News · 2 hours ago",
        "The vote was held two days ago. · 2 hours ago",
        "City Press · two rounds ago",
        "City Press ·",
        "· 2 hours ago",
        "A long name of a site with many words · 2 hours ago",
      })
  void aLineWithMorePartsOrASentenceIsNot(String line) {
    assertThat(RelativeDate.parseBesideSource(line)).isEmpty();
  }
}
