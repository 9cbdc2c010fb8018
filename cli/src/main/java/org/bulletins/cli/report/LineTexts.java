package org.bulletins.cli.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;

/**
 * Reads back the text of a few lines of a file, for showing diagnostics in context. Lines end at
 * LF, CRLF or CR, as the parser counts them; bytes that are not UTF-8 show as U+FFFD. A line longer
 * than {@link #MAX_CHARS} is cut there, so a diagnostic on a 20 MB line stays readable.
 */
final class LineTexts {

  static final int MAX_CHARS = 400;

  private LineTexts() {}

  /**
   * The text of each wanted line (1-based) that the file has; lines past its end are absent.
   *
   * @throws IOException if the file cannot be read
   */
  static Map<Integer, String> read(Path file, NavigableSet<Integer> wanted) throws IOException {
    Map<Integer, String> texts = new HashMap<>();
    if (wanted.isEmpty()) {
      return texts;
    }
    int last = wanted.last();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                Files.newInputStream(file),
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)))) {
      StringBuilder line = new StringBuilder();
      int number = 1;
      int c = reader.read();
      if (c == '\uFEFF') { // a byte order mark is not part of the first line
        c = reader.read();
      }
      while (c != -1 && number <= last) {
        if (c == '\n' || c == '\r') {
          if (wanted.contains(number)) {
            texts.put(number, line.toString());
          }
          line.setLength(0);
          number++;
          int next = reader.read();
          c = (c == '\r' && next == '\n') ? reader.read() : next;
          continue;
        }
        if (line.length() < MAX_CHARS && wanted.contains(number)) {
          line.append((char) c);
        }
        c = reader.read();
      }
      if (number <= last && wanted.contains(number)) {
        texts.put(number, line.toString()); // the last line, with no line end
      }
    }
    return texts;
  }
}
