package org.bulletins.dedup.internal.terms;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Arrays;
import java.util.Collections;
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
 * <p>Built for every item signed or verified: the occurrences go into one array as they are found,
 * and the distinct terms are found by kind and key in an open-addressing table of indexes (no map
 * entry nor key object per term, no id string); the expansions' map is made only for an item that
 * has one. Without contexts ({@link #termsOnly()}) it keeps each occurrence's term alone, for the
 * distinct terms and nothing else.
 */
final class TermCollector {
  private final boolean contexts;
  private TermOccurrence[] occurrences; // with contexts
  private Term[] terms; // without contexts: each occurrence's term
  private int count;
  private Map<String, String> expansions; // sorted by acronym; null until the first expansion

  /** A collector of terms and their occurrences in context. */
  TermCollector() {
    this(true);
  }

  private TermCollector(boolean contexts) {
    this.contexts = contexts;
    if (contexts) {
      occurrences = new TermOccurrence[16];
    } else {
      terms = new Term[16];
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
    if (!contexts) {
      if (count == terms.length) {
        terms = Arrays.copyOf(terms, count * 2);
      }
      terms[count++] = term;
      return;
    }
    String before = start == 0 ? "^" : tokens.lower(start - 1);
    String after = end + 1 >= tokens.count() ? "$" : tokens.lower(end + 1);
    if (count == occurrences.length) {
      occurrences = Arrays.copyOf(occurrences, count * 2);
    }
    occurrences[count++] = new TermOccurrence(term, before, after, title);
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
    Term[] distinct = distinct();
    return new DistinctiveTerms(
        // Copies of the filled parts (a sub-list would be copied through its iterator).
        ImmutableList.copyOf(distinct),
        ImmutableList.copyOf(Arrays.copyOf(occurrences, count)),
        expansions == null ? ImmutableSortedMap.of() : expansions);
  }

  /**
   * The distinct terms collected, as {@link #build()} lists them.
   *
   * @return every distinct term, in order of first occurrence
   */
  List<Term> buildTerms() {
    return Collections.unmodifiableList(Arrays.asList(distinct())); // read once: not copied again
  }

  /** The term of occurrence {@code i}. */
  private Term termAt(int i) {
    return contexts ? occurrences[i].term() : terms[i];
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
      Term term = termAt(i);
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
      Term term = termAt(i);
      String acronym =
          term.kind() == Term.Kind.NAME ? byExpansion.get(term.key()) : null; // most: no look-up
      if (acronym != null && !contexts) {
        terms[i] = new Term(Term.Kind.ACRONYM, acronym, term.text());
      } else if (acronym != null) {
        TermOccurrence occurrence = occurrences[i];
        occurrences[i] =
            new TermOccurrence(
                new Term(Term.Kind.ACRONYM, acronym, term.text()),
                occurrence.before(),
                occurrence.after(),
                occurrence.inTitle());
      }
    }
  }

  /** A hash of kind and key, spread so that the table's low bits differ for similar keys. */
  private static int slotHash(Term term) {
    int h = term.key().hashCode() * 31 + term.kind().hashCode();
    return h ^ (h >>> 16);
  }
}
