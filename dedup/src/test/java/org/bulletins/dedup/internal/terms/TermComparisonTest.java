package org.bulletins.dedup.internal.terms;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bulletins.model.NewsItem;
import org.bulletins.model.SourceSpan;
import org.junit.jupiter.api.Test;

/**
 * {@link TermComparison} compares the occurrences' contexts as fields (hashes first), not as the
 * {@link TermOccurrence#contextKey} strings it once built per occurrence and pair: the verdicts
 * must be those of the keys.
 */
class TermComparisonTest {

  private static final TermExtractor EXTRACTOR = TermExtractor.create();

  @Test
  void termsInOneContextContradictEachOther() {
    assertThat(
            conflicts(
                "Other news", "Workers from Honduras arrived today.",
                "More news", "Workers from Guatemala arrived today."))
        .containsExactly("Honduras vs Guatemala");
  }

  @Test
  void aTitleAndABodyAreNotOneContext() {
    // The same words around both countries, but one stands in a title and the other in a body.
    assertThat(
            conflicts(
                "Workers from Honduras arrived today", "Nothing else.",
                "Other news", "Workers from Guatemala arrived today."))
        .isEmpty();
  }

  @Test
  void anotherWordBeforeOrAfterIsAnotherContext() {
    assertThat(
            conflicts(
                "News", "Workers from Honduras arrived today.",
                "News", "Workers in Guatemala arrived today."))
        .isEmpty();
    assertThat(
            conflicts(
                "News", "Workers from Honduras arrived today.",
                "News", "Workers from Guatemala left today."))
        .isEmpty();
  }

  /** The conflicts between two one-paragraph items' terms. */
  private static List<String> conflicts(
      String title, String body, String otherTitle, String otherBody) {
    return TermComparison.of(
            EXTRACTOR.extract(item(title, body)), EXTRACTOR.extract(item(otherTitle, otherBody)))
        .conflicts();
  }

  @Property(tries = 400)
  void fieldsGiveTheKeysVerdicts(@ForAll("items") NewsItem one, @ForAll("items") NewsItem other) {
    DistinctiveTerms a = EXTRACTOR.extract(one);
    DistinctiveTerms b = EXTRACTOR.extract(other);
    assertThat(TermComparison.of(a, b)).isEqualTo(byContextKeys(a, b));
    assertThat(TermComparison.of(b, a)).isEqualTo(byContextKeys(b, a));
    for (TermOccurrence x : a.occurrences()) {
      for (TermOccurrence y : b.occurrences()) {
        boolean sameKey = x.contextKey().equals(y.contextKey());
        assertThat(TermComparison.sameContext(x, y)).isEqualTo(sameKey);
        if (sameKey) {
          assertThat(TermComparison.contextHash(x)).isEqualTo(TermComparison.contextHash(y));
        }
      }
    }
  }

  @Provide
  Arbitrary<NewsItem> items() {
    Arbitrary<String> word =
        Arbitraries.of(
            "from",
            "than",
            "in",
            "the",
            "more",
            "officials",
            "workers",
            "arrived",
            "met",
            "260",
            "180",
            "35",
            "Honduras",
            "Guatemala",
            "Belize",
            "Puerto Cortés",
            "San José",
            "General Directorate of San Miguel",
            "Directorate San",
            "IOM",
            "IGM",
            "the Guatemalan Migration Institute (IGM)",
            "fifth",
            "V",
            "2021",
            "_",
            "a_b");
    Arbitrary<String> sentence =
        word.list().ofMinSize(2).ofMaxSize(14).map(w -> capitalised(String.join(" ", w)) + ".");
    return Arbitraries.oneOf(sentence, Arbitraries.just("News"))
        .flatMap(
            title ->
                sentence
                    .list()
                    .ofMinSize(1)
                    .ofMaxSize(3)
                    .map(paragraphs -> item(title, paragraphs)));
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** The comparison as it was before this class compared fields: by context keys in a map. */
  private static TermComparison byContextKeys(DistinctiveTerms a, DistinctiveTerms b) {
    Set<String> shared = new TreeSet<>();
    int count = 0;
    for (Term term : a.terms()) {
      if (TermComparison.mentions(b, term, a)) {
        shared.add(term.text());
        if (term.kind() != Term.Kind.ORDINAL) {
          count++;
        }
      }
    }
    Set<String> conflicts = new TreeSet<>();
    Map<String, List<TermOccurrence>> byContext = new HashMap<>();
    for (TermOccurrence o : b.occurrences()) {
      byContext.computeIfAbsent(o.contextKey(), k -> new ArrayList<>()).add(o);
    }
    for (TermOccurrence o : a.occurrences()) {
      for (TermOccurrence other : byContext.getOrDefault(o.contextKey(), List.of())) {
        Term x = o.term();
        Term y = other.term();
        boolean inTitles = o.inTitle() && other.inTitle();
        if (x.kind().comparableWith(y.kind())
            && !(x.kind() == y.kind() && x.key().equals(y.key()))
            && !TermComparison.sameNamePartly(x, y)
            && !(inTitles
                ? TermComparison.mentions(TermComparison.titleTerms(b), x, a)
                : TermComparison.mentions(b, x, a))
            && !(inTitles
                ? TermComparison.mentions(TermComparison.titleTerms(a), y, b)
                : TermComparison.mentions(a, y, b))) {
          conflicts.add(x.text() + " vs " + y.text());
        }
      }
    }
    // Which numbers one side alone states is UnsharedNumbers' work (its own test), not a context's.
    List<List<String>> unshared = UnsharedNumbers.of(a, b);
    List<String> numbersA = unshared.get(0);
    List<String> numbersB = unshared.get(1);
    if (!numbersA.isEmpty() && !numbersB.isEmpty() && conflicts.isEmpty()) {
      conflicts.add(String.join(", ", numbersA) + " vs " + String.join(", ", numbersB));
    }
    List<String> countriesA = TermComparison.titleCountriesMissingIn(a, b);
    List<String> countriesB = TermComparison.titleCountriesMissingIn(b, a);
    if (!countriesA.isEmpty() && !countriesB.isEmpty()) {
      conflicts.add(String.join(", ", countriesA) + " vs " + String.join(", ", countriesB));
    }
    return new TermComparison(ImmutableList.copyOf(shared), count, ImmutableList.copyOf(conflicts));
  }

  private static NewsItem item(String title, String body) {
    return item(title, List.of(body));
  }

  private static NewsItem item(String title, List<String> paragraphs) {
    return new NewsItem(Optional.empty(), title, paragraphs, new SourceSpan("test", 1, 1, 3));
  }
}
