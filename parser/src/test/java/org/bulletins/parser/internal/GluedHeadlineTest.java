package org.bulletins.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GluedHeadlineTest {

  @Test
  void aHeadlineInCapitalsIsCutWhereItsSentenceStarts() {
    String line = "MADRID. LA ALCALDESA PIDE MAS AUTOBUSESLa alcaldesa lo pidió hoy al consorcio.";
    assertThat(line.substring(GluedHeadline.cut(line))).startsWith("La alcaldesa");
    String quoted = "EL PLAN PARA LOS MERCADOS \"DE BARRIO\"El pleno lo aprobó hoy por la tarde.";
    assertThat(quoted.substring(0, GluedHeadline.cut(quoted)))
        .isEqualTo("EL PLAN PARA LOS MERCADOS \"DE BARRIO\"");
    String digits =
        "13-J. CORREOS REPARTE 200 MILLONES DE ENVIOSCorreos lo anunció ayer en Madrid.";
    assertThat(digits.substring(GluedHeadline.cut(digits))).startsWith("Correos lo");
  }

  @Test
  void linesThatOnlyLookGluedAreNotCut() {
    // a space before the sentence, a lone capital, a dateline's agency, too few words, a title
    assertThat(GluedHeadline.cut("PORT STRIKE CALLED OFF The dockers accepted on Sunday."))
        .isNegative();
    assertThat(GluedHeadline.cut("THE NEW iPhone goes on sale in Lisbon on Friday.")).isNegative();
    assertThat(GluedHeadline.cut("NEW YORK CITY BUREAU (AP)The ministers met on Monday."))
        .isNegative();
    assertThat(GluedHeadline.cut("PORT STRIKE ENDSDockers accepted it.")).isNegative();
    assertThat(GluedHeadline.cut("MIS À JOUR LE JOURMarch hasta el fin")).isNegative();
    assertThat(GluedHeadline.cut("PCs ARE SELLING WELL THIS YEAR, the shops said.")).isNegative();
    assertThat(GluedHeadline.cut("all in lower case")).isNegative();
    // found by the review: plural acronyms, units, a wire's mark, an apostrophe before a name
    assertThat(GluedHeadline.cut("BREAKING NEWS: UK MPs back the smoking ban on Tuesday."))
        .isNegative();
    assertThat(GluedHeadline.cut("LOS ANGELES, CA /PRNewswire/ -- Acme Corp said today."))
        .isNegative();
    assertThat(GluedHeadline.cut("UNION GENERAL SECRETARY SEAN O’Brien said on Monday."))
        .isNegative();
    assertThat(GluedHeadline.cut("NUEVO PARQUE EÓLICO DE 50MWh en Navarra, según la empresa."))
        .isNegative();
    assertThat(GluedHeadline.cut("EL GOBIERNO Y LAS ONGs PIDEN UNA TREGUA, dijo ayer."))
        .isNegative();
  }

  @Test
  void aHeadlineInSentenceCaseIsCutWhereItsTeaserOpens() {
    String spanish =
        "El Gobierno aprueba un abono para jóvenesEl Consejo de Ministros lo aprobó este martes";
    assertThat(spanish.substring(GluedHeadline.cut(spanish))).startsWith("El Consejo");
    String kicker =
        "TransporteEl Gobierno aprueba un abono para jóvenesEl Consejo de Ministros lo aprobó hoy"
            + " tras meses de negociación";
    assertThat(kicker.substring(0, GluedHeadline.cut(kicker)))
        .isEqualTo("TransporteEl Gobierno aprueba un abono para jóvenes");
    String quoted =
        "Les élus votent le « plan vélo »La mairie ouvrira douze pistes cyclables d'ici juin.";
    assertThat(quoted.substring(GluedHeadline.cut(quoted))).startsWith("La mairie");
    String portuguese =
        "Câmara aprova passe livre para estudantesO passe vale nos ônibus em dias de prova.";
    assertThat(portuguese.substring(GluedHeadline.cut(portuguese))).startsWith("O passe");
  }

  @Test
  void sentenceCaseLinesThatOnlyLookGluedAreNotCut() {
    // brand names, a headline of two words, a teaser with no article, a short teaser, a sentence,
    // a teaser with no period no longer than its headline
    assertThat(
            GluedHeadline.cut(
                "Meta adds group tools to WhatsApp The update reaches every user soon."))
        .isNegative();
    assertThat(
            GluedHeadline.cut("Sony cuts the price of the PlayStation in every shop this month."))
        .isNegative();
    assertThat(GluedHeadline.cut("Busy weekendThe town hosts a fair, a race and a concert."))
        .isNegative();
    assertThat(GluedHeadline.cut("Council approves the budgetMembers voted after a long debate."))
        .isNegative();
    assertThat(GluedHeadline.cut("Council approves the budgetThe vote was close.")).isNegative();
    assertThat(
            GluedHeadline.cut(
                "The council voted on Tuesday. It approved the planThe mayor was pleased with it."))
        .isNegative();
    assertThat(
            GluedHeadline.cut(
                "TransporteEl Gobierno aprueba un abono para jóvenesEl Consejo lo aprobó hoy"))
        .isNegative();
  }

  @Test
  void captionsStampsAndLabelsGluedToTextAreNoHeadlines() {
    assertThat(
            GluedHeadline.cut(
                "Foto: Ana Costa/Agencia MunicipalLa concejalía inició hoy las obras"))
        .isNegative();
    assertThat(
            GluedHeadline.cut(
                "Tiempo de lectura: 3 minEl Consejo aprobó ayer el nuevo plan de obras"))
        .isNegative();
    assertThat(
            GluedHeadline.cut(
                "Madrid, 3 de marzoLa confederación convocó una huelga para el lunes"))
        .isNegative();
    assertThat(
            GluedHeadline.cut("Updated 2 hours agoThe council voted on Tuesday to close the road"))
        .isNegative();
    assertThat(GluedHeadline.cut("Share on FacebookThe city opens a new library in the old market"))
        .isNegative();
  }

  @Test
  void aHeadlineInSentenceCaseIsCutOnlyWhenAsked() {
    String line =
        "El Gobierno aprueba un abono para jóvenesEl Consejo de Ministros lo aprobó este martes";
    assertThat(GluedHeadline.cut(line, true)).isPositive();
    assertThat(GluedHeadline.cut(line, false)).isNegative();
    String capitals =
        "MADRID. LA ALCALDESA PIDE MAS AUTOBUSESLa alcaldesa lo pidió hoy al consorcio.";
    assertThat(GluedHeadline.cut(capitals, false)).isPositive();
  }
}
