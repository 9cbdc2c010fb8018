package org.bulletins.dedup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.bulletins.model.NewsItem;
import org.bulletins.parser.BulletinParser;
import org.bulletins.testing.Seeds;

/**
 * The work {@link CompiledLoopsTest} runs in a JVM of its own: the seed pages parsed and their
 * items deduplicated again and again, until C2 has compiled the parser's and the engine's hot
 * methods and run them on the same texts.
 */
final class CompiledLoopsWorkload {

  private CompiledLoopsWorkload() {}

  /**
   * Runs the work.
   *
   * @param args the rounds (each parses the five pages once and deduplicates their items once)
   */
  public static void main(String[] args) {
    int rounds = Integer.parseInt(args[0]);
    BulletinParser parser = BulletinParser.create();
    DedupEngine engine = DedupEngine.create();
    long stories = 0;
    for (int round = 0; round < rounds; round++) {
      List<NewsItem> items =
          Seeds.items(
              page -> {
                try {
                  return parser.parse(page).items();
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      stories += engine.deduplicate(items).stories().size();
    }
    System.out.println(stories);
  }
}
