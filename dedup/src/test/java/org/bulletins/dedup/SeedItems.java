package org.bulletins.dedup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.bulletins.model.NewsItem;
import org.bulletins.parser.BulletinParser;
import org.bulletins.testing.Seeds;

/** The items of the five real seed pages, read with the default parser. */
final class SeedItems {

  private SeedItems() {}

  static List<NewsItem> items() {
    BulletinParser parser = BulletinParser.create();
    return Seeds.items(
        page -> {
          try {
            return parser.parse(page).items();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
