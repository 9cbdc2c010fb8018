package org.bulletins.dedup.internal.terms;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbers one item states and another never mentions, less those that tell no other story: the
 * numbers {@link TermComparison} finds in conflict when each item has some.
 *
 * <p>Left out, because a rewrite of the same story writes them and its source does not:
 *
 * <ul>
 *   <li>a year ({@link TermComparison#isYear}): the year of a background event;
 *   <li>a day of the month or of the week, written beside its month or weekday ({@code Lisboa, 20
 *       fev 2025 (Lusa)}, {@code 16 July}, {@code sexta-feira (8)}): a dateline or the day an event
 *       falls on, which the items' own dates already compare;
 *   <li>a rounded figure after a word that says so ({@code over 400}, {@code below 38 per cent},
 *       {@code nearly 1,000}) when the other item states the exact one it rounds, on the side the
 *       word says ({@code 412}, {@code 37.6}, {@code 962}): one figure, not two. Rounded means
 *       fewer significant digits, at most one unit of its last one and a tenth away; a clock time
 *       on the hour rounds one at most a quarter of an hour away ({@code shortly after 5 p.m.},
 *       {@code 5:15 p.m.}).
 * </ul>
 *
 * <p>{@code than} or {@code de} alone says neither that a figure is rounded ({@code un total de
 * 20}) nor on which side: the context before a number holds the word before them too ({@code more
 * than}, {@code mais de}: {@link QualifiedNumbers}).
 */
final class UnsharedNumbers {

  /**
   * Months and weekdays in the four languages, lower case: the Romance ones of {@link
   * RomanceWords#CALENDAR}, with the English ones, short forms, spellings without accents, and the
   * words that list leaves out as names ({@code domingo}, {@code mars}: beside a number they are
   * the day). Left out: {@code may}, {@code mar}, {@code set}, {@code out} ({@code 12 may lose},
   * {@code 3 out of 10}).
   */
  private static final ImmutableSet<String> CALENDAR =
      ImmutableSet.<String>builder()
          .addAll(RomanceWords.CALENDAR)
          .add(
              ("january february march april june july august september october november"
                      + " december jan feb apr jun jul aug sep sept oct nov dec"
                      + " monday tuesday wednesday thursday friday saturday sunday"
                      + " ene abr ago dic miercoles sabado domingo mars fevrier aout decembre"
                      + " janv févr fevr fév fev avr juil déc marco dez segunda-feira terça-feira"
                      + " terca-feira quarta-feira quinta-feira sexta-feira")
                  .split(" "))
          .build();

  /** On which side of a rounded figure the exact one lies. */
  private enum Side {
    ABOVE,
    BELOW,
    EITHER
  }

  /** The words right before a rounded figure, with the side of the exact figure they give. */
  private static final ImmutableMap<String, Side> ROUNDING = rounding();

  private static ImmutableMap<String, Side> rounding() {
    // Two words are one context where one says nothing alone (QualifiedNumbers).
    ImmutableMap.Builder<String, Side> words = ImmutableMap.builder();
    List.of(
            "over",
            "above",
            "exceeding",
            "after",
            "past",
            "après",
            "apres",
            "more than",
            "mais de",
            "más de",
            "mas de",
            "plus de")
        .forEach(w -> words.put(w, Side.ABOVE));
    List.of(
            "under",
            "below",
            "nearly",
            "almost",
            "before",
            "presque",
            "casi",
            "quase",
            "avant",
            "antes",
            "less than",
            "fewer than",
            "menos de",
            "moins de")
        .forEach(w -> words.put(w, Side.BELOW));
    List.of(
            "about",
            "around",
            "roughly",
            "approximately",
            "some",
            "environ",
            "quelque",
            "quelques",
            "unos",
            "unas",
            "aproximadamente",
            "vers",
            "cerca de",
            "près de",
            "pres de",
            "perto de",
            "alrededor de")
        .forEach(w -> words.put(w, Side.EITHER));
    return words.buildOrThrow();
  }

  /** Figures with more significant digits than this are not compared as roundings. */
  private static final int MAX_DIGITS = 30;

  private UnsharedNumbers() {}

  /**
   * The numbers each item states and the other never mentions, less those left out.
   *
   * @param a one item's terms
   * @param b the other's
   * @return {@code [a's, b's]}, each as written
   */
  static List<List<String>> of(DistinctiveTerms a, DistinctiveTerms b) {
    List<Term> onlyA = missingIn(a, b);
    List<Term> onlyB = missingIn(b, a);
    if (!onlyA.isEmpty() && !onlyB.isEmpty()) {
      onlyA.removeIf(x -> roundsOneOf(x, a, b) || isRoundedIn(x, b));
      onlyB.removeIf(y -> roundsOneOf(y, b, a) || isRoundedIn(y, a));
    }
    return List.of(texts(onlyA), texts(onlyB));
  }

  private static List<Term> missingIn(DistinctiveTerms a, DistinctiveTerms b) {
    List<Term> out = new ArrayList<>();
    for (Term t : a.terms()) { // a loop, not ofKind's stream: the same terms in the same order
      if (t.kind() == Term.Kind.NUMBER
          && !TermComparison.isYear(t.key())
          && !b.contains(t)
          && !isDayBesideCalendar(t, a)) {
        out.add(t);
      }
    }
    return out;
  }

  /** A day (1 to 31) that stands beside a month or weekday wherever the item writes it. */
  private static boolean isDayBesideCalendar(Term t, DistinctiveTerms terms) {
    String key = t.key();
    if (key.length() > 2) {
      return false;
    }
    BigDecimal day = value(t);
    if (day == null || day.scale() > 0 || day.intValue() < 1 || day.intValue() > 31) {
      return false;
    }
    boolean seen = false;
    for (TermOccurrence o : terms.occurrences()) {
      if (o.term().equals(t)) {
        if (!CALENDAR.contains(o.before()) && !CALENDAR.contains(o.after())) {
          return false;
        }
        seen = true;
      }
    }
    return seen;
  }

  /** {@code rounded}, an item's figure after a rounding word, rounds a number of {@code other}. */
  private static boolean roundsOneOf(Term rounded, DistinctiveTerms item, DistinctiveTerms other) {
    Side side = roundingSide(rounded, item);
    if (side == null) {
      return false;
    }
    for (Term t : other.terms()) {
      if (t.kind() == Term.Kind.NUMBER && rounds(rounded, t, side)) {
        return true;
      }
    }
    return false;
  }

  /** {@code exact} is rounded by a number of {@code other} written after a rounding word. */
  private static boolean isRoundedIn(Term exact, DistinctiveTerms other) {
    for (Term t : other.terms()) {
      if (t.kind() == Term.Kind.NUMBER) {
        Side side = roundingSide(t, other);
        if (side != null && rounds(t, exact, side)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The side a rounding word before the number gives, or null if none stands before it. */
  private static Side roundingSide(Term t, DistinctiveTerms terms) {
    for (TermOccurrence o : terms.occurrences()) {
      if (o.term().equals(t)) {
        Side side = ROUNDING.get(o.before());
        if (side != null) {
          return side;
        }
      }
    }
    return null;
  }

  /**
   * Whether {@code rounded} is {@code exact} rounded, the exact figure on any side: fewer
   * significant digits, at most one unit of its last significant digit and a tenth of the larger
   * away; for clock times, one on the hour at most a quarter of an hour away.
   *
   * @param rounded a figure, perhaps rounded
   * @param exact a figure
   * @return true if the first rounds the second
   */
  static boolean rounds(Term rounded, Term exact) {
    return rounds(rounded, exact, Side.EITHER);
  }

  private static boolean rounds(Term rounded, Term exact, Side side) {
    if (ClockTimes.isTime(rounded) || ClockTimes.isTime(exact)) {
      return ClockTimes.isTime(rounded)
          && ClockTimes.isTime(exact)
          && roundsTime(ClockTimes.minutes(rounded), ClockTimes.minutes(exact), side);
    }
    BigDecimal r = value(rounded);
    BigDecimal e = value(exact);
    if (r == null || e == null || r.signum() <= 0 || e.signum() <= 0 || !onSide(r, e, side)) {
      return false;
    }
    r = r.stripTrailingZeros();
    e = e.stripTrailingZeros();
    if (r.precision() >= e.precision()) {
      return false;
    }
    BigDecimal distance = r.subtract(e).abs();
    BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(-r.scale());
    return distance.compareTo(unit) <= 0
        && distance.multiply(BigDecimal.TEN).compareTo(r.max(e)) <= 0;
  }

  private static boolean roundsTime(int rounded, int exact, Side side) {
    return rounded % 60 == 0
        && rounded != exact
        && Math.abs(rounded - exact) <= 15
        && onSide(BigDecimal.valueOf(rounded), BigDecimal.valueOf(exact), side);
  }

  /** The exact figure lies on the side the rounding word gives. */
  private static boolean onSide(BigDecimal rounded, BigDecimal exact, Side side) {
    return switch (side) {
      case ABOVE -> exact.compareTo(rounded) >= 0;
      case BELOW -> exact.compareTo(rounded) <= 0;
      case EITHER -> true;
    };
  }

  /**
   * A number's value, or null for a key that is no plain number, or too long to compare as one
   * ({@code stripTrailingZeros} costs the square of the zeros).
   */
  private static BigDecimal value(Term t) {
    String key = t.key();
    if (key.isEmpty() || key.length() > MAX_DIGITS) {
      return null;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if ((c < '0' || c > '9') && c != '.') {
        return null;
      }
    }
    try {
      return new BigDecimal(key);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static List<String> texts(List<Term> terms) {
    List<String> out = new ArrayList<>(terms.size());
    for (Term t : terms) {
      out.add(t.text());
    }
    return out;
  }
}
