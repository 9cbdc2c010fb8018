package org.bulletins.dedup.internal.terms;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import java.util.TreeMap;
import org.bulletins.dedup.internal.text.PerThread;

/**
 * {@link DistinctiveTerms} packed into one {@code String} and back, exactly: a batch keeps every
 * item's terms between signing and verification in about a sixth of the memory of the records (on
 * generated news, 13 occurrences per item make some 80 small objects and strings, about 3 KB;
 * packed, one string of about 490 chars, one byte each when the text is Latin-1). Stateless and
 * thread-safe.
 *
 * <p>The packed form is a table of the item's distinct strings (each once, however many terms and
 * contexts name it), then the terms, the occurrences and the expansions as indexes into it. Numbers
 * are written seven bits per char, so the form stays Latin-1 when the strings are. Strings are kept
 * char for char (no charset round trip), so even a lone surrogate comes back as it was.
 *
 * <pre>{@code
 * String packed = TermsCodec.encode(terms);
 * TermsCodec.decode(packed).equals(terms); // true
 * }</pre>
 */
public final class TermsCodec {

  private static final Term.Kind[] KINDS = Term.Kind.values();

  private TermsCodec() {}

  /**
   * Packs some terms.
   *
   * @param terms the terms
   * @return their packed form
   */
  public static String encode(DistinctiveTerms terms) {
    Buffers buffers = BUFFERS.get();
    StringTable table =
        buffers.table(
            2 * terms.terms().size()
                + 4 * terms.occurrences().size()
                + 2 * terms.expansions().size());
    StringBuilder body = buffers.body();
    writeNumber(body, terms.terms().size());
    for (Term term : terms.terms()) {
      writeTerm(body, term, table);
    }
    writeNumber(body, terms.occurrences().size());
    for (TermOccurrence o : terms.occurrences()) {
      writeTerm(body, o.term(), table);
      writeNumber(body, table.ref(o.before()));
      writeNumber(body, table.ref(o.after()));
      writeNumber(body, o.inTitle() ? 1 : 0);
    }
    writeNumber(body, terms.expansions().size());
    for (Map.Entry<String, String> e : terms.expansions().entrySet()) {
      writeNumber(body, table.ref(e.getKey()));
      writeNumber(body, table.ref(e.getValue()));
    }
    StringBuilder out = buffers.out();
    writeNumber(out, table.size);
    for (int i = 0; i < table.size; i++) {
      String s = table.strings[i];
      writeNumber(out, s.length());
      out.append(s);
    }
    return out.append(body).toString();
  }

  /**
   * Unpacks terms packed by {@link #encode}.
   *
   * @param packed the packed form
   * @return terms equal to those packed
   */
  public static DistinctiveTerms decode(String packed) {
    Reader in = new Reader(packed);
    String[] table = new String[in.number()];
    for (int i = 0; i < table.length; i++) {
      int length = in.number();
      table[i] = packed.substring(in.at, in.at + length);
      in.at += length;
    }
    // Arrays handed over as DistinctiveTerms' lists and, for the many items without an
    // expansion, the empty sorted map: DistinctiveTerms keeps them as they are (no second copy).
    // Decoded for each item of each verified pair that is not among the recent ones.
    Term[] terms = new Term[in.number()];
    for (int i = 0; i < terms.length; i++) {
      terms[i] = readTerm(in, table);
    }
    TermOccurrence[] occurrences = new TermOccurrence[in.number()];
    for (int i = 0; i < occurrences.length; i++) {
      Term term = readTerm(in, table);
      String before = table[in.number()];
      String after = table[in.number()];
      occurrences[i] = new TermOccurrence(term, before, after, in.number() == 1);
    }
    int expansionCount = in.number();
    Map<String, String> expansions =
        expansionCount == 0 ? ImmutableSortedMap.of() : new TreeMap<>();
    for (int i = 0; i < expansionCount; i++) {
      String key = table[in.number()];
      expansions.put(key, table[in.number()]);
    }
    return new DistinctiveTerms(
        FrozenList.owning(terms, terms.length),
        FrozenList.owning(occurrences, occurrences.length),
        expansions);
  }

  // The packed form lives in one process's memory only, never in a file: ordinals are safe.
  @SuppressWarnings("EnumOrdinal")
  private static void writeTerm(StringBuilder out, Term term, StringTable table) {
    writeNumber(out, term.kind().ordinal());
    writeNumber(out, table.ref(term.key()));
    writeNumber(out, table.ref(term.text()));
  }

  private static Term readTerm(Reader in, String[] table) {
    return new Term(KINDS[in.number()], table[in.number()], table[in.number()]);
  }

  /**
   * At a million items, a table and two builders per item were a tenth of what signing allocated:
   * each thread keeps one set, cleared for each item.
   */
  private static final PerThread<Buffers> BUFFERS = PerThread.withInitial(Buffers::new);

  /** A thread's table and builders; none is kept once larger than a typical item needs tenfold. */
  private static final class Buffers {
    private static final int KEPT_STRINGS = 4096;
    private static final int KEPT_CHARS = 1 << 16;
    private StringTable table = new StringTable(64);
    private StringBuilder body = new StringBuilder(256);
    private StringBuilder out = new StringBuilder(1024);

    StringTable table(int maxStrings) {
      if (maxStrings > table.strings.length || table.strings.length > KEPT_STRINGS) {
        table = new StringTable(maxStrings);
      } else {
        table.clear();
      }
      return table;
    }

    StringBuilder body() {
      body = cleared(body);
      return body;
    }

    StringBuilder out() {
      out = cleared(out);
      return out;
    }

    private static StringBuilder cleared(StringBuilder b) {
      if (b.capacity() > KEPT_CHARS) {
        return new StringBuilder(256);
      }
      b.setLength(0);
      return b;
    }
  }

  /**
   * The item's distinct strings in order of first use, with an open-addressing index sized once
   * from an upper bound of the strings (a {@code HashMap} boxed every index, made a node per string
   * and grew twice per item).
   */
  private static final class StringTable {
    private final String[] strings;
    private final String[] slots;
    private final int[] slotIndex;
    private final int[] usedSlots;
    private int size;

    StringTable(int maxStrings) {
      strings = new String[maxStrings];
      usedSlots = new int[maxStrings];
      int capacity = Integer.highestOneBit(Math.max(4, maxStrings) * 2 - 1) << 1;
      slots = new String[capacity];
      slotIndex = new int[capacity];
    }

    /** Empties the table for another item (of at most as many strings as it was made for). */
    void clear() {
      for (int i = 0; i < size; i++) {
        slots[usedSlots[i]] = null;
        strings[i] = null;
      }
      size = 0;
    }

    /** The index of a string in the table, added on first use. */
    int ref(String s) {
      int mask = slots.length - 1;
      int h = s.hashCode();
      for (int slot = (h ^ (h >>> 16)) & mask; ; slot = (slot + 1) & mask) {
        String there = slots[slot];
        if (there == null) {
          slots[slot] = s;
          slotIndex[slot] = size;
          usedSlots[size] = slot;
          strings[size] = s;
          return size++;
        }
        if (there.equals(s)) { // String.equals tests identity first
          return slotIndex[slot];
        }
      }
    }
  }

  /** A non-negative number, seven bits per char, low bits first; 0x80 marks that more follow. */
  private static void writeNumber(StringBuilder out, int value) {
    int v = value;
    while (v >= 0x80) {
      out.append((char) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.append((char) v);
  }

  /** Reads numbers from a packed form, from a position. */
  private static final class Reader {
    private final String packed;
    private int at;

    Reader(String packed) {
      this.packed = packed;
    }

    int number() {
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
  }
}
