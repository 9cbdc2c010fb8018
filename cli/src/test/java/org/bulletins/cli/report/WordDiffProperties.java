package org.bulletins.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.bulletins.cli.report.ReportData.Segment;

/** The word diff loses nothing: each side can be rebuilt from it, whatever the two texts. */
class WordDiffProperties {

  @Property
  void bothTextsCanBeRebuiltFromTheDiff(
      @ForAll("texts") String left, @ForAll("texts") String right) {
    List<Segment> diff = WordDiff.diff(left, right);
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    for (Segment segment : diff) {
      if (!segment.op().equals(WordDiff.ADDED)) {
        a.append(segment.text());
      }
      if (!segment.op().equals(WordDiff.REMOVED)) {
        b.append(segment.text());
      }
    }
    assertThat(a.toString()).isEqualTo(left);
    assertThat(b.toString()).isEqualTo(right);
  }

  @Property
  void segmentsAreNeverEmptyAndNeighboursDiffer(
      @ForAll("texts") String left, @ForAll("texts") String right) {
    List<Segment> diff = WordDiff.diff(left, right);
    assertThat(diff).allSatisfy(s -> assertThat(s.text()).isNotEmpty());
    for (int i = 1; i < diff.size(); i++) {
      assertThat(diff.get(i).op()).isNotEqualTo(diff.get(i - 1).op());
    }
  }

  @Property
  void aTextAgainstItselfIsOneEqualRun(@ForAll("texts") String text) {
    List<Segment> diff = WordDiff.diff(text, text);
    assertThat(diff)
        .containsExactlyElementsOf(
            text.isEmpty() ? List.of() : List.of(new Segment(WordDiff.SAME, text)));
  }

  /** Texts of a few words from a small vocabulary, so that the two sides share words often. */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> word =
        Arbitraries.of("the", "IOM", "town", "opens", "a", "new", "room", "é", "2021");
    Arbitrary<String> space = Arbitraries.of(" ", "  ", "\n", " \t");
    return Arbitraries.lazy(
        () ->
            Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just("")),
                Tuple.of(
                    6,
                    Combinators.combine(word.list().ofMaxSize(12), space)
                        .as((words, sep) -> String.join(sep, words)))));
  }

  @Example
  void aReplacementAcrossASpaceIsOneChange() {
    assertThat(WordDiff.diff("Volunteers will staff it", "Local volunteers will run it"))
        .containsExactly(
            new Segment("-", "Volunteers"),
            new Segment("+", "Local volunteers"),
            new Segment("=", " will "),
            new Segment("-", "staff"),
            new Segment("+", "run"),
            new Segment("=", " it"));
  }

  @Example
  void veryLongTextsAreShownAsReplacedWhole() {
    String left = "word ".repeat(WordDiff.MAX_TOKENS);
    String right = left + "more";
    assertThat(WordDiff.diff(left, right))
        .containsExactly(new Segment("-", left), new Segment("+", right));
  }
}
