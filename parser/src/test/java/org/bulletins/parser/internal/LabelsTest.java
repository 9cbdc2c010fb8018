package org.bulletins.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The lines that open and close a press release, and lines that only look like them. */
class LabelsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FOR IMMEDIATE RELEASE",
        "For Immediate Release:",
        "PARA DIFUSIÓN INMEDIATA",
        "Para publicación inmediata",
        "POUR DIFFUSION IMMÉDIATE",
        "PARA DIVULGAÇÃO IMEDIATA",
        "###",
        "# # #",
        "- ENDS -",
        "–ENDS–",
        "ENDS",
        "-30-",
        "- 30 -",
        "– FIN –",
        "FIN",
        "- FIM -",
        "ENDS ###",
        "- fin -",
        "* END *",
        "* END",
        "- ENDS",
        "### ENDS",
        "—FIN",
        "- Fim",
        "-more-",
        "- MORE -",
        "(more)",
        "— más —",
        "(suite)",
        "(continua)",
      })
  void isALabel(String line) {
    assertThat(Labels.isWordLabel(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"#", "##", "# #"})
  void oneOrTwoHashesAreALabelThatClosesNothing(String line) {
    assertThat(Labels.isWordLabel(line)).isTrue();
    assertThat(Labels.closesItem(line)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"###", "- ENDS -", "-30-", "– FIN –", "FIM"})
  void anEndMarkerClosesTheItemBeforeIt(String line) {
    assertThat(Labels.closesItem(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Media contact: Jane Doe, 555-0134",
        "Contact: press office",
        "Contacto de prensa: Ana Costa",
        "Contact presse : Marie Dupont",
        "Assessoria de Imprensa: (11) 5555-0000",
        "For more information: press@example.org",
        "Contacto: +34 600 000 000",
        "Renseignements : www.example.fr/presse",
        "Mais informações:",
        "Contact: Jane Doe, Communications Officer, IOM Regional Office",
        "Contact: Jane Doe, Press Officer.",
        "Más información: Oficina de Comunicación de la OIM en Madrid",
        "Renseignements : service de presse de la préfecture",
        "Mais informações: Assessoria de Comunicação da OIM Brasil",
        "Pour plus d’informations : presse@example.fr",
        "Contact: tel. 555-0134",
      })
  void aContactLineIsALabelThatClosesTheItemBeforeIt(String line) {
    assertThat(Labels.fieldValue(line)).isNotNull();
    assertThat(Labels.closesItem(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "---",
        "* * *",
        "30",
        "End",
        "The end",
        "Ends and means",
        "Fin de la campagne",
        "Final results",
        "#MeToo",
        "30 -",
        "- fin",
        "fin ###",
        "Contacto: la reunión del 12/03/2024 se aplaza hasta nuevo aviso.",
        "Contact: the 2023-2024 season of talks ends with a record audience.",
        "Contact: follow @IOM on social media for the latest news from the field.",
        "Contact: the new app that connects neighbours across the valley",
        "For more information, the council meets again on Tuesday.",
        "Contacto: la policía pidió a los vecinos que avisen de cualquier robo.",
        "Renseignements : le musée ouvre ses portes gratuitement tout le week-end",
        "(more on page 2)",
        "- more than a game -",
        "Contacts between the two delegations resumed in March and went on all spring",
      })
  void closesNothing(String line) {
    assertThat(Labels.closesItem(line)).isFalse();
    assertThat(Labels.isWordLabel(line) || Labels.fieldValue(line) != null).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Read more",
        "[Read more]",
        "Read More >>",
        "Read more…",
        "Continue reading →",
        "Leer más »",
        "Seguir leyendo",
        "Lire la suite ›",
        "Leia mais",
        "(Saiba mais)",
        "Share: Facebook Twitter LinkedIn",
        "Facebook | Twitter | Email",
        "Compartir en: Facebook, WhatsApp",
        "Partager sur Facebook",
        "Compartilhe: WhatsApp · Facebook",
        "Continue reading “Harbour works begin” →",
        "Lire la suite 2020",
        "Seguir leyendo: El puerto abre sus muelles",
        "Continuar lendo Obras no porto",
      })
  void aTeaserLinkOrShareRowIsALabelThatClosesTheItemBeforeIt(String line) {
    assertThat(Labels.isWordLabel(line)).isTrue();
    assertThat(Labels.closesItem(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Twitter stops free access for researchers",
        "Facebook and Twitter fined",
        "Share prices fall on Twitter news",
        "Read more books, says the minister",
        "Lire la suitesse",
        "Facebook",
      })
  void aLineThatNamesANetworkIsNoShareRow(String line) {
    assertThat(Labels.closesItem(line)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Back to top", "Print this page", "Tweet", "See all news", "Voltar ao topo"})
  void pageFurnitureIsALabel(String line) {
    assertThat(Labels.isWordLabel(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Category: Press release", "Tags: harbour, ferries", "Press release"})
  void otherLabelsDoNotCloseTheItemBeforeThem(String line) {
    assertThat(Labels.isLabel(line) || Labels.fieldValue(line) != null).isTrue();
    assertThat(Labels.closesItem(line)).isFalse();
  }
}
