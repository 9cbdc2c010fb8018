package org.bulletins.dedup.internal.terms;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.bulletins.model.TextFolding;

/**
 * Compares the distinctive terms of two items: which they share and which contradict each other.
 *
 * <p>A term of one item <em>contradicts</em> a term of the other when both stand in the same
 * context (the same word before and after, in the same part of the item), they are of comparable
 * kinds, and neither item mentions the other's term anywhere (for two titles: anywhere in the other
 * title, since a title that swaps one country for another tells another story even if the body
 * names both). Two items that each state a number the other never mentions contradict each other
 * too (35 officials trained in one, 52 in the other), wherever the numbers stand, unless they are
 * years, days beside their month or a rounded figure and the exact one ({@link UnsharedNumbers}).
 * Besides, two titles that each name a country the other item never mentions contradict each other.
 *
 * @param shared the display texts of the shared terms, sorted
 * @param sharedCount how many shared terms are not ordinals
 * @param conflicts the contradictions as {@code "260 vs 180"}, sorted
 */
public record TermComparison(List<String> shared, int sharedCount, List<String> conflicts) {

  /**
   * Compares two items' terms.
   *
   * @param a the terms of one item
   * @param b the terms of the other
   * @return shared and contradicting terms
   */
  public static TermComparison of(DistinctiveTerms a, DistinctiveTerms b) {
    Set<String> shared = new TreeSet<>();
    int count = 0;
    for (Term term : a.terms()) {
      if (mentions(b, term, a)) {
        shared.add(term.text());
        if (term.kind() != Term.Kind.ORDINAL) {
          count++;
        }
      }
    }
    Set<String> conflicts = new TreeSet<>();
    // Occurrences in one context: the same part, word before and word after (what contextKey
    // joins into one string). Compared as fields, the context hashes first: no string per
    // occurrence and pair, no map. The same pairs as the keys give, because no context word holds
    // an underscore (so none contains contextKey's " _ "; "more than" is one context of two
    // words); TermComparisonTest checks both ways agree.
    List<TermOccurrence> occurrencesB = b.occurrences();
    int[] contextsB = new int[occurrencesB.size()];
    for (int j = 0; j < contextsB.length; j++) {
      contextsB[j] = contextHash(occurrencesB.get(j));
    }
    for (TermOccurrence o : a.occurrences()) {
      int context = contextHash(o);
      for (int j = 0; j < contextsB.length; j++) {
        if (contextsB[j] != context || !sameContext(o, occurrencesB.get(j))) {
          continue;
        }
        TermOccurrence other = occurrencesB.get(j);
        Term x = o.term();
        Term y = other.term();
        boolean inTitles = o.inTitle() && other.inTitle();
        if (x.kind().comparableWith(y.kind())
            && !(x.kind() == y.kind()
                && x.key().equals(y.key())) // ids differ, without building them
            && !sameNamePartly(x, y)
            && !(inTitles ? mentions(titleTerms(b), x, a) : mentions(b, x, a))
            && !(inTitles ? mentions(titleTerms(a), y, b) : mentions(a, y, b))) {
          conflicts.add(x.text() + " vs " + y.text());
        }
      }
    }
    List<List<String>> unshared = UnsharedNumbers.of(a, b);
    List<String> numbersA = unshared.get(0);
    List<String> numbersB = unshared.get(1);
    if (!numbersA.isEmpty() && !numbersB.isEmpty() && conflicts.isEmpty()) {
      conflicts.add(String.join(", ", numbersA) + " vs " + String.join(", ", numbersB));
    }
    List<String> titleCountriesA = titleCountriesMissingIn(a, b);
    List<String> titleCountriesB = titleCountriesMissingIn(b, a);
    if (!titleCountriesA.isEmpty() && !titleCountriesB.isEmpty()) {
      conflicts.add(
          String.join(", ", titleCountriesA) + " vs " + String.join(", ", titleCountriesB));
    }
    return new TermComparison(ImmutableList.copyOf(shared), count, ImmutableList.copyOf(conflicts));
  }

  /** A hash of an occurrence's context: its part, the word before and the word after. */
  static int contextHash(TermOccurrence o) {
    return (31 * o.before().hashCode() + o.after().hashCode()) * 2 + (o.inTitle() ? 1 : 0);
  }

  /** Whether two occurrences stand in one context (equal {@link TermOccurrence#contextKey}s). */
  static boolean sameContext(TermOccurrence o, TermOccurrence other) {
    return o.inTitle() == other.inTitle()
        && o.before().equals(other.before())
        && o.after().equals(other.after());
  }

  /**
   * True for two names one of which is written with a part of the other's words ({@code "General
   * Directorate of San Miguel"} and {@code "Directorate San"}, {@code "Border"} and {@code "Border
   * Management"}): a rewrite that drops or moves a word changes where a name ends, and the two
   * stand in one context without naming two things. Measured on generated rewrites: such pairs were
   * nine in ten of the rewrites missed.
   */
  static boolean sameNamePartly(Term x, Term y) {
    if (x.kind() != Term.Kind.NAME || y.kind() != Term.Kind.NAME) {
      return false;
    }
    Set<String> a = new HashSet<>(Arrays.asList(x.key().split(" ")));
    Set<String> b = new HashSet<>(Arrays.asList(y.key().split(" ")));
    return a.size() <= b.size() ? b.containsAll(a) : a.containsAll(b);
  }

  /** The terms that occur in the title, with the item's expansions (the tests' reference too). */
  static DistinctiveTerms titleTerms(DistinctiveTerms terms) {
    List<Term> inTitle = new ArrayList<>();
    for (TermOccurrence o : terms.occurrences()) {
      if (o.inTitle() && !inTitle.contains(o.term())) {
        inTitle.add(o.term());
      }
    }
    return new DistinctiveTerms(inTitle, List.of(), terms.expansions());
  }

  /**
   * A year ({@code 1990} to {@code 2099}): a rewrite recalls the year of a background event ("the
   * 2017 floods") that the release leaves out, so a year one side alone states tells no other
   * story. A year in the same context on both sides still contradicts ("2023 report" / "2024
   * report").
   */
  static boolean isYear(String key) {
    if (key.length() != 4) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      if (key.charAt(i) < '0' || key.charAt(i) > '9') {
        return false;
      }
    }
    int year = Integer.parseInt(key);
    return year >= 1990 && year <= 2099;
  }

  /**
   * The title's countries of {@code a} that {@code b} lacks (package-private: the tests'
   * reference).
   */
  static List<String> titleCountriesMissingIn(DistinctiveTerms a, DistinctiveTerms b) {
    Set<String> out = new TreeSet<>();
    for (TermOccurrence o : a.occurrences()) {
      if (o.inTitle() && o.term().kind() == Term.Kind.COUNTRY && !b.contains(o.term())) {
        out.add(o.term().text());
      }
    }
    return List.copyOf(out);
  }

  /**
   * {@link TextFolding#fold} of an acronym's expansion, memoised: a profile of deduplicate showed a
   * quarter of verification time folding the same few expansions for every candidate pair. The memo
   * is bounded (cleared past {@value #FOLDED_MAX} entries) and holds a pure function's results.
   */
  private static String folded(String expansion) {
    String f = FOLDED.get(expansion);
    if (f == null) {
      if (FOLDED.size() >= FOLDED_MAX) {
        FOLDED.clear();
      }
      f = TextFolding.fold(expansion);
      FOLDED.put(expansion, f);
    }
    return f;
  }

  private static final int FOLDED_MAX = 1 << 16;
  private static final ConcurrentHashMap<String, String> FOLDED = new ConcurrentHashMap<>();

  /**
   * Tells whether {@code terms} mention a term of {@code origin}, directly or through an acronym's
   * expansion known to either side.
   *
   * @param terms the terms searched
   * @param term a term of {@code origin}
   * @param origin the terms {@code term} came from
   * @return true if {@code terms} mention it
   */
  public static boolean mentions(DistinctiveTerms terms, Term term, DistinctiveTerms origin) {
    if (terms.contains(term)) {
      return true;
    }
    if (term.kind() == Term.Kind.ACRONYM) {
      String expansion = origin.expansions().get(term.key());
      return expansion != null
          && terms.contains(new Term(Term.Kind.NAME, folded(expansion), expansion));
    }
    if (term.kind() == Term.Kind.NAME) {
      for (Map.Entry<String, String> e : terms.expansions().entrySet()) {
        if (folded(e.getValue()).equals(term.key())) {
          return true;
        }
      }
    }
    return false;
  }
}
