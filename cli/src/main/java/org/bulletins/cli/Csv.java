package org.bulletins.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * RFC 4180 CSV: a field with a comma, a quote, a line break or leading or trailing space is quoted,
 * quotes doubled; lines end in CRLF as the RFC says. A field that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return gets a leading {@code '}, so that a spreadsheet
 * never reads a title as a formula (OWASP's advice against CSV injection).
 */
final class Csv {

  private Csv() {}

  static void row(PrintWriter out, List<String> fields) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(field(fields.get(i)));
    }
    out.print(line.append("\r\n"));
  }

  static String field(String raw) {
    String value = startsLikeAFormula(raw) ? "'" + raw : raw;
    boolean quote =
        value.indexOf(',') >= 0
            || value.indexOf('"') >= 0
            || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0
            || (!value.isEmpty() && (value.charAt(0) == ' ' || value.endsWith(" ")));
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }

  private static boolean startsLikeAFormula(String value) {
    return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
  }
}
