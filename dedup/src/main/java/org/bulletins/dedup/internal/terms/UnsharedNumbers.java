package org.bulletins.dedup.internal.terms;

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
 *   <li>a rounded figure after a word that says so ({@code Mais de 370}, {@code below 38 per cent},
 *       {@code nearly 1,000}) when the other item states the exact one it rounds ({@code 371},
 *       {@code 37.6}, {@code 962}): one figure, not two. Rounded means fewer significant digits, at
 *       most one unit of its last one and a tenth away; a clock time on the hour rounds one within
 *       half an hour ({@code shortly after 5 p.m.}, {@code about 5:15 p.m.});
 *   <li>clock times, when the other item states no clock time of its own, and counts, when it
 *       states no count: each kind is compared with its own.
 * </ul>
 */
final class UnsharedNumbers {

  /** Months (with their short forms) and weekdays in the four languages, lower case. */
  private static final ImmutableSet<String> CALENDAR =
      ImmutableSet.copyOf(
          ("january february march april may june july august september october november december"
                  + " jan feb mar apr jun jul aug sep sept oct nov dec"
                  + " monday tuesday wednesday thursday friday saturday sunday"
                  + " enero febrero marzo abril mayo junio julio agosto septiembre setiembre"
                  + " octubre noviembre diciembre ene abr ago dic"
                  + " lunes martes miércoles miercoles jueves viernes sábado sabado domingo"
                  + " janvier février fevrier mars avril mai juin juillet août aout septembre"
                  + " octobre novembre décembre decembre janv févr fevr fév fev avr juil déc"
                  + " lundi mardi mercredi jeudi vendredi samedi dimanche"
                  + " janeiro fevereiro março marco maio junho julho setembro outubro novembro"
                  + " dezembro set out dez"
                  + " segunda-feira terça-feira terca-feira quarta-feira quinta-feira sexta-feira")
              .split(" "));

  /** The word before a rounded figure: more than, over, about, nearly... in the four languages. */
  private static final ImmutableSet<String> ROUNDING =
      ImmutableSet.copyOf(
          ("than over about around nearly almost roughly approximately some under below above"
                  + " de environ presque quelque quelques près pres casi unos unas alrededor"
                  + " aproximadamente cerca quase perto after before past shortly vers avant après"
                  + " apres antes después despues depois")
              .split(" "));

  private UnsharedNumbers() {}

  /**
   * The numbers each item states and the other never mentions, less those left out, and of those
   * only the kinds (counts, clock times) that both items have: what contradicts.
   *
   * @param a one item's terms
   * @param b the other's
   * @return {@code [a's, b's]}, each as written; both empty or both not
   */
  static List<List<String>> of(DistinctiveTerms a, DistinctiveTerms b) {
    List<Term> onlyA = missingIn(a, b);
    List<Term> onlyB = missingIn(b, a);
    if (onlyA.isEmpty() || onlyB.isEmpty()) {
      return List.of(List.of(), List.of());
    }
    dropRoundings(onlyA, a, onlyB, b);
    // Counts against counts, clock times against clock times: a rewrite that adds when a road
    // reopened states no other count.
    List<String> inA = new ArrayList<>();
    List<String> inB = new ArrayList<>();
    for (boolean times : new boolean[] {false, true}) {
      List<String> x = texts(onlyA, times);
      List<String> y = texts(onlyB, times);
      if (!x.isEmpty() && !y.isEmpty()) {
        inA.addAll(x);
        inB.addAll(y);
      }
    }
    return List.of(inA, inB);
  }

  /** A clock time ({@link ClockTimes}): its key is {@code H:MM}. */
  static boolean isTime(Term t) {
    return t.key().indexOf(':') > 0;
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
    if (key.isEmpty() || key.length() > 2 || !Character.isDigit(key.charAt(0))) {
      return false;
    }
    int day = parseSmall(key);
    if (day < 1 || day > 31) {
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

  private static int parseSmall(String key) {
    int value = 0;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /**
   * Removes from both lists each rounded figure whose exact figure the other item states (listed or
   * shared), and each exact figure the other item rounds.
   */
  private static void dropRoundings(
      List<Term> onlyA, DistinctiveTerms a, List<Term> onlyB, DistinctiveTerms b) {
    onlyA.removeIf(x -> (isRoundedBy(x, a) && roundsAny(x, b)) || isRoundedIn(x, b));
    onlyB.removeIf(y -> (isRoundedBy(y, b) && roundsAny(y, a)) || isRoundedIn(y, a));
  }

  /** Some number of {@code terms} is {@code rounded} written exactly. */
  private static boolean roundsAny(Term rounded, DistinctiveTerms terms) {
    for (Term t : terms.terms()) {
      if (t.kind() == Term.Kind.NUMBER && rounds(rounded, t)) {
        return true;
      }
    }
    return false;
  }

  /** Some number of {@code terms} is {@code exact} rounded, after a word that says so. */
  private static boolean isRoundedIn(Term exact, DistinctiveTerms terms) {
    for (Term t : terms.terms()) {
      if (t.kind() == Term.Kind.NUMBER && rounds(t, exact) && isRoundedBy(t, terms)) {
        return true;
      }
    }
    return false;
  }

  /** The item writes the number after a word that says it is rounded ({@code more than 370}). */
  private static boolean isRoundedBy(Term t, DistinctiveTerms terms) {
    for (TermOccurrence o : terms.occurrences()) {
      if (o.term().equals(t) && ROUNDING.contains(o.before())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code rounded} is {@code exact} rounded: fewer significant digits, at most one unit of
   * its last significant digit away, and at most a tenth of the larger away.
   */
  static boolean rounds(Term rounded, Term exact) {
    if (isTime(rounded) || isTime(exact)) {
      return isTime(rounded) && isTime(exact) && roundsTime(rounded.key(), exact.key());
    }
    BigDecimal r = value(rounded);
    BigDecimal e = value(exact);
    if (r == null || e == null || r.signum() <= 0 || e.signum() <= 0) {
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

  /** A time on the hour rounds another within half an hour ({@code after 5 p.m.}, {@code 5:15}). */
  private static boolean roundsTime(String rounded, String exact) {
    int r = minutes(rounded);
    int e = minutes(exact);
    return r % 60 == 0 && r != e && Math.abs(r - e) <= 30;
  }

  private static int minutes(String time) {
    int colon = time.indexOf(':');
    return Integer.parseInt(time.substring(0, colon)) * 60
        + Integer.parseInt(time.substring(colon + 1));
  }

  private static BigDecimal value(Term t) {
    String key = t.key();
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

  private static List<String> texts(List<Term> terms, boolean times) {
    List<String> out = new ArrayList<>();
    for (Term t : terms) {
      if (isTime(t) == times) {
        out.add(t.text());
      }
    }
    return out;
  }
}
