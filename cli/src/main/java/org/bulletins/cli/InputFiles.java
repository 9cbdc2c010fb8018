package org.bulletins.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Expands the command's PATH arguments: a file stands for itself, a folder for its {@code *.txt}
 * files in name order. Each file keeps the path as the user wrote it, so that output names it the
 * same way. Every file is checked before anything is read, so a bad path fails the command before
 * it writes any output; a file named twice is read once.
 */
final class InputFiles {

  private InputFiles() {}

  static List<Path> expand(List<String> arguments, PrintWriter err) {
    List<Path> files = new ArrayList<>();
    Map<Path, Path> seen = new HashMap<>();
    for (String argument : arguments) {
      Path path = parse(argument);
      List<Path> named = Files.isDirectory(path) ? textFilesIn(path, argument) : List.of(path);
      for (Path file : named) {
        checkReadable(file);
        Path first = seen.putIfAbsent(realPath(file), file);
        if (first == null) {
          files.add(file);
        } else {
          err.println("bulletins: " + file + " is the same file as " + first + "; it is read once");
        }
      }
    }
    return files;
  }

  private static Path parse(String argument) {
    try {
      return Path.of(argument);
    } catch (InvalidPathException e) {
      throw new InputException("not a valid path here: " + argument + " (" + e.getReason() + ")");
    }
  }

  private static void checkReadable(Path file) {
    if (!Files.exists(file)) {
      throw new InputException("no such file or folder: " + file);
    }
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new InputException("cannot read: " + file);
    }
  }

  private static List<Path> textFilesIn(Path folder, String argument) {
    List<Path> texts;
    try (Stream<Path> children = Files.list(folder)) {
      texts =
          children
              .filter(child -> child.getFileName().toString().endsWith(".txt"))
              .filter(Files::isRegularFile)
              .sorted(Comparator.comparing(child -> child.getFileName().toString()))
              .toList();
    } catch (IOException e) {
      throw new InputException("cannot list folder: " + argument + " (" + reason(e) + ")");
    }
    if (texts.isEmpty()) {
      throw new InputException("no .txt files in folder: " + argument);
    }
    return texts;
  }

  private static Path realPath(Path file) {
    try {
      return file.toRealPath();
    } catch (IOException e) {
      throw new InputException("cannot read: " + file + " (" + reason(e) + ")");
    }
  }

  static long totalBytes(List<Path> files) {
    long total = 0;
    for (Path file : files) {
      try {
        total += Files.size(file);
      } catch (IOException e) {
        throw new InputException("cannot read: " + file + " (" + reason(e) + ")");
      }
    }
    return total;
  }

  /** The reason of an I/O failure in words, without the exception's class name. */
  static String reason(IOException e) {
    if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
      return fileSystem.getReason();
    }
    String name = e.getClass().getSimpleName().replace("Exception", "");
    return e.getMessage() == null ? name : e.getMessage();
  }
}
