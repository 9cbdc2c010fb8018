package org.bulletins.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bulletins.model.NewsItem;
import org.bulletins.parser.BulletinParser;
import org.junit.jupiter.api.Test;

/**
 * The language of every item of the parser's layout test pages ({@code
 * parser/src/test/resources/layouts}, written by us; the file name starts with the page's language:
 * {@code es-dateline.txt}) is read right: whole items, parsed as the CLI parses them.
 */
class LayoutPagesLanguageTest {

  static final Path LAYOUTS = Path.of("..", "parser", "src", "test", "resources", "layouts");

  @Test
  void everyItemOfEveryLayoutPageHasItsPagesLanguage() throws IOException {
    List<Path> pages;
    try (Stream<Path> files = Files.list(LAYOUTS)) {
      pages = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(pages).hasSizeGreaterThanOrEqualTo(18);
    BulletinParser parser = BulletinParser.create();
    FactExtractor facts = FactExtractor.create();
    int items = 0;
    List<String> wrong = new ArrayList<>();
    List<String> languages = new ArrayList<>();
    for (Path page : pages) {
      String name = page.getFileName().toString();
      Language expected = Language.ofCode(name.substring(0, name.indexOf('-')));
      languages.add(expected.code());
      List<NewsItem> parsed = parser.parse(page).items();
      assertThat(parsed).as(name).isNotEmpty();
      for (NewsItem item : parsed) {
        items++;
        Language found = facts.extract(item).language();
        if (found != expected) {
          wrong.add(name + ": " + item.title() + " -> " + found);
        }
      }
    }
    System.out.printf(
        "language on layout pages: %d items, %d wrong %s%n", items, wrong.size(), wrong);
    assertThat(languages).contains("en", "es", "fr", "pt");
    assertThat(wrong).isEmpty();
  }
}
