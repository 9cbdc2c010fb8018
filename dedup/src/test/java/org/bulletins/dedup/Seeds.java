package org.bulletins.dedup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bulletins.model.NewsItem;
import org.bulletins.parser.BulletinParser;

/** The five real seed pages, parsed. */
final class Seeds {

  static final Path DIR = Path.of("../seeds");

  private Seeds() {}

  static List<NewsItem> items() {
    BulletinParser parser = BulletinParser.create();
    List<NewsItem> items = new ArrayList<>();
    try (Stream<Path> files = Files.list(DIR)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        items.addAll(parser.parse(file).items());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(items);
  }
}
