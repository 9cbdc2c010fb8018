package org.bulletins.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** News agencies' sign-offs, which are labels, and lines that only open like them. */
class SignOffTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Reporting by Jane Mills; Editing by Tom Brown",
        "Reporting by Jane Mills in London and Ana Ruiz in Madrid; Editing by Tom Brown",
        "(Reporting by Jane Mills; additional reporting by Ana Ruiz; writing by Li Wei; editing by"
            + " Tom Brown)",
        "Additional reporting by O'Brien; Editing by Jean-Marc van der Berg.",
        "Compiled by Ana Ruiz",
        "--With assistance from Jane Mills.",
        "(Reporte de Ana Ruiz; Editado en español por Luis Gil)",
        "Con información de EFE y AFP",
        "Con información de agencias",
        "(Reportagem de Ana da Costa; Edição de João Silva)",
        "Com informações da Reuters",
        "(Reportage Jean Dupont, avec Marie Martin à Paris; version française Marc Durand, édité"
            + " par Anne Martin)",
        "(Avec AFP)",
        "(Avec AFP", // a page cut off its closing bracket
        "Reporte de Ana Ruiz)",
      })
  void aSignOffIsALabel(String line) {
    assertThat(SignOff.is(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Reporting by women journalists rises",
        "Reporting by the BBC revealed the plan.",
        "Avec la hausse des prix, les ménages réduisent leurs achats.",
        "Con información de primera mano, los vecinos votaron el plan.",
        "Reporte de 2024 sobre el empleo",
        "Reporting by Jane Mills; the rest of the story follows in the next paragraph",
        "Edición de verano del festival",
        "Reporting by",
        "Harbour dredging starts in April",
      })
  void aLineThatOnlyOpensLikeOneIsNot(String line) {
    assertThat(SignOff.is(line)).isFalse();
  }
}
