package org.bulletins.dedup.internal.terms;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.bulletins.model.TextFolding;

/**
 * Collects the occurrences of terms in a title and a body, keeping each term once and mapping
 * expansions to their acronym: a name that is written out as an acronym's expansion anywhere in the
 * item counts as that acronym. Read the distinct terms' kinds and keys, then {@link #pack} them
 * (what a batch keeps) or {@link #build} them as objects.
 *
 * <p>Built for every item signed, so it holds no object per term or occurrence: an occurrence is a
 * row of parallel arrays (kind, key, text, context, part), filled as they are found; the distinct
 * terms are found by kind and key in an open-addressing table of indexes (no map entry nor key
 * object per term, no id string) and kept as the rows that give them; the expansions' map is made
 * only for an item that has one. {@link #pack} writes the packed form from the rows, the very chars
 * {@link TermsCodec#encode} writes for {@link #build}'s terms. One per thread ({@link
 * TermExtractor}), emptied for each text: its rows grow once, not per item.
 */
public final class TermCollector {
  private static final int KEPT_ROWS = 1 << 12; // a thread keeps rows for this many occurrences

  private Term.Kind[] kinds;
  private String[] keys;
  private String[] texts;
  private String[] befores;
  private String[] afters;
  private boolean[] inTitle;
  private Term[] given; // the term object an occurrence was added with, or null: build reuses it
  private int count;
  private Map<String, String> expansions; // sorted by acronym; null until the first expansion
  private int[] distinct = new int[16]; // the row of each distinct term (an acronym's longest)
  private int distinctCount;
  private int[] slots = new int[32];

  TermCollector() {
    allocate(16);
  }

  private void allocate(int rows) {
    kinds = new Term.Kind[rows];
    keys = new String[rows];
    texts = new String[rows];
    befores = new String[rows];
    afters = new String[rows];
    inTitle = new boolean[rows];
    given = new Term[rows];
  }

  /** Empties the collector for another item (its rows kept, unless a huge item grew them). */
  void clear() {
    if (kinds.length > KEPT_ROWS) {
      allocate(16);
      distinct = new int[16];
      slots = new int[32];
    } else {
      // The strings of the last item are dropped, so that a thread holds no item's text.
      Arrays.fill(keys, 0, count, null);
      Arrays.fill(texts, 0, count, null);
      Arrays.fill(befores, 0, count, null);
      Arrays.fill(afters, 0, count, null);
      Arrays.fill(given, 0, count, null);
    }
    count = 0;
    distinctCount = 0;
    expansions = null;
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
    add(term.kind(), term.key(), term.text(), tokens, start, end, title);
    given[count - 1] = term;
  }

  /**
   * {@link #add(Term, WordTokens, int, int, boolean)} of a term given as its parts, checked as
   * {@link Term}'s constructor checks them: no object is made for it.
   */
  void add(
      Term.Kind kind,
      String key,
      String text,
      WordTokens tokens,
      int start,
      int end,
      boolean title) {
    checkArgument(!key.isBlank(), "key must not be blank");
    checkArgument(!text.isBlank(), "text must not be blank");
    if (count == kinds.length) {
      grow();
    }
    int i = count++;
    kinds[i] = kind;
    keys[i] = key;
    texts[i] = text;
    befores[i] = start == 0 ? "^" : tokens.lower(start - 1);
    afters[i] = end + 1 >= tokens.count() ? "$" : tokens.lower(end + 1);
    inTitle[i] = title;
  }

  private void grow() {
    int rows = count * 2;
    kinds = Arrays.copyOf(kinds, rows);
    keys = Arrays.copyOf(keys, rows);
    texts = Arrays.copyOf(texts, rows);
    befores = Arrays.copyOf(befores, rows);
    afters = Arrays.copyOf(afters, rows);
    inTitle = Arrays.copyOf(inTitle, rows);
    given = Arrays.copyOf(given, rows);
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
   * Ends the item: names written out as an expansion become their acronym, and the distinct terms
   * are found. Called once, after the last {@link #add}.
   */
  void finish() {
    if (expansions != null) {
      renameExpansions();
    }
    // Each distinct (kind, key) once, in order of first occurrence; an acronym keeps its longest
    // text (its expansion "Name (ACR)" over the bare "ACR"), the first written of that length.
    if (distinct.length < count) {
      distinct = new int[Math.max(count, 2 * distinct.length)];
    }
    int size = Integer.highestOneBit(Math.max(4, count * 2)) << 1;
    if (slots.length < size) {
      slots = new int[size];
    } else {
      Arrays.fill(slots, 0, size, 0);
    }
    int mask = size - 1; // only the table's first size slots are used
    for (int i = 0; i < count; i++) {
      Term.Kind kind = kinds[i];
      String key = keys[i];
      int slot = slotHash(kind, key) & mask;
      while (true) {
        int at = slots[slot];
        if (at == 0) {
          distinct[distinctCount] = i;
          slots[slot] = ++distinctCount;
          break;
        }
        int known = distinct[at - 1];
        if (kinds[known] == kind && keys[known].equals(key)) {
          if (kind == Term.Kind.ACRONYM && texts[i].length() > texts[known].length()) {
            distinct[at - 1] = i;
          }
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
  }

  /**
   * How many distinct terms the item has.
   *
   * @return the count
   */
  public int termCount() {
    return distinctCount;
  }

  /**
   * The kind of a distinct term.
   *
   * @param term the term, in order of first occurrence
   * @return its kind
   */
  public Term.Kind kind(int term) {
    return kinds[distinct[term]];
  }

  /**
   * The key of a distinct term.
   *
   * @param term the term, in order of first occurrence
   * @return its key
   */
  public String key(int term) {
    return keys[distinct[term]];
  }

  /**
   * The terms collected, packed: {@code TermsCodec.encode(build())}, without the objects.
   *
   * @return the packed form
   */
  public String pack() {
    TermsCodec.Writer w =
        TermsCodec.writer(
            2 * distinctCount + 4 * count + (expansions == null ? 0 : 2 * expansions.size()));
    w.count(distinctCount);
    for (int d = 0; d < distinctCount; d++) {
      int i = distinct[d];
      w.term(kinds[i], keys[i], texts[i]);
    }
    w.count(count);
    for (int i = 0; i < count; i++) {
      w.occurrence(kinds[i], keys[i], texts[i], befores[i], afters[i], inTitle[i]);
    }
    w.expansions(expansions == null ? ImmutableSortedMap.of() : expansions);
    return w.finish();
  }

  /**
   * The terms collected, as objects.
   *
   * @return the terms, their occurrences and the expansions
   */
  public DistinctiveTerms build() {
    Term[] terms = new Term[count];
    for (int i = 0; i < count; i++) {
      terms[i] = given[i] != null ? given[i] : new Term(kinds[i], keys[i], texts[i]);
    }
    Term[] distinctTerms = new Term[distinctCount];
    for (int d = 0; d < distinctCount; d++) {
      distinctTerms[d] = terms[distinct[d]];
    }
    TermOccurrence[] occurrences = new TermOccurrence[count];
    for (int i = 0; i < count; i++) {
      occurrences[i] = new TermOccurrence(terms[i], befores[i], afters[i], inTitle[i]);
    }
    return new DistinctiveTerms(
        ImmutableList.copyOf(distinctTerms),
        ImmutableList.copyOf(occurrences),
        expansions == null ? ImmutableSortedMap.of() : expansions);
  }

  /** Every name written out as an acronym's expansion becomes that acronym (text kept). */
  private void renameExpansions() {
    Map<String, String> byExpansion = new HashMap<>();
    expansions.forEach((acronym, written) -> byExpansion.put(TextFolding.fold(written), acronym));
    for (int i = 0; i < count; i++) {
      String acronym = kinds[i] == Term.Kind.NAME ? byExpansion.get(keys[i]) : null; // most: none
      if (acronym != null) {
        kinds[i] = Term.Kind.ACRONYM;
        keys[i] = acronym;
        given[i] = null;
      }
    }
  }

  /** A hash of kind and key, spread so that the table's low bits differ for similar keys. */
  private static int slotHash(Term.Kind kind, String key) {
    int h = key.hashCode() * 31 + kind.hashCode();
    return h ^ (h >>> 16);
  }
}
