package org.bulletins.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which stories {@link BulletinStore#stories(StoryQuery)} returns: an optional date range on the
 * merged item's date (both ends included; an undated story is left out when a bound is given) and
 * an optional full-text search. The search text is split on white space; a story matches when one
 * of its members holds every word in its title or paragraphs (case and accents ignored, FTS5 {@code
 * unicode61} words). Quotes and FTS5 operators in the text are searched for as words, never
 * interpreted.
 *
 * <pre>{@code
 * StoryQuery q = StoryQuery.all().withSince(LocalDate.of(2026, 11, 1)).withSearch("flood honduras");
 * }</pre>
 *
 * @param since the first day, if any
 * @param until the last day, if any
 * @param search the words to find, if any (not blank)
 * @since 0.2.0
 */
public record StoryQuery(
    Optional<LocalDate> since, Optional<LocalDate> until, Optional<String> search) {

  /**
   * Validates the query.
   *
   * @param since the first day, if any
   * @param until the last day, if any
   * @param search the words to find, if any (not blank)
   */
  public StoryQuery {
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(search, "search");
    if (search.isPresent() && search.get().isBlank()) {
      throw new IllegalArgumentException("search must not be blank");
    }
  }

  /**
   * Every story.
   *
   * @return a query without conditions
   */
  public static StoryQuery all() {
    return new StoryQuery(Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * This query from a first day on.
   *
   * @param day the first day, included
   * @return a new query
   */
  public StoryQuery withSince(LocalDate day) {
    return new StoryQuery(Optional.of(day), until, search);
  }

  /**
   * This query up to a last day.
   *
   * @param day the last day, included
   * @return a new query
   */
  public StoryQuery withUntil(LocalDate day) {
    return new StoryQuery(since, Optional.of(day), search);
  }

  /**
   * This query with a full-text search.
   *
   * @param text the words to find, not blank
   * @return a new query
   */
  public StoryQuery withSearch(String text) {
    return new StoryQuery(since, until, Optional.of(text));
  }
}
