package org.bulletins.dedup.internal.terms;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bulletins.model.TextFolding;

/**
 * Collects the occurrences of terms in a title and a body, keeping each term once and mapping
 * expansions to their acronym: a name that is written out as an acronym's expansion anywhere in the
 * item counts as that acronym.
 *
 * <p>Built for every item signed or verified: each occurrence's term (and, unless {@link
 * #termsOnly()}, its context) goes into arrays as it is found, and the distinct terms are found by
 * kind and key in an open-addressing table of indexes (no map entry nor key object per term, no id
 * string); the expansions' map is made only for an item that has one; the occurrences are made by
 * {@link #build()} alone.
 */
final class TermCollector {
  private Term[] terms = new Term[16]; // each occurrence's term, in the order found
  private final boolean contexts;
  private String[] before; // each occurrence's context, when kept
  private String[] after;
  private boolean[] inTitle;
  private int count;
  private Map<String, String> expansions; // sorted by acronym; null until the first expansion

  /** A collector of terms and their occurrences in context. */
  TermCollector() {
    this(true);
  }

  private TermCollector(boolean contexts) {
    this.contexts = contexts;
    if (contexts) {
      before = new String[terms.length];
      after = new String[terms.length];
      inTitle = new boolean[terms.length];
    }
  }

  /**
   * A collector of the distinct terms alone ({@link #buildTerms}): no context is made.
   *
   * @return an empty collector
   */
  static TermCollector termsOnly() {
    return new TermCollector(false);
  }

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
    if (count == terms.length) {
      terms = Arrays.copyOf(terms, count * 2);
      if (contexts) {
        before = Arrays.copyOf(before, count * 2);
        after = Arrays.copyOf(after, count * 2);
        inTitle = Arrays.copyOf(inTitle, count * 2);
      }
    }
    if (contexts) {
      before[count] =
          start == 0
              ? "^"
              : term.kind() == Term.Kind.NUMBER
                  ? QualifiedNumbers.before(tokens, start)
                  : tokens.lower(start - 1);
      after[count] = end + 1 >= tokens.count() ? "$" : tokens.lower(end + 1);
      inTitle[count] = title;
    }
    terms[count++] = term;
  }

  /**
   * Records that a name is written out as an acronym's expansion (the first one written counts).
   *
   * @param acronym the acronym's key
   * @param written the name as written
   */
  void expansion(String acronym, String written) {
    if (expansions == null) {
      expansions = new TreeMap<>();
    }
    expansions.putIfAbsent(acronym, written);
  }

  /**
   * The terms collected.
   *
   * @return the terms, their occurrences and the expansions
   */
  DistinctiveTerms build() {
    if (!contexts) {
      throw new IllegalStateException("a terms-only collector has no occurrences");
    }
    Term[] distinct = distinct(); // renames the expansions first
    TermOccurrence[] occurrences = new TermOccurrence[count];
    for (int i = 0; i < count; i++) {
      occurrences[i] = new TermOccurrence(terms[i], before[i], after[i], inTitle[i]);
    }
    return new DistinctiveTerms(
        FrozenList.owning(distinct, distinct.length),
        FrozenList.owning(occurrences, occurrences.length),
        expansions == null ? ImmutableSortedMap.of() : expansions);
  }

  /**
   * The distinct terms collected, as {@link #build()} lists them.
   *
   * @return every distinct term, in order of first occurrence
   */
  List<Term> buildTerms() {
    Term[] distinct = distinct();
    return FrozenList.owning(distinct, distinct.length); // read once: not copied again
  }

  /** The distinct terms, expansions renamed to their acronyms. */
  private Term[] distinct() {
    if (expansions != null) {
      renameExpansions();
    }
    // Each distinct (kind, key) once, in order of first occurrence; an acronym keeps its longest
    // text (its expansion "Name (ACR)" over the bare "ACR").
    Term[] distinct = new Term[count];
    int distinctCount = 0;
    int[] slots = new int[Integer.highestOneBit(Math.max(4, count * 2)) << 1]; // index + 1, or 0
    int mask = slots.length - 1;
    for (int i = 0; i < count; i++) {
      Term term = terms[i];
      int slot = slotHash(term) & mask;
      while (true) {
        int at = slots[slot];
        if (at == 0) {
          distinct[distinctCount] = term;
          slots[slot] = ++distinctCount;
          break;
        }
        Term known = distinct[at - 1];
        if (known.kind() == term.kind() && known.key().equals(term.key())) {
          if (term.kind() == Term.Kind.ACRONYM && term.text().length() > known.text().length()) {
            distinct[at - 1] = term;
          }
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    return Arrays.copyOf(distinct, distinctCount);
  }

  /** Every name written out as an acronym's expansion becomes that acronym (text kept). */
  private void renameExpansions() {
    Map<String, String> byExpansion = new HashMap<>();
    expansions.forEach((acronym, written) -> byExpansion.put(TextFolding.fold(written), acronym));
    for (int i = 0; i < count; i++) {
      Term term = terms[i];
      String acronym =
          term.kind() == Term.Kind.NAME ? byExpansion.get(term.key()) : null; // most: no look-up
      if (acronym != null) {
        terms[i] = new Term(Term.Kind.ACRONYM, acronym, term.text());
      }
    }
  }

  /** A hash of kind and key, spread so that the table's low bits differ for similar keys. */
  private static int slotHash(Term term) {
    int h = term.key().hashCode() * 31 + term.kind().hashCode();
    return h ^ (h >>> 16);
  }
}
