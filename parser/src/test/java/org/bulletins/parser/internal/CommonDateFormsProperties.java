package org.bulletins.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bulletins.parser.DateLanguage;
import org.bulletins.parser.NumericDateOrder;

/**
 * The one-pass reading of the common date forms gives what the general path gives: on lines built
 * from the pieces of date lines (days, months of every language in any case, weekdays, connectors,
 * years of three to five digits, separators, punctuation and accents), both numeric orders.
 */
class CommonDateFormsProperties {

  private static final DateLineParser DAY_FIRST =
      new DateLineParser(EnumSet.allOf(DateLanguage.class), NumericDateOrder.DAY_FIRST);
  private static final DateLineParser MONTH_FIRST =
      new DateLineParser(EnumSet.allOf(DateLanguage.class), NumericDateOrder.MONTH_FIRST);
  private static final DateLineParser ENGLISH =
      new DateLineParser(EnumSet.of(DateLanguage.ENGLISH), NumericDateOrder.DAY_FIRST);

  @Property(tries = 20000)
  void commonFormsAgreeWithTheGeneralPath(@ForAll("dateLikeLines") String line) {
    for (DateLineParser parser : List.of(DAY_FIRST, MONTH_FIRST, ENGLISH)) {
      assertThat(parser.parse(line)).as(line).isEqualTo(parser.parseGeneral(line));
    }
  }

  @Property(tries = 3000)
  void realDatesInTheCommonFormsAgree(@ForAll("commonDates") String line) {
    assertThat(DAY_FIRST.parse(line)).as(line).isEqualTo(DAY_FIRST.parseGeneral(line)).isPresent();
  }

  @Example
  void theFormsOfTheGeneratedCorpusTakeTheOnePassPath() {
    DateNames names = new DateNames(EnumSet.allOf(DateLanguage.class));
    for (String line :
        List.of(
            "26 June, 2012",
            "October 17, 2015",
            "5 de agosto de 2019",
            "2012-06-26",
            "2012-6-5",
            "3 mai 2021")) {
      assertThat(CommonDateForms.read(line, names)).as(line).isNotNull();
    }
    // Left to the general path: problems to report, weekdays, periods, ordinals, accents.
    for (String line :
        List.of(
            "31 June 2021",
            "Monday, 3 May 2021",
            "3 Dec. 2021",
            "3rd May 2021",
            "3 février 2021",
            "2021-13-01",
            "03/05/2021")) {
      assertThat(CommonDateForms.read(line, names)).as(line).isNull();
    }
    assertThat(DAY_FIRST.parse("October 17, 2015").flatMap(DateLine::date))
        .isEqualTo(Optional.of(LocalDate.of(2015, 10, 17)));
  }

  /** Real dates written as the corpus and the pages write them. */
  @Provide
  Arbitrary<String> commonDates() {
    Arbitrary<LocalDate> dates =
        Arbitraries.integers()
            .between(0, 40000)
            .map(days -> LocalDate.of(1990, 1, 1).plusDays(days));
    List<String> english =
        List.of(
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December");
    List<String> spanish =
        List.of(
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "octubre",
            "noviembre",
            "diciembre");
    return Arbitraries.integers()
        .between(0, 3)
        .flatMap(
            form ->
                dates.map(
                    d ->
                        switch (form) {
                          case 0 ->
                              d.getDayOfMonth()
                                  + " "
                                  + english.get(d.getMonthValue() - 1)
                                  + ", "
                                  + d.getYear();
                          case 1 ->
                              english.get(d.getMonthValue() - 1)
                                  + " "
                                  + d.getDayOfMonth()
                                  + ", "
                                  + d.getYear();
                          case 2 ->
                              d.getDayOfMonth()
                                  + " de "
                                  + spanish.get(d.getMonthValue() - 1)
                                  + " de "
                                  + d.getYear();
                          default -> d.toString();
                        }));
  }

  /** Sequences of date pieces and noise, joined by separators. */
  @Provide
  Arbitrary<String> dateLikeLines() {
    List<String> pieces = new ArrayList<>();
    for (String month :
        List.of(
            "June",
            "june",
            "JUNE",
            "Jun",
            "Oct",
            "may",
            "May",
            "mar",
            "Mars",
            "agosto",
            "ago",
            "Sept",
            "set",
            "dic",
            "Dezembro",
            "out",
            "aout",
            "août",
            "Février",
            "mai")) {
      pieces.add(month);
    }
    pieces.addAll(
        List.of(
            "Monday", "mon", "sat", "Sun", "martes", "sabado", "sábado", "lundi", "segunda",
            "feira"));
    pieces.addAll(List.of("de", "del", "of", "the", "le", "do", "De", "OF"));
    pieces.addAll(
        List.of(
            "0", "1", "5", "05", "12", "13", "29", "30", "31", "32", "99", "123", "1st", "3rd",
            "4th", "1er", "1º"));
    pieces.addAll(List.of("2012", "2020", "0000", "9999", "201", "20121", "1900"));
    pieces.addAll(List.of("Undated", "news", "IOM", "x", "-", ".", "é"));
    Arbitrary<String> piece = Arbitraries.of(pieces);
    Arbitrary<String> separator = Arbitraries.of(" ", " ", ", ", ",", "  ", ".", "-", "/", " - ");
    Arbitrary<String> words =
        Arbitraries.integers()
            .between(1, 6)
            .flatMap(
                count ->
                    net.jqwik.api.Combinators.combine(
                            piece.list().ofSize(count), separator.list().ofSize(count))
                        .as(
                            (ps, ss) -> {
                              StringBuilder line = new StringBuilder();
                              for (int i = 0; i < ps.size(); i++) {
                                if (i > 0) {
                                  line.append(ss.get(i));
                                }
                                line.append(ps.get(i));
                              }
                              return line.toString();
                            }));
    Arbitrary<String> iso =
        Arbitraries.strings()
            .withChars("0123456789-")
            .ofMinLength(6)
            .ofMaxLength(12)
            .map(s -> s.length() > 4 ? "20" + s.substring(2) : s);
    Arbitrary<String> edged =
        Arbitraries.oneOf(words, iso)
            .flatMap(
                s ->
                    Arbitraries.of("", " ", ",", ".")
                        .flatMap(
                            before ->
                                Arbitraries.of("", " ", ",", ".")
                                    .map(after -> before + s + after)));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, words),
        net.jqwik.api.Tuple.of(2, iso),
        net.jqwik.api.Tuple.of(2, edged));
  }
}
