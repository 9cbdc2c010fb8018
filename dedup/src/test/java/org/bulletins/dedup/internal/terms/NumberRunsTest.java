package org.bulletins.dedup.internal.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers written over several words are one number term, keyed as one value. */
class NumberRunsTest {

  private static final TermExtractor EXTRACTOR = TermExtractor.create();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Ayudaron a 1 250 familias del departamento. | 1250",
        "Ayudaron a 1\u00A0250 familias del departamento. | 1250",
        "Elles ont fui, soit 2\u202F750\u00A0000 personnes. | 2750000",
        "La sequía afecta a 410 mil personas en el norte. | 410000",
        "O fundo recebeu 1,5 mil pedidos em março. | 1500",
        "El plan cuesta 2,5 millones de dólares este año. | 2500000",
        "The plan received $5.1 million in combined funding. | 5100000",
        "The county raised two million dollars for the repairs. | 2000000",
        "O programa soma 3 mil milhões de euros. | 3000000000",
        "Le projet coûte 6,4 millions de dollars. | 6400000",
      })
  void oneNumberOverSeveralWords(String text, String key) {
    assertThat(numberKeys(text)).containsExactly(key);
  }

  @Test
  void aRunKeepsItsContextAroundTheWholeNumber() {
    TermOccurrence o = EXTRACTOR.extract("Ayudaron a 1 250 familias.").occurrences().get(0);
    assertThat(o.term().text()).isEqualTo("1 250");
    assertThat(o.before()).isEqualTo("a");
    assertThat(o.after()).isEqualTo("familias");
  }

  @Test
  void numbersThatAreNotOneStayApart() {
    // A year is no group of thousands; a comma or two spaces part two numbers; a group needs three
    // digits; a scale word after a comma belongs to nothing.
    assertThat(numberKeys("In 2023 300 people moved.")).containsExactly("2023", "300");
    assertThat(numberKeys("Rooms 12, 345 and 6 were closed.")).containsExactly("12", "345", "6");
    assertThat(numberKeys("Rooms 12  345 were closed.")).containsExactly("12", "345");
    assertThat(numberKeys("Teams 4 25 and 7 played.")).containsExactly("4", "25", "7");
    assertThat(numberKeys("They counted 12, million more said.")).containsExactly("12");
  }

  @Test
  void aRewriteWritingTheNumberAnotherWayStatesTheSameNumber() {
    // 410 mil and 410.000 were 410 and 410000: a conflict between a release and its rewrite.
    DistinctiveTerms release = EXTRACTOR.extract("La sequía afecta a 410.000 personas.");
    DistinctiveTerms rewrite = EXTRACTOR.extract("Son 410 mil las personas afectadas.");
    assertThat(TermComparison.of(release, rewrite).shared()).containsExactly("410.000");
  }

  @Test
  void aLongRunOfGroupsIsCutIntoNumbersOfAtMostSixGroups() {
    // 20,000 groups of "000" were one key of 60,000 digits, whose comparison cost seconds.
    String run = "1" + " 000".repeat(20_000) + " million";
    List<String> keys = numberKeys(run);
    assertThat(keys).allSatisfy(key -> assertThat(key.length()).isLessThanOrEqualTo(18));
    assertThat(keys.get(0)).isEqualTo("1000000000000000");
    DistinctiveTerms terms = EXTRACTOR.extract(run);
    assertThat(TermComparison.of(terms, EXTRACTOR.extract("1 000 000 people")).conflicts())
        .isNotNull();
  }

  private static List<String> numberKeys(String text) {
    return EXTRACTOR.extract(text).ofKind(Term.Kind.NUMBER).stream().map(Term::key).toList();
  }
}
