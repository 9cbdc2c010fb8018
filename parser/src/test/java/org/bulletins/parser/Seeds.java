package org.bulletins.parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The real seed pages, read from {@code ../seeds/} relative to the module directory. */
final class Seeds {

  static final Path DIRECTORY = Path.of("..", "seeds");

  private Seeds() {}

  /** The seed files, sorted by name. */
  static List<Path> files() {
    try (Stream<Path> files = Files.list(DIRECTORY)) {
      return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The name under which golden files and spans know a seed: {@code seeds/000_....txt}. */
  static String sourceName(Path file) {
    return "seeds/" + file.getFileName();
  }
}
