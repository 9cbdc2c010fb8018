package org.bulletins.examples;

import java.nio.file.Path;
import org.bulletins.model.NewsItem;
import org.bulletins.model.ParsedDocument;
import org.bulletins.parser.BulletinParser;

/**
 * Parses one bulletin file and prints its items: {@code ParseBulletin
 * seeds/000_790d4aadd91aa11f.txt}.
 */
public final class ParseBulletin {

  private ParseBulletin() {}

  /**
   * Runs the example.
   *
   * @param args the path of a bulletin file
   * @throws Exception if the file cannot be read
   */
  public static void main(String[] args) throws Exception {
    BulletinParser parser = BulletinParser.create(); // immutable and thread-safe: build once
    ParsedDocument document = parser.parse(Path.of(args[0]));

    for (NewsItem item : document.items()) {
      String date = item.date().map(Object::toString).orElse("undated");
      System.out.println(date + "  " + item.title());
      System.out.println("    " + item.paragraphs().size() + " paragraph(s), " + item.span());
    }
    // Nothing is silently dropped: anything odd is reported with its line and column.
    document.diagnostics().forEach(System.err::println);
  }
}
