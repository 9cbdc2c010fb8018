package org.bulletins.dedup.internal.crosslang;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.bulletins.facts.CountedNumber;
import org.bulletins.facts.ItemFacts;
import org.bulletins.facts.Language;
import org.bulletins.model.MatchEvidence;
import org.bulletins.model.MatchRule;

/**
 * Decides whether two items in different languages tell the same story from the facts that do not
 * depend on the language (see {@link org.bulletins.facts.FactExtractor}): translations share no
 * words, but they share their date, their figures, their organisations and their countries.
 * Precision first: the rule says "same" only when
 *
 * <ol>
 *   <li>the two languages are known and differ;
 *   <li>both items are dated at most {@value #MAX_DAYS} day apart (and within the engine's date
 *       window), and where both open with a dateline, its places may be one ({@link
 *       DatelinePlaces});
 *   <li>they share a <em>strong number</em> (a count of at least {@value #STRONG_NUMBER}), or a
 *       number and a day named in the text;
 *   <li>their numbers agree: the shared values are at least {@value #AGREEMENT} of all values of
 *       both (the same event family with other figures stays apart);
 *   <li>where both name organisations, and where both name countries, those agree the same way;
 *   <li>at least {@value #MIN_STRONG} strong facts agree (numbers, organisations, days named in the
 *       text; a number under {@value #STRONG_NUMBER} counts half), or {@value #MIN_STRONG} minus
 *       one and a country.
 * </ol>
 *
 * <p>The evidence names every agreeing fact as a shared term ({@code number:260}, {@code
 * organization:IOM}, {@code country:CR}, {@code date:2021-05-27}); its strength is the share of
 * agreeing facts among all facts of the two items. Similarities are 0: the texts are not compared.
 * Immutable and thread-safe.
 */
public final class TranslationVerifier {

  /** Most days between the items' dates. */
  public static final int MAX_DAYS = 1;

  /** Least value of a number that alone ties two items. */
  public static final long STRONG_NUMBER = 10;

  /** Least share of agreeing values among all values of one kind of fact. */
  public static final double AGREEMENT = 0.5;

  /** Least count of agreeing strong facts. */
  public static final double MIN_STRONG = 3;

  private final int maxDays;

  /**
   * A verifier within a date window.
   *
   * @param dateWindowDays the engine's date window; the rule uses the smaller of it and {@value
   *     #MAX_DAYS}
   */
  public TranslationVerifier(int dateWindowDays) {
    this.maxDays = Math.min(MAX_DAYS, dateWindowDays);
  }

  /**
   * The evidence that two items are translations of one story, if their facts agree.
   *
   * @param dateA one item's date
   * @param a its facts
   * @param dateB the other's date
   * @param b its facts
   * @return the evidence of rule {@link MatchRule#TRANSLATION}, or empty
   */
  public Optional<MatchEvidence> verify(
      Optional<LocalDate> dateA, ItemFacts a, Optional<LocalDate> dateB, ItemFacts b) {
    if (a.language() == Language.UNKNOWN
        || b.language() == Language.UNKNOWN
        || a.language() == b.language()
        || dateA.isEmpty()
        || dateB.isEmpty()) {
      return Optional.empty();
    }
    long days = Math.abs(ChronoUnit.DAYS.between(dateA.get(), dateB.get()));
    if (days > maxDays || datelinesDiffer(a, b)) {
      return Optional.empty();
    }
    Set<Long> numbersA = values(a.numbers());
    Set<Long> numbersB = values(b.numbers());
    Agreement<Long> numbers = Agreement.of(numbersA, numbersB);
    Agreement<String> organizations = Agreement.of(a.organizations(), b.organizations());
    Agreement<String> countries = Agreement.of(a.countries(), b.countries());
    Agreement<LocalDate> eventDates = Agreement.of(a.eventDates(), b.eventDates());
    long strongNumbers = numbers.shared().stream().filter(v -> v >= STRONG_NUMBER).count();
    boolean anchored =
        strongNumbers > 0 || (!numbers.shared().isEmpty() && !eventDates.shared().isEmpty());
    if (!anchored
        || !numbers.agrees()
        || !organizations.agreesIfBoth()
        || !countries.agreesIfBoth()
        || !eventDates.agreesIfBoth()) {
      return Optional.empty();
    }
    double strong =
        strongNumbers
            + 0.5 * (numbers.shared().size() - strongNumbers)
            + organizations.shared().size()
            + eventDates.shared().size();
    if (strong < MIN_STRONG && (strong < MIN_STRONG - 1 || countries.shared().isEmpty())) {
      return Optional.empty();
    }
    List<String> agreeing = new ArrayList<>();
    numbers.shared().forEach(v -> agreeing.add("number:" + v));
    organizations.shared().forEach(o -> agreeing.add("organization:" + o));
    countries.shared().forEach(c -> agreeing.add("country:" + c));
    eventDates.shared().forEach(d -> agreeing.add("date:" + d));
    int all = numbers.union() + organizations.union() + countries.union() + eventDates.union();
    double strength = (double) agreeing.size() / all;
    Map<String, Double> scores = new TreeMap<>();
    scores.put("sharedNumbers", (double) numbers.shared().size());
    scores.put("sharedOrganizations", (double) organizations.shared().size());
    scores.put("sharedCountries", (double) countries.shared().size());
    scores.put("sharedEventDates", (double) eventDates.shared().size());
    scores.put("factAgreement", strength);
    scores.put("strength", strength);
    return Optional.of(
        new MatchEvidence(
            0.0,
            0.0,
            0.0,
            Optional.of((int) days),
            agreeing,
            List.of(),
            true,
            MatchRule.TRANSLATION,
            scores,
            strength));
  }

  /**
   * Whether both items open with a dateline and the two places surely differ: one organisation's
   * two events in one country, each datelined where it happened.
   */
  private static boolean datelinesDiffer(ItemFacts a, ItemFacts b) {
    return a.dateline().isPresent()
        && b.dateline().isPresent()
        && !DatelinePlaces.isNoPlace(a.dateline().get())
        && !DatelinePlaces.isNoPlace(b.dateline().get())
        && !DatelinePlaces.mayBeSame(a.dateline().get(), b.dateline().get());
  }

  private static Set<Long> values(List<CountedNumber> numbers) {
    Set<Long> values = new LinkedHashSet<>();
    numbers.forEach(n -> values.add(n.value()));
    return values;
  }

  /** The facts of one kind that two items share, and how many they name in all. */
  private record Agreement<T>(List<T> shared, int union, boolean bothNamed) {

    static <T> Agreement<T> of(java.util.Collection<T> a, java.util.Collection<T> b) {
      Set<T> all = new LinkedHashSet<>(a);
      all.addAll(b);
      List<T> shared = new ArrayList<>();
      for (T value : a) {
        if (b.contains(value) && !shared.contains(value)) {
          shared.add(value);
        }
      }
      return new Agreement<>(shared, all.size(), !a.isEmpty() && !b.isEmpty());
    }

    boolean agrees() {
      return union == 0 || shared.size() >= AGREEMENT * union;
    }

    boolean agreesIfBoth() {
      return !bothNamed || agrees();
    }
  }
}
