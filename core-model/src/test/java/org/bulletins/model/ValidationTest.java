package org.bulletins.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The compact constructors reject invalid values with messages that name the field. */
class ValidationTest {

  private static final SourceSpan SPAN = new SourceSpan("page.txt", 1, 3, 5);
  private static final NewsItem ITEM =
      new NewsItem(Optional.of(LocalDate.of(2021, 6, 9)), "Title", List.of("Body."), SPAN);

  @Test
  void spanLinesMustBeOrdered() {
    assertThatThrownBy(() -> new SourceSpan("p", 0, 1, 1))
        .hasMessage("firstLine must be >= 1, was 0");
    assertThatThrownBy(() -> new SourceSpan("p", 3, 2, 4))
        .hasMessage("titleLine (2) must be >= firstLine (3)");
    assertThatThrownBy(() -> new SourceSpan("p", 1, 2, 1))
        .hasMessage("lastLine (1) must be >= titleLine (2)");
    assertThat(SPAN.contains(1)).isTrue();
    assertThat(SPAN.contains(5)).isTrue();
    assertThat(SPAN.contains(6)).isFalse();
    assertThat(SPAN).hasToString("page.txt:1-5");
  }

  @Test
  void itemRejectsBlankTitleAndNullsAndCopiesParagraphs() {
    assertThatThrownBy(() -> new NewsItem(Optional.empty(), " \t", List.of(), SPAN))
        .hasMessage("title must not be blank");
    assertThatThrownBy(() -> new NewsItem(Optional.empty(), "T", List.of(" "), SPAN))
        .hasMessage("paragraphs must not be blank");
    assertThatThrownBy(() -> new NewsItem(Optional.empty(), "T", Arrays.asList("a", null), SPAN))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new NewsItem(null, "T", List.of(), SPAN)).hasMessageContaining("date");

    List<String> paragraphs = new ArrayList<>(List.of("one"));
    NewsItem item = new NewsItem(Optional.empty(), "T", paragraphs, SPAN);
    paragraphs.add("two");
    assertThat(item.paragraphs()).containsExactly("one");
    assertThatThrownBy(() -> item.paragraphs().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void itemIsComparedByValueAndPrintsReadably() {
    NewsItem same =
        new NewsItem(Optional.of(LocalDate.of(2021, 6, 9)), "Title", List.of("Body."), SPAN);
    assertThat(same).isEqualTo(ITEM).hasSameHashCodeAs(ITEM);
    assertThat(ITEM).hasToString("2021-06-09 \"Title\" (1 paragraph) at page.txt:1-5");
    assertThat(ITEM.withSpan(new SourceSpan("other.txt", 9, 9, 9)).computeId())
        .isEqualTo(ITEM.computeId());
    assertThat(new NewsItem(Optional.empty(), "T", List.of("a", "b"), SPAN).body())
        .isEqualTo("a\n\nb");
  }

  @Test
  void diagnosticPrintsLikeACompilerAndChecksItsCode() {
    Diagnostic d =
        new Diagnostic(
            Severity.ERROR,
            DiagnosticCode.DATE_IMPOSSIBLE,
            "31 June 2021 is not a date",
            "p.txt",
            12,
            1);
    assertThat(d).hasToString("p.txt:12:1: error: date.impossible: 31 June 2021 is not a date");
    assertThat(d.isError()).isTrue();
    assertThatThrownBy(() -> DiagnosticCode.fromId("Bad Code"))
        .hasMessage("unknown diagnostic code: Bad Code");
    assertThatThrownBy(() -> new Diagnostic(Severity.INFO, null, "m", "s", 1, 1))
        .hasMessage("code");
    assertThatThrownBy(
            () -> new Diagnostic(Severity.INFO, DiagnosticCode.ITEM_NO_BODY, "m", "s", 1, 0))
        .hasMessage("column must be >= 1, was 0");
  }

  @Test
  void documentKnowsItsErrors() {
    Diagnostic warning =
        new Diagnostic(Severity.WARNING, DiagnosticCode.DATE_AMBIGUOUS, "m", "p", 1, 1);
    Diagnostic error =
        new Diagnostic(Severity.ERROR, DiagnosticCode.DATE_IMPOSSIBLE, "m", "p", 2, 1);
    assertThat(new ParsedDocument("p", List.of(ITEM), List.of(warning)).hasErrors()).isFalse();
    ParsedDocument doc = new ParsedDocument("p", List.of(ITEM), List.of(warning, error));
    assertThat(doc.hasErrors()).isTrue();
    assertThat(doc).hasToString("p: 1 items, 2 diagnostics");
  }

  @Test
  void evidenceScoresStayInRange() {
    assertThatThrownBy(
            () ->
                new MatchEvidence(
                    1.5,
                    0,
                    0,
                    Optional.empty(),
                    List.of(),
                    List.of(),
                    false,
                    "dissimilar",
                    Map.of()))
        .hasMessage("titleSimilarity must lie in [0, 1], was 1.5");
    assertThatThrownBy(
            () ->
                new MatchEvidence(
                    0, 0, 0, Optional.of(-1), List.of(), List.of(), false, "dissimilar", Map.of()))
        .hasMessage("dateDistanceDays must be >= 0, was -1");
    assertThatThrownBy(
            () ->
                new MatchEvidence(
                    0,
                    0,
                    0,
                    Optional.empty(),
                    List.of(),
                    List.of(),
                    false,
                    "dissimilar",
                    Map.of("x", Double.NaN)))
        .hasMessage("score x must be finite, was NaN");
    assertThatThrownBy(() -> new MatchLink(1, 1, evidence()))
        .hasMessage("right (1) must be > left (1)");
    assertThatThrownBy(
            () ->
                new MatchEvidence(
                    0,
                    0,
                    0,
                    Optional.empty(),
                    List.of(),
                    List.of(),
                    true,
                    MatchRule.TERM_CONFLICT,
                    Map.of(),
                    0.5))
        .hasMessage("rule term-conflict means sameStory=false, but sameStory was true");
    assertThatThrownBy(
            () ->
                new MatchEvidence(
                    0,
                    0,
                    0,
                    Optional.empty(),
                    List.of(),
                    List.of(),
                    true,
                    MatchRule.REWRITE,
                    Map.of(),
                    1.5))
        .hasMessage("strength must lie in [0, 1], was 1.5");
    assertThatThrownBy(
            () ->
                new MatchEvidence(
                    0,
                    0,
                    0,
                    Optional.empty(),
                    List.of(),
                    List.of(),
                    false,
                    "identical-content",
                    Map.of()))
        .hasMessageStartingWith("unknown match rule \"identical-content\"");
    // The old form reads the strength out of the scores.
    assertThat(
            new MatchEvidence(
                    0,
                    0,
                    0,
                    Optional.empty(),
                    List.of(),
                    List.of(),
                    true,
                    "rewrite",
                    Map.of("strength", 0.25))
                .strength())
        .isEqualTo(0.25);
  }

  @Test
  void storyChecksItsMembersAndProvenance() {
    Map<ItemField, Integer> fromFirst =
        Map.of(ItemField.DATE, 0, ItemField.TITLE, 0, ItemField.BODY, 0);
    assertThatThrownBy(() -> withCopy(ClusterKind.SINGLETON, fromFirst, List.of("Title")))
        .hasMessage("kind SINGLETON does not fit 2 members");
    assertThatThrownBy(
            () ->
                withCopy(
                    ClusterKind.EXACT,
                    Map.of(ItemField.DATE, 0, ItemField.TITLE, 2, ItemField.BODY, 0),
                    List.of("Title")))
        .hasMessage("no member 2");
    assertThatThrownBy(
            () ->
                withCopy(
                    ClusterKind.EXACT,
                    Map.of(ItemField.DATE, 0, ItemField.TITLE, 0),
                    List.of("Title")))
        .hasMessageStartingWith("fieldSources must name a member for every field");
    assertThatThrownBy(() -> withCopy(ClusterKind.EXACT, fromFirst, List.of("Title", "Title")))
        .hasMessage("titleVariants must be distinct");

    MergedStory story =
        new MergedStory(
            ClusterKind.EXACT,
            ITEM,
            List.of(ITEM, COPY),
            Map.of(ItemField.DATE, 0, ItemField.TITLE, 1, ItemField.BODY, 0),
            List.of("Title"),
            List.of(new MatchLink(0, 1, evidence())));
    assertThat(story.sourceOf(ItemField.TITLE).span().source()).isEqualTo("other.txt");
    assertThat(story.computeId()).isEqualTo(ITEM.computeId());
    assertThat(MergedStory.singleton(ITEM).kind()).isEqualTo(ClusterKind.SINGLETON);
    assertThat(MergedStory.singleton(ITEM).titleVariants()).containsExactly("Title");
  }

  @Test
  void everyFieldsMemberIsChecked() {
    // The constructor names the fields one by one: a field added to ItemField and not named there
    // would go unchecked, and this fails.
    for (ItemField field : ItemField.values()) {
      for (int bad : new int[] {-1, 2}) {
        Map<ItemField, Integer> sources = new java.util.EnumMap<>(ItemField.class);
        for (ItemField f : ItemField.values()) {
          sources.put(f, f == field ? bad : 1);
        }
        assertThatThrownBy(() -> withCopy(ClusterKind.EXACT, sources, List.of("Title")))
            .as("%s at %s", field, bad)
            .hasMessage("no member " + bad);
      }
    }
  }

  @Test
  void evidenceSortsItsTermsAndDropsRepeatsWhetherTheyComeSortedOrNot() {
    // Terms that come sorted skip the sorted set: repeats must still go, the copy be immutable.
    List<String> sortedWithRepeats = new ArrayList<>(List.of("IOM", "IOM", "UN"));
    MatchEvidence sorted = withTerms(sortedWithRepeats, List.of("1 vs 2", "3 vs 4"));
    assertThat(sorted.sharedTerms()).containsExactly("IOM", "UN");
    assertThat(sorted.conflictingTerms()).containsExactly("1 vs 2", "3 vs 4");
    sortedWithRepeats.set(0, "AAA");
    assertThat(sorted.sharedTerms()).containsExactly("IOM", "UN");
    assertThatThrownBy(() -> sorted.sharedTerms().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    MatchEvidence unsorted = withTerms(List.of("UN", "IOM", "UN"), List.of("3 vs 4", "1 vs 2"));
    assertThat(unsorted.sharedTerms()).containsExactly("IOM", "UN");
    assertThat(unsorted.conflictingTerms()).containsExactly("1 vs 2", "3 vs 4");
    assertThat(unsorted).isEqualTo(sorted);
    assertThat(withTerms(List.of("UN", "UN"), List.of()).sharedTerms()).containsExactly("UN");
    assertThatThrownBy(() -> withTerms(Arrays.asList("IOM", null), List.of()))
        .isInstanceOf(NullPointerException.class);
  }

  private static MatchEvidence withTerms(List<String> shared, List<String> conflicting) {
    return new MatchEvidence(
        0, 0, 0, Optional.empty(), shared, conflicting, false, "dissimilar", Map.of());
  }

  private static MatchEvidence evidence() {
    return new MatchEvidence(
        1, 1, 1, Optional.of(0), List.of("IOM"), List.of(), true, "exact-copy", Map.of());
  }

  @Test
  void documentCountsCoverAtLeastTheDiagnosticsKept() {
    Diagnostic error =
        new Diagnostic(Severity.ERROR, DiagnosticCode.DATE_IMPOSSIBLE, "m", "s", 1, 1);
    assertThat(new ParsedDocument("s", List.of(), List.of(error)).counts())
        .isEqualTo(new DiagnosticCounts(1, 0, 0));
    assertThat(
            new ParsedDocument(
                    "s", List.of(), List.of(), new DiagnosticCounts(1, 0, 0), PageLayout.UNKNOWN)
                .hasErrors())
        .isTrue();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                new ParsedDocument(
                    "s", List.of(), List.of(error), DiagnosticCounts.NONE, PageLayout.UNKNOWN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fewer than the diagnostics kept");
  }

  /** ITEM's copy from another file: the second member of the stories checked here. */
  private static final NewsItem COPY = ITEM.withSpan(new SourceSpan("other.txt", 4, 6, 8));

  /** A story of ITEM and {@link #COPY}, without links. */
  private static MergedStory withCopy(
      ClusterKind kind, Map<ItemField, Integer> fieldSources, List<String> titleVariants) {
    return new MergedStory(kind, ITEM, List.of(ITEM, COPY), fieldSources, titleVariants, List.of());
  }
}
