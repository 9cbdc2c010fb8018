package org.bulletins.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which stories {@link BulletinStore#stories(StoryQuery)} returns: an optional date range on the
 * merged item's date (both ends included; an undated story is left out when a bound is given) and
 * an optional full-text search. The search text is split on white space; a story matches when one
 * of its members holds every word in its title or paragraphs (case and accents ignored, FTS5 {@code
 * unicode61} words). Quotes and FTS5 operators in the text are searched for as words, never
 * interpreted.
 *
 * <p>A query can also ask for one page of its stories, in their order (newest first): skip {@code
 * offset} stories, then return at most {@code limit}. Only the stories of the page are read and
 * decoded, so a common word costs what its page costs; {@link BulletinStore#storyCount(StoryQuery)}
 * counts all the stories that match.
 *
 * <pre>{@code
 * StoryQuery q = StoryQuery.all().withSince(LocalDate.of(2026, 11, 1)).withSearch("flood honduras");
 * StoryQuery secondPage = StoryQuery.all().withSearch("flood").withOffset(20).withLimit(20);
 * }</pre>
 *
 * @param since the first day, if any
 * @param until the last day, if any
 * @param search the words to find, if any (not blank)
 * @param limit the most stories to return, if limited (not negative)
 * @param offset how many of the selected stories to skip first (not negative)
 * @since 0.2.0
 */
public record StoryQuery(
    Optional<LocalDate> since,
    Optional<LocalDate> until,
    Optional<String> search,
    OptionalInt limit,
    int offset) {

  /**
   * Validates the query.
   *
   * @param since the first day, if any
   * @param until the last day, if any
   * @param search the words to find, if any (not blank)
   * @param limit the most stories to return, if limited (not negative)
   * @param offset how many of the selected stories to skip first (not negative)
   */
  public StoryQuery {
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(search, "search");
    Objects.requireNonNull(limit, "limit");
    if (search.isPresent() && search.get().isBlank()) {
      throw new IllegalArgumentException("search must not be blank");
    }
    if (limit.isPresent() && limit.getAsInt() < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit.getAsInt());
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative: " + offset);
    }
  }

  /**
   * A query without paging (every selected story).
   *
   * @param since the first day, if any
   * @param until the last day, if any
   * @param search the words to find, if any (not blank)
   */
  public StoryQuery(Optional<LocalDate> since, Optional<LocalDate> until, Optional<String> search) {
    this(since, until, search, OptionalInt.empty(), 0);
  }

  /**
   * Whether the query asks for a page rather than every selected story.
   *
   * @return true with a limit or an offset
   */
  public boolean paged() {
    return limit.isPresent() || offset > 0;
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
    return new StoryQuery(Optional.of(day), until, search, limit, offset);
  }

  /**
   * This query up to a last day.
   *
   * @param day the last day, included
   * @return a new query
   */
  public StoryQuery withUntil(LocalDate day) {
    return new StoryQuery(since, Optional.of(day), search, limit, offset);
  }

  /**
   * This query with a full-text search.
   *
   * @param text the words to find, not blank
   * @return a new query
   */
  public StoryQuery withSearch(String text) {
    return new StoryQuery(since, until, Optional.of(text), limit, offset);
  }

  /**
   * This query returning at most {@code count} stories.
   *
   * @param count the most stories to return, not negative
   * @return a new query
   */
  public StoryQuery withLimit(int count) {
    return new StoryQuery(since, until, search, OptionalInt.of(count), offset);
  }

  /**
   * This query skipping its first {@code count} stories.
   *
   * @param count how many stories to skip, not negative
   * @return a new query
   */
  public StoryQuery withOffset(int count) {
    return new StoryQuery(since, until, search, limit, count);
  }
}
