package org.bulletins.store;

import java.util.List;

/**
 * A page of the stories a query selects and how many it selects in all, both read in one snapshot
 * of the store: an ingest that commits meanwhile changes neither.
 *
 * <pre>{@code
 * StoryPage page = store.page(StoryQuery.all().withSearch("flood").withLimit(20));
 * page.stories().size(); // at most 20
 * page.total();          // every story the search matches
 * }</pre>
 *
 * @param stories the stories of the page, in the order of {@link BulletinStore#stories}
 * @param total how many stories the query selects, whatever its limit and offset
 * @since 0.2.0
 */
public record StoryPage(List<StoredStory> stories, long total) {

  /**
   * Copies the stories and validates the total.
   *
   * @param stories the stories of the page
   * @param total the number selected in all, not negative
   */
  public StoryPage {
    stories = List.copyOf(stories);
    if (total < 0) {
      throw new IllegalArgumentException("total must not be negative: " + total);
    }
  }
}
