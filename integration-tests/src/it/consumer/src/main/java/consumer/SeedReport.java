package consumer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bulletins.dedup.DedupEngine;
import org.bulletins.model.NewsItem;
import org.bulletins.model.ParsedDocument;
import org.bulletins.parser.BulletinParser;

/** What a user writes: parse a page, then deduplicate a folder. */
public final class SeedReport {

  private SeedReport() {}

  public static ParsedDocument parsePage(Path page) throws IOException {
    return BulletinParser.create().parse(page);
  }

  public static int countStories(Path folder) throws IOException {
    List<NewsItem> items = new ArrayList<>();
    try (Stream<Path> pages = Files.list(folder)) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        items.addAll(parsePage(page).items());
      }
    }
    return DedupEngine.create().deduplicate(items).stories().size();
  }
}
