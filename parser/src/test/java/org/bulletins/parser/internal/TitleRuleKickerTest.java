package org.bulletins.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A kicker and a period before a headline, as French news sites tag it, and sentences like it. */
class TitleRuleKickerTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ENQUÊTE. Comment la mairie a choisi ses bus",
        "Rouen. Une fresque géante pour le mur du gymnase",
        "Le Havre. Les quais rouvrent au public",
        "Municipales 2026. La médiathèque ouvre un espace pour les tout-petits",
        "Saint-Lô. Collecte des encombrants : nouveau calendrier",
      })
  void aKickerBeforeItsPeriodLeavesATitle(String line) {
    assertThat(TitleRule.shape(line)).isEqualTo(TitleRule.Shape.TITLE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Le conseil a voté. Le budget sera publié lundi", // a sentence, not a name
        "Rouen. Une fresque pour le gymnase.", // a period at the end: two sentences
        "Rouen. Une fresque. Un gymnase", // two breaks
        "Rouen gagne le derby de Normandie. Le Havre repart bredouille", // too long a kicker
        "Rouen. UNE FRESQUE POUR LE GYMNASE", // capitals after it
      })
  void aSentenceBeforeThePeriodIsNoKicker(String line) {
    assertThat(TitleRule.shape(line)).isNotEqualTo(TitleRule.Shape.TITLE);
  }
}
