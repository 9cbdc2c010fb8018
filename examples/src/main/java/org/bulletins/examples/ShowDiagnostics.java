package org.bulletins.examples;

import java.nio.file.Path;
import org.bulletins.model.Diagnostic;
import org.bulletins.model.NewsItem;
import org.bulletins.model.ParsedDocument;
import org.bulletins.parser.BulletinParser;

/**
 * Shows what the parser reports on a messy bulletin: {@code ShowDiagnostics [FILE]}. Without a file
 * it parses a built-in page with an impossible date, an entity-laden title and a date line that has
 * no item after it.
 */
public final class ShowDiagnostics {

  /** A small messy page: every line of it ends in an item or in a diagnostic. */
  static final String MESSY_PAGE =
      """
      31 June, 2021
      IOM &amp; partners hold a\u00A0workshop
      The workshop gathered 40 officials.


      Sept. 3rd, 2021

      12 de julio de 2021

      A title after a Spanish date

      Its only paragraph, hard-wrapped
      over two lines.

      4 August, 2021
      """;

  private ShowDiagnostics() {}

  /**
   * Runs the example.
   *
   * @param args optionally, the path of a bulletin file
   * @throws Exception if the file cannot be read
   */
  public static void main(String[] args) throws Exception {
    BulletinParser parser = BulletinParser.create();
    ParsedDocument document =
        args.length > 0 ? parser.parse(Path.of(args[0])) : parser.parse(MESSY_PAGE, "messy.txt");

    System.out.println(document);
    for (NewsItem item : document.items()) {
      System.out.println("  item: " + item);
    }
    for (Diagnostic diagnostic : document.diagnostics()) {
      // Printed like a compiler message: source:line:column: severity: code: message
      System.out.println("  " + diagnostic);
    }
  }
}
