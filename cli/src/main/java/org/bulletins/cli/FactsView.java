package org.bulletins.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bulletins.facts.ItemFacts;

/**
 * The {@code facts} object of {@code parse --facts}: {@code language} ({@code en}, {@code es},
 * {@code fr}, {@code pt} or {@code unknown}), {@code countries} (ISO 3166 alpha-2), {@code
 * organizations} (acronyms), {@code numbers} ({@code {"value":260,"counts":"officials"}}), {@code
 * eventDates} (yyyy-MM-dd) and {@code dateline} (a place or null).
 */
@JsonPropertyOrder({"language", "countries", "organizations", "numbers", "eventDates", "dateline"})
record FactsView(
    String language,
    List<String> countries,
    List<String> organizations,
    List<NumberView> numbers,
    List<LocalDate> eventDates,
    Optional<String> dateline) {

  /** A number and what it counts. */
  @JsonPropertyOrder({"value", "counts"})
  record NumberView(long value, String counts) {}

  static FactsView of(ItemFacts facts) {
    return new FactsView(
        facts.language().code(),
        facts.countries(),
        facts.organizations(),
        facts.numbers().stream().map(n -> new NumberView(n.value(), n.counts())).toList(),
        facts.eventDates(),
        facts.dateline());
  }
}
