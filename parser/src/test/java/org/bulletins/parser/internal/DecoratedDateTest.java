package org.bulletins.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bulletins.parser.DateLanguage;
import org.bulletins.parser.NumericDateOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Date lines with a lead-in, a time or labels beside the date, as listings in the four languages
 * write them, and lines that only look like them: a title beside a date, a date inside a sentence.
 */
class DecoratedDateTest {

  private final DateLineParser dates =
      new DateLineParser(EnumSet.allOf(DateLanguage.class), NumericDateOrder.DAY_FIRST);

  private Optional<LocalDate> date(String line) {
    return DecoratedDate.parse(line, dates).flatMap(DateLine::date);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "Publié le 12 mars 2024; 2024-03-12",
        "Publié le 12 mars 2024 à 10h30; 2024-03-12",
        "Mis à jour le 1er mars 2024; 2024-03-01",
        "Posted on 5 March 2024; 2024-03-05",
        "Saturday, March 30, 2024 @ 10:00 am - 12:00 pm; 2024-03-30",
        "12 mars 2024 | March 12, 2024; 2024-03-12",
        "5 de marzo de 2024 · 5 March 2024; 2024-03-05",
        "March 30, 2024 10:00 am - 12:00 pm; 2024-03-30",
        "30 mars 2024 18h-20h; 2024-03-30",
        "Thu, 27 Jun 2024 00:00:00 -0700; 2024-06-27",
        "Wed 30th April 2025 (1pm); 2025-04-30",
        "Sáb, 13 ene 2024 · 18:30; 2024-01-13",
        "vendredi 23 février 2024, par webmestre; 2024-02-23",
        "vendredi 23 février 2024, par le bureau; 2024-02-23",
        "23 de febrero de 2024, por la redacción; 2024-02-23",
        "Posted on: 2024-03-05 | Category: Press Release; 2024-03-05",
        "Published: March 5, 2024 at 9:15 a.m.; 2024-03-05",
        "Updated 5 March 2024, 9 p.m. GMT; 2024-03-05",
        "March 1, 2024 10:30 AM ET; 2024-03-01",
        "March 1, 2024 | 10:30; 2024-03-01",
        "04/03/2024 - 10:45; 2024-03-04",
        "2024-03-05 14:05 (UTC+1); 2024-03-05",
        "2024-03-05T14:30:00Z; 2024-03-05",
        "por Ana Costa publicado 16/02/2022 14h45, última modificação 16/02/2022 14h43; 2022-02-16",
        "By Ana Costa, published 5 March 2024; 2024-03-05",
        "Published 5 March 2024, last modified 6 March 2024; 2024-03-05",
        "Última atualização: 05/03/2024; 2024-03-05",
        "Última modificação 05/03/2024; 2024-03-05",
        "Édition du 13 juin 2025; 2025-06-13",
        "By Ana da Costa and João Silva · 5 March 2024; 2024-03-05",
        "| Édition du vendredi 13 juin 2025 |; 2025-06-13",
        "Edición del martes 5 de marzo de 2024; 2024-03-05",
        "Published: 2024-03-05T14:30:00.000+01:00; 2024-03-05",
        "Lunes, 4 de marzo de 2024 | Comunicado 45/2024; 2024-03-04",
        "Publicado el 4 de marzo de 2024 a las 18:00 horas; 2024-03-04",
        "Comunicado de prensa · 4 de marzo de 2024; 2024-03-04",
        "Publicado em 04/03/2024 às 10h45; 2024-03-04",
        "Publicado em 20/02/2024 às 10h45 | Atualizado em 21/02/2024 às 12h10; 2024-02-20",
        "4 mars 2024 - Communiqué; 2024-03-04",
        "Communiqué n° 12 | 4 mars 2024; 2024-03-04",
        "By Maria Lopez · 2 February 2024 · 3 min read; 2024-02-02",
        "Press release No. 14 – 2 February 2024; 2024-02-02",
        "29 septembre 2023 - 16:24 - 2061 vues; 2023-09-29",
        "29 septembre 2023 · 2061vues; 2023-09-29",
        "5 March 2024 | 1,245 views; 2024-03-05",
        "5 March 2024 · 1.2k reads · 3 comments; 2024-03-05",
        "March 5, 2024 | Comments (0); 2024-03-05",
        "5 de marzo de 2024 - 1.234 visitas; 2024-03-05",
        "Publicado el 5 de marzo de 2024 | 12 comentarios; 2024-03-05",
        "5 de março de 2024 | 345 visualizações; 2024-03-05",
        "Publié le 5 mars 2024 | 4 commentaires; 2024-03-05",
        "Día Jueves, 22 de Enero de 2026; 2026-01-22",
        "Dia 5 de março de 2024; 2024-03-05",
        "FOR IMMEDIATE RELEASE: 5 March 2024; 2024-03-05",
        "FOR IMMEDIATE RELEASE – 5 March 2024; 2024-03-05",
        "04/03/2024 10h30 Atualizado há 2 horas; 2024-03-04",
        "04/03/2024 10h30 Atualizado em 04/03/2024 12h00; 2024-03-04",
        "4 mars 2024 à 10h30 Mis à jour il y a 3 heures; 2024-03-04",
        "March 4, 2024 | Updated 2 hours ago; 2024-03-04",
        "Redacción | Madrid | 3 de marzo de 2024; 2024-03-03",
        "Posted on March 2, 2024 by harbourblog; 2024-03-02",
        "Publicado el 2 de marzo de 2024 por admin_puerto; 2024-03-02",
        "EFE | Buenos Aires | 3 de marzo de 2024; 2024-03-03",
        "Lisboa | Redação | 04/03/2024 10h30; 2024-03-04",
        "Pour diffusion immédiate : 5 mars 2024; 2024-03-05",
        "5 mars 2024 - 2061 lectures; 2024-03-05",
        "5 mars 2024 - 2061 Lectures; 2024-03-05",
        "5 de marzo de 2024 | 100 Visitas; 2024-03-05",
        "6 de marzo de 2024 | 1.250 VISTAS; 2024-03-06",
        "Posted by Jane Doe on March 5, 2024; 2024-03-05",
        "By Tom Lee on 4 March 2024; 2024-03-04",
        "Written by Ana da Costa on March 4, 2024 · 3 min read; 2024-03-04",
        "March 3, 2024 by Ana Costa; 2024-03-03",
        "Publicado por Ana Costa el 1 de marzo de 2024; 2024-03-01",
        "Publié par Marie Dupont le 29 février 2024; 2024-02-29",
        "Publicado por João Silva em 1 de março de 2024; 2024-03-01",
        "3 de março de 2024 por Ana Costa; 2024-03-03",
        "10:30 AM, March 3, 2024; 2024-03-03",
        "9:15 a.m. 5 March 2024; 2024-03-05",
        "10h30, 5 de março de 2024; 2024-03-05",
        "by admin | Feb 20, 2024 | Community News, Parks | 0 comments; 2024-02-20",
        "por admin | 15 Mar, 2024 | Noticias | 0 Comentarios; 2024-03-15",
        "November 30, 2023 / Jane Whitfield / 0 Comments; 2023-11-30",
        "Posted on March 20, 2024 by Jane Whitfield in Town News; 2024-03-20",
        "Publicado el 27 de febrero de 2024 por Redacción en Noticias; 2024-02-27",
        "Le 30 avril 2024 par Marie Dupont dans Vie locale; 2024-04-30",
        "Postado em 28/03/2024 por Ascom; 2024-03-28",
        "Release Date: March 29, 2024; 2024-03-29",
        "Agência Brasil | Rio de Janeiro | 03/03/2024 18h02; 2024-03-03",
        "GENEVA, 28 November 2023; 2023-11-28",
        "Ciudad de Guatemala, 16 de noviembre de 2023; 2023-11-16",
        "Rome, le 10 octobre 2024; 2024-10-10",
        "CARACAS, Venezuela 28-11-2023; 2023-11-28",
        "NEW YORK/GENEVA, 1 December 2017; 2017-12-01",
        "São Paulo, 3 de março de 2024; 2024-03-03",
      })
  void readsTheDateOfADecoratedLine(String line, LocalDate expected) {
    assertThat(date(line)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "4 March 2024 | Ministers agree on a new budget for schools",
        "Madrid | 3 de marzo de 2024", // a title and its date: no newsroom beside the place
        "Redacción | Madrid | Buenos Aires | 3 de marzo de 2024",
        "Council updated 4 March 2024",
        "Posted on March 2, 2024 by the harbour board after a long meeting",
        "4 March 2024 Updated guidance for schools",
        "4 March 2024 – The minister said the budget would grow",
        "Results of the 2024 vote at 10:30",
        "Council approves the 2024-2030 cycling plan",
        "Published 12 March 2024 and updated after a long review of the plan",
        "Posted on: 2024-03-05 | Ministers agree on a new budget",
        "5 March 2024 | 300 views of the harbour from the new tower",
        "5 March 2024 - 12 comments on the draft were received",
        "12 - 14 March 2024",
        "4 March 2024 | 5 March 2024",
        "4 March 2024 || News",
        "|",
        "Date de convocation : 9 septembre 2020",
        "por Ana Costa e outros autores do grupo publicado 16/02/2022",
        "Published 5 March 2024, a record year",
        "4 de marzo de 2024 - Por la igualdad de género",
        "4 de março de 2024 | Por um Brasil sem fome",
        "12 mars 2024 - Par amour du sport",
        "March 5, 2024 | By the Numbers",
        "By the Numbers – 5 March 2024",
        "Por qué votar · 4 de marzo de 2024",
        "In 2024 he said 3.5 million people voted",
        "Publié le 12 mars",
        "At 10:30 the council met",
        "5 March 2024 - 12 Lectures",
        "March 3, 2024 by the harbour",
        "10:30 AM, the council met on March 3, 2024",
        "Posted by the council on March 5, 2024",
        "5 March 2024 by Tom Lee and the crew",
        "Council approved by Jane Doe on March 5, 2024",
        "Par amour du port le 5 mars 2024",
        "5 de março de 2024 - 3 Visitas",
        "4 March 2024 | Ministers agree on a new budget | 3 comments",
        "4 March 2024 | Jane Whitfield", // a name beside a date, with no count or byline
        "by admin | 4 March 2024 | Ministers agree. | 3 comments",
        "Posted on March 20, 2024 by Jane Whitfield in the town hall after the vote",
        "Rally in Madrid, 3 March 2024",
        "Council Meeting 28 November 2023",
        "Geneva, Switzerland, Europe, 28 November 2023",
        "Planning Committee, 12 March 2024", // a meeting's title
        "Brussels, 5 March 2024", // a sign-off under a statement, or a title
        "Caracas, Venezuela 28-11-2023",
        "Geneva, 28 November",
        "&#71;eneva, 28 November 2023",
        "12 mars 2024, par la route du col, 3 km", // a sentence after "par"
        "12 mars 2024, par amour du sport et de la montagne",
        "March 30, 2024 @ the town hall",
        "",
      })
  void leavesOtherLinesAlone(String line) {
    assertThat(DecoratedDate.parse(line, dates)).isEmpty();
  }

  @Property
  void anyTimeAfterAnyDateKeepsTheDate(
      @ForAll("dates") LocalDate day, @ForAll("times") String time) {
    String line = day.getDayOfMonth() + " " + month(day) + " " + day.getYear() + " " + time;
    assertThat(date(line)).contains(day);
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.integers()
        .between(0, 365 * 200)
        .map(offset -> LocalDate.of(1900, 1, 1).plusDays(offset));
  }

  @Provide
  Arbitrary<String> times() {
    Arbitrary<Integer> hours = Arbitraries.integers().between(0, 23);
    Arbitrary<Integer> minutes = Arbitraries.integers().between(0, 59);
    Arbitrary<String> form =
        Arbitraries.of("%d:%02d", "%dh%02d", "%d.%02d", "at %d:%02d", "à %dh%02d");
    Arbitrary<String> zone = Arbitraries.of("", " ET", " GMT", " UTC+1", " (CET)");
    return net.jqwik.api.Combinators.combine(form, hours, minutes, zone)
        .as((f, h, m, z) -> String.format(java.util.Locale.ROOT, f, h, m) + z);
  }

  private static String month(LocalDate day) {
    return day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
  }
}
