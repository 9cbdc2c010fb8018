package org.bulletins.parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One example of the spec file: a name, an input text and the expected rendering of the parsed
 * document (see {@code src/test/resources/spec/bulletins.spec}).
 */
record SpecExample(String name, int line, List<String> input, List<String> expected) {

  static List<SpecExample> load(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<SpecExample> examples = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      if (!lines.get(i).startsWith("=== ")) {
        i++;
        continue;
      }
      String name = lines.get(i).substring(4);
      int start = i + 1;
      List<String> input = new ArrayList<>();
      for (i = start; !lines.get(i).equals("---"); i++) {
        input.add(unescape(lines.get(i)));
      }
      List<String> expected = new ArrayList<>();
      for (i++; i < lines.size() && !lines.get(i).startsWith("=== "); i++) {
        if (!lines.get(i).isBlank()) {
          expected.add(lines.get(i));
        }
      }
      examples.add(new SpecExample(name, start, input, expected));
    }
    return examples;
  }

  /** The input with the given line end after every line. */
  String text(String lineEnd) {
    StringBuilder text = new StringBuilder();
    for (String line : input) {
      text.append(line).append(lineEnd);
    }
    return text.toString();
  }

  private static String unescape(String line) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        char next = line.charAt(i + 1);
        if (next == 't') {
          out.append('\t');
          i++;
          continue;
        }
        if (next == '\\') {
          out.append('\\');
          i++;
          continue;
        }
        if (next == 'u' && i + 5 < line.length()) {
          out.append((char) Integer.parseInt(line.substring(i + 2, i + 6), 16));
          i += 5;
          continue;
        }
      }
      out.append(c);
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return name + " (spec line " + line + ")";
  }
}
