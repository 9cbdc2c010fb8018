package org.bulletins.facts;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What one item is about, independently of its language. Lists keep the order of first mention
 * (title first, then paragraphs) and hold no duplicate.
 *
 * <pre>{@code
 * ItemFacts facts = FactExtractor.create().extract(item);
 * facts.countries();     // ["GT"]
 * facts.organizations(); // ["IGM", "IOM"]
 * }</pre>
 *
 * @param language the item's language, {@link Language#UNKNOWN} when unclear
 * @param countries ISO 3166 alpha-2 codes of the countries named (or whose people are named)
 * @param organizations acronyms of the organisations named: the English acronym for the big
 *     international bodies ({@code IOM} for {@code OIM}), the text's own acronym for a {@code Long
 *     Name (ACRONYM)}
 * @param numbers the numbers written in digits and what they count
 * @param eventDates the calendar days the text names, resolved against the item's date; a day
 *     without a year is left out when the item has no date or the year is unclear
 * @param dateline the place of the first paragraph's dateline, if it has one
 * @since 0.1.0
 */
public record ItemFacts(
    Language language,
    List<String> countries,
    List<String> organizations,
    List<CountedNumber> numbers,
    List<LocalDate> eventDates,
    Optional<String> dateline) {

  /**
   * Makes the lists immutable and checks that nothing is null.
   *
   * @param language the language
   * @param countries country codes
   * @param organizations organisation acronyms
   * @param numbers counted numbers
   * @param eventDates event dates
   * @param dateline the dateline's place
   */
  public ItemFacts {
    requireNonNull(language, "language");
    countries = List.copyOf(countries);
    organizations = List.copyOf(organizations);
    numbers = List.copyOf(numbers);
    eventDates = List.copyOf(eventDates);
    requireNonNull(dateline, "dateline (use Optional.empty())");
  }
}
