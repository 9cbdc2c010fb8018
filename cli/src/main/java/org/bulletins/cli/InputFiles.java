package org.bulletins.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the command's PATH arguments: a file stands for itself, a folder for its {@code *.txt}
 * files in name order. Each file keeps the path as the user wrote it, so that output names it the
 * same way.
 */
final class InputFiles {

  private InputFiles() {}

  static List<Path> expand(List<String> arguments) {
    List<Path> files = new ArrayList<>();
    for (String argument : arguments) {
      Path path = Path.of(argument);
      if (Files.isDirectory(path)) {
        List<Path> texts = textFilesIn(path, argument);
        if (texts.isEmpty()) {
          throw new InputException("no .txt files in folder: " + argument);
        }
        files.addAll(texts);
      } else if (!Files.exists(path)) {
        throw new InputException("no such file or folder: " + argument);
      } else if (!Files.isReadable(path) || !Files.isRegularFile(path)) {
        throw new InputException("cannot read: " + argument);
      } else {
        files.add(path);
      }
    }
    return files;
  }

  private static List<Path> textFilesIn(Path folder, String argument) {
    try (Stream<Path> children = Files.list(folder)) {
      return children
          .filter(child -> child.getFileName().toString().endsWith(".txt"))
          .filter(Files::isRegularFile)
          .sorted(Comparator.comparing(child -> child.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      throw new InputException("cannot list folder: " + argument + " (" + e.getMessage() + ")");
    }
  }

  static long totalBytes(List<Path> files) {
    long total = 0;
    for (Path file : files) {
      try {
        total += Files.size(file);
      } catch (IOException e) {
        throw new InputException("cannot read: " + file + " (" + e.getMessage() + ")");
      }
    }
    return total;
  }
}
