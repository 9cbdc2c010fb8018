package org.bulletins.dedup.internal.terms;

import java.util.Arrays;

/**
 * One item's terms read in place from their packed form ({@link TermsCodec}): the kinds, and the
 * strings as places in the packed string, with no object per string, term or occurrence. The
 * batch's verification compares these ({@link TermComparison#of(PackedTerms, PackedTerms)}); it
 * unpacked the terms of one item of each verified pair into some 80 objects and strings before
 * ({@code TermsCodec.decode}: 2% of a 100k dedup process's samples in session 24). Reusable: {@link
 * #read} another packed form into the same arrays. Not thread-safe.
 *
 * <p>Strings are named by their index in the item's table, which holds each distinct string once:
 * within one item, two strings are equal exactly when their indexes are.
 */
public final class PackedTerms {

  private static final Term.Kind[] KINDS = Term.Kind.values();

  private String packed = "";
  // The table: where each string starts in the packed form, its length, and its hash (0 until
  // asked for; a string whose hash is 0 is hashed again, at no harm).
  private int[] start = new int[64];
  private int[] length = new int[64];
  private int[] hash = new int[64];
  private int strings;
  // Terms and occurrences: kind, key and text as table indexes.
  private Term.Kind[] termKind = new Term.Kind[16];
  private int[] termKey = new int[16];
  private int[] termText = new int[16];
  private int terms;
  private Term.Kind[] occurrenceKind = new Term.Kind[16];
  private int[] occurrenceKey = new int[16];
  private int[] occurrenceText = new int[16];
  private int[] before = new int[16];
  private int[] after = new int[16];
  private boolean[] inTitle = new boolean[16];
  private int occurrences;
  // Expansions, sorted by acronym: the acronym and the expansion as written, as table indexes, and
  // the expansion folded (made when first asked for).
  private int[] expansionKey = new int[4];
  private int[] expansionValue = new int[4];
  private String[] expansionFolded = new String[4];
  private int expansions;
  private int at; // the reader's place in the packed form

  /**
   * Reads a packed form into this object, replacing what it held.
   *
   * @param packedTerms terms packed by {@link TermsCodec#encode} or {@link TermCollector#pack}
   * @return this object
   */
  public PackedTerms read(String packedTerms) {
    packed = packedTerms;
    at = 0;
    strings = number();
    if (start.length < strings) {
      int size = Math.max(strings, 2 * start.length);
      start = new int[size];
      length = new int[size];
      hash = new int[size];
    }
    for (int i = 0; i < strings; i++) {
      int n = number();
      start[i] = at;
      length[i] = n;
      hash[i] = 0;
      at += n;
    }
    terms = number();
    if (termKey.length < terms) {
      int size = Math.max(terms, 2 * termKey.length);
      termKind = new Term.Kind[size];
      termKey = new int[size];
      termText = new int[size];
    }
    for (int i = 0; i < terms; i++) {
      termKind[i] = KINDS[number()];
      termKey[i] = number();
      termText[i] = number();
    }
    occurrences = number();
    if (before.length < occurrences) {
      int size = Math.max(occurrences, 2 * before.length);
      occurrenceKind = new Term.Kind[size];
      occurrenceKey = new int[size];
      occurrenceText = new int[size];
      before = new int[size];
      after = new int[size];
      inTitle = new boolean[size];
    }
    for (int i = 0; i < occurrences; i++) {
      occurrenceKind[i] = KINDS[number()];
      occurrenceKey[i] = number();
      occurrenceText[i] = number();
      before[i] = number();
      after[i] = number();
      inTitle[i] = number() == 1;
    }
    expansions = number();
    if (expansionKey.length < expansions) {
      int size = Math.max(expansions, 2 * expansionKey.length);
      expansionKey = new int[size];
      expansionValue = new int[size];
      expansionFolded = new String[size];
    }
    Arrays.fill(expansionFolded, 0, expansions, null);
    for (int i = 0; i < expansions; i++) {
      expansionKey[i] = number();
      expansionValue[i] = number();
    }
    return this;
  }

  /** A number of the packed form (see {@code TermsCodec.writeNumber}). */
  private int number() {
    int value = 0;
    int shift = 0;
    char c;
    do {
      c = packed.charAt(at++);
      value |= (c & 0x7F) << shift;
      shift += 7;
    } while ((c & 0x80) != 0);
    return value;
  }

  int termCount() {
    return terms;
  }

  Term.Kind termKind(int term) {
    return termKind[term];
  }

  int termKey(int term) {
    return termKey[term];
  }

  int termText(int term) {
    return termText[term];
  }

  int occurrenceCount() {
    return occurrences;
  }

  Term.Kind occurrenceKind(int occurrence) {
    return occurrenceKind[occurrence];
  }

  int occurrenceKey(int occurrence) {
    return occurrenceKey[occurrence];
  }

  int occurrenceText(int occurrence) {
    return occurrenceText[occurrence];
  }

  int before(int occurrence) {
    return before[occurrence];
  }

  int after(int occurrence) {
    return after[occurrence];
  }

  boolean inTitle(int occurrence) {
    return inTitle[occurrence];
  }

  int expansionCount() {
    return expansions;
  }

  /** The expansion of the acronym whose key is string {@code key}, or -1 for none. */
  int expansionOf(int key) {
    for (int i = 0; i < expansions; i++) {
      if (expansionKey[i] == key) { // one table: equal strings, equal indexes
        return i;
      }
    }
    return -1;
  }

  /** The folded text of expansion {@code i} ({@link TermComparison}'s memo, asked once here). */
  String expansionFolded(int i) {
    String f = expansionFolded[i];
    if (f == null) {
      f = TermComparison.folded(string(expansionValue[i]));
      expansionFolded[i] = f;
    }
    return f;
  }

  /** String {@code i} of the table, made. */
  String string(int i) {
    return packed.substring(start[i], start[i] + length[i]);
  }

  /** {@link String#hashCode} of string {@code i}, without making it. */
  int hash(int i) {
    int h = hash[i];
    if (h == 0) {
      for (int k = start[i], end = k + length[i]; k < end; k++) {
        h = 31 * h + packed.charAt(k);
      }
      hash[i] = h;
    }
    return h;
  }

  /** Whether string {@code i} of this table equals string {@code j} of {@code other}'s. */
  boolean same(int i, PackedTerms other, int j) {
    int n = length[i];
    return n == other.length[j] && packed.regionMatches(start[i], other.packed, other.start[j], n);
  }

  /** Whether string {@code i} of this table equals {@code s}. */
  boolean same(int i, String s) {
    int n = length[i];
    return n == s.length() && packed.regionMatches(start[i], s, 0, n);
  }
}
