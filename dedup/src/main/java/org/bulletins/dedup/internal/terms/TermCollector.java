package org.bulletins.dedup.internal.terms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bulletins.model.TextFolding;

/**
 * Collects the occurrences of terms in a title and a body, keeping each term once and mapping
 * expansions to their acronym: a name that is written out as an acronym's expansion anywhere in the
 * item counts as that acronym.
 */
final class TermCollector {
  // Keyed by kind and key, which is what the id "kind:key" names, without making the id string.
  private final Map<Id, Term> terms = new LinkedHashMap<>();
  private final List<Term> occurrenceTerms = new ArrayList<>();
  private final List<String> befores = new ArrayList<>();
  private final List<String> afters = new ArrayList<>();
  private final List<Boolean> inTitle = new ArrayList<>();
  private final Map<String, String> expansions = new TreeMap<>();

  /**
   * Adds an occurrence of a term at words {@code start} to {@code end}; its context is the word
   * before ({@code ^} at the start) and the word after ({@code $} at the end), in lower case.
   *
   * @param term the term
   * @param tokens the words of the text
   * @param start the term's first word
   * @param end the term's last word
   * @param title the text is the title
   */
  void add(Term term, WordTokens tokens, int start, int end, boolean title) {
    occurrenceTerms.add(term);
    befores.add(start == 0 ? "^" : tokens.lower(start - 1));
    afters.add(end + 1 >= tokens.count() ? "$" : tokens.lower(end + 1));
    inTitle.add(title);
  }

  /**
   * Records that a name is written out as an acronym's expansion (the first one written counts).
   *
   * @param acronym the acronym's key
   * @param written the name as written
   */
  void expansion(String acronym, String written) {
    expansions.putIfAbsent(acronym, written);
  }

  /**
   * The terms collected.
   *
   * @return the terms, their occurrences and the expansions
   */
  DistinctiveTerms build() {
    Map<String, String> byExpansion = new HashMap<>();
    expansions.forEach((acronym, written) -> byExpansion.put(TextFolding.fold(written), acronym));
    List<TermOccurrence> occurrences = new ArrayList<>(occurrenceTerms.size());
    for (int i = 0; i < occurrenceTerms.size(); i++) {
      Term term = occurrenceTerms.get(i);
      if (term.kind() == Term.Kind.NAME && byExpansion.containsKey(term.key())) {
        term = new Term(Term.Kind.ACRONYM, byExpansion.get(term.key()), term.text());
      }
      occurrences.add(new TermOccurrence(term, befores.get(i), afters.get(i), inTitle.get(i)));
      Id id = new Id(term.kind(), term.key());
      Term known = terms.get(id);
      if (known == null
          || (term.kind() == Term.Kind.ACRONYM && term.text().length() > known.text().length())) {
        terms.put(id, term);
      }
    }
    return new DistinctiveTerms(List.copyOf(terms.values()), occurrences, expansions);
  }

  /** A term's identity: equal exactly when the terms' {@link Term#id()} strings are. */
  private record Id(Term.Kind kind, String key) {}
}
