package org.bulletins.dedup.internal.terms;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The distinctive terms of a text: acronyms with their expansions, numbers, capitalised names,
 * countries and ordinals, with every occurrence in context.
 *
 * <p>Build it with {@link TermExtractor}. Terms are listed once each, in order of first occurrence;
 * {@link #occurrences()} lists every occurrence in text order.
 *
 * <pre>{@code
 * DistinctiveTerms terms = TermExtractor.create()
 *     .extract("The Guatemalan Migration Institute (IGM) trained more than 260 officials.");
 * terms.expansions();           // {IGM=Guatemalan Migration Institute}
 * terms.ofKind(Term.Kind.NUMBER); // [260]
 * terms.ids();                  // [acronym:IGM, country:guatemala, number:260]
 * }</pre>
 *
 * @param terms every distinct term, in order of first occurrence
 * @param occurrences every occurrence, in text order
 * @param expansions each acronym's expansion as written, sorted by acronym
 */
public record DistinctiveTerms(
    List<Term> terms, List<TermOccurrence> occurrences, Map<String, String> expansions) {

  /**
   * Makes the collections immutable.
   *
   * @param terms every distinct term, in order of first occurrence
   * @param occurrences every occurrence, in text order
   * @param expansions each acronym's expansion as written, sorted by acronym
   */
  public DistinctiveTerms {
    terms = FrozenList.copyOf(Objects.requireNonNull(terms, "terms"));
    occurrences = FrozenList.copyOf(Objects.requireNonNull(occurrences, "occurrences"));
    expansions = ImmutableSortedMap.copyOf(Objects.requireNonNull(expansions, "expansions"));
  }

  /** No terms at all. */
  public static final DistinctiveTerms EMPTY = new DistinctiveTerms(List.of(), List.of(), Map.of());

  /**
   * The terms of one kind.
   *
   * @param kind a kind
   * @return the terms of that kind, in order of first occurrence
   */
  public List<Term> ofKind(Term.Kind kind) {
    return terms.stream().filter(t -> t.kind() == kind).collect(ImmutableList.toImmutableList());
  }

  /**
   * The identities ({@link Term#id()}) of all terms, sorted.
   *
   * @return the sorted set of ids
   */
  public Set<String> ids() {
    return terms.stream().map(Term::id).sorted().collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Tells whether a term occurs.
   *
   * @param term a term
   * @return true if a term with the same kind and key occurs
   */
  public boolean contains(Term term) {
    // A loop, not a stream: asked for every term of both items of each verified pair.
    Term.Kind kind = term.kind();
    String key = term.key();
    for (int i = 0, n = terms.size(); i < n; i++) {
      Term t = terms.get(i);
      if (t.kind() == kind && t.key().equals(key)) {
        return true;
      }
    }
    return false;
  }
}
