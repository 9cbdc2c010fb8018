package org.bulletins.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators of valid model values, shared by the property tests. */
final class ModelArbitraries {

  private ModelArbitraries() {}

  static Arbitrary<String> text() {
    Arbitrary<String> anything = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(60);
    Arbitrary<String> typographic =
        Arbitraries.strings()
            .withChars("aZé “”‘’–—…\u00A0\t&;#IOM2021")
            .ofMinLength(1)
            .ofMaxLength(40);
    return Arbitraries.oneOf(anything, typographic).filter(s -> !s.isBlank());
  }

  static Arbitrary<Optional<LocalDate>> dates() {
    return Arbitraries.longs()
        .between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay)
        .optional(0.8);
  }

  static Arbitrary<SourceSpan> spans() {
    Arbitrary<Integer> line = Arbitraries.integers().between(1, 100_000);
    Arbitrary<Integer> step = Arbitraries.integers().between(0, 50);
    return Combinators.combine(text(), line, step, step)
        .as(
            (source, first, toTitle, toLast) ->
                new SourceSpan(source, first, first + toTitle, first + toTitle + toLast));
  }

  static Arbitrary<NewsItem> items() {
    return Combinators.combine(dates(), text(), text().list().ofMaxSize(5), spans())
        .as(NewsItem::new);
  }

  static Arbitrary<Diagnostic> diagnostics() {
    Arbitrary<DiagnosticCode> code = Arbitraries.of(DiagnosticCode.class);
    Arbitrary<Integer> position = Arbitraries.integers().between(1, 1_000_000);
    return Combinators.combine(
            Arbitraries.of(Severity.class), code, text(), text(), position, position)
        .as(Diagnostic::new);
  }

  static Arbitrary<ParsedDocument> documents() {
    return Combinators.combine(
            text(), items().list().ofMaxSize(4), diagnostics().list().ofMaxSize(4))
        .as(ParsedDocument::new);
  }

  static Arbitrary<MatchEvidence> evidence() {
    Arbitrary<Double> unit = Arbitraries.doubles().between(0.0, 1.0);
    Arbitrary<Optional<Integer>> days = Arbitraries.integers().between(0, 4000).optional(0.7);
    Arbitrary<List<String>> terms = text().list().ofMaxSize(4);
    Arbitrary<Map<String, Double>> scores =
        Arbitraries.maps(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
                Arbitraries.doubles().between(-1e6, 1e6))
            .ofMaxSize(3);
    return Combinators.combine(
            unit, unit, unit, days, terms, terms, Arbitraries.of(MatchRule.class), unit)
        .flatAs(
            (t, b, c, d, shared, conflicting, rule, strength) ->
                scores.map(
                    s ->
                        new MatchEvidence(
                            t, b, c, d, shared, conflicting, rule.sameStory(), rule, s, strength)));
  }

  static Arbitrary<MergedStory> stories() {
    return items()
        .list()
        .ofMinSize(1)
        .ofMaxSize(4)
        .flatMap(
            members -> {
              int n = members.size();
              Arbitrary<Integer> index = Arbitraries.integers().between(0, n - 1);
              Arbitrary<ClusterKind> kind =
                  n == 1
                      ? Arbitraries.just(ClusterKind.SINGLETON)
                      : Arbitraries.of(
                          ClusterKind.EXACT, ClusterKind.NEAR_DUPLICATE, ClusterKind.REWRITE);
              Arbitrary<List<MatchLink>> links =
                  n == 1
                      ? Arbitraries.just(List.of())
                      : Combinators.combine(Arbitraries.integers().between(0, n - 2), evidence())
                          .as((left, e) -> new MatchLink(left, n - 1, e))
                          .list()
                          .ofMaxSize(3);
              List<String> titles = members.stream().map(NewsItem::title).distinct().toList();
              return Combinators.combine(kind, index, index, index, links)
                  .as(
                      (k, date, title, body, l) ->
                          new MergedStory(
                              k,
                              members.get(title),
                              members,
                              Map.of(
                                  ItemField.DATE,
                                  date,
                                  ItemField.TITLE,
                                  title,
                                  ItemField.BODY,
                                  body),
                              titles,
                              l));
            });
  }
}
