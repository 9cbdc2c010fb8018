package org.bulletins.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Expands the command's PATH arguments: a file stands for itself, a folder for its {@code *.txt}
 * files in name order, and {@code -} for standard input. Each file keeps the path as the user wrote
 * it, so that output names it the same way. Every file is checked before anything is read, so a bad
 * path fails the command before it writes any output; a file named twice (also through a symbolic
 * or a hard link) is read once.
 */
final class InputFiles {

  /** The PATH that stands for standard input. */
  static final Path STDIN = Path.of("-");

  /** The source name of standard input in output and diagnostics. */
  static final String STDIN_NAME = "<stdin>";

  private InputFiles() {}

  static List<Path> expand(List<String> arguments, PrintWriter err) {
    List<Path> files = new ArrayList<>();
    Map<Object, Path> seen = new HashMap<>();
    for (String argument : arguments) {
      if (argument.equals("-")) {
        if (seen.putIfAbsent(STDIN_NAME, STDIN) == null) {
          files.add(STDIN);
        }
        continue;
      }
      Path path = parse(argument);
      List<Path> named = isDirectory(path) ? textFilesIn(path, argument, err) : List.of(path);
      for (Path file : named) {
        BasicFileAttributes attributes = requireRegular(file);
        Path first = seen.putIfAbsent(identity(file, attributes), file);
        if (first == null) {
          files.add(file);
        } else {
          err.println(
              Printable.of(
                  "bulletins: " + file + " is the same file as " + first + "; it is read once"));
        }
      }
    }
    return files;
  }

  private static Path parse(String argument) {
    if (argument.isEmpty()) {
      throw new InputException("an empty PATH names no file (use . for the current folder)");
    }
    try {
      return Path.of(argument);
    } catch (InvalidPathException e) {
      throw new InputException(
          "not a valid path here: " + argument + " (" + e.getReason() + ")" + localeHint());
    }
  }

  /** Under an ASCII locale, Java cannot name non-ASCII files; say how to fix it. */
  private static String localeHint() {
    String encoding = System.getProperty("sun.jnu.encoding", "UTF-8");
    return encoding.equalsIgnoreCase("UTF-8")
        ? ""
        : "; file names are decoded as "
            + encoding
            + ": run with a UTF-8 locale, e.g. LC_ALL=C.UTF-8";
  }

  private static boolean isDirectory(Path path) {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class).isDirectory();
    } catch (IOException e) {
      return false; // requireRegular says why
    }
  }

  /**
   * The attributes of a file that can be read, else an {@link InputException} that names the file
   * and the reason: missing, a name too long, a loop of symbolic links, not a regular file (a
   * folder, a FIFO, a device), no permission.
   */
  static BasicFileAttributes requireRegular(Path file) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      throw new InputException("no such file or folder: " + file);
    } catch (IOException e) {
      throw new InputException("cannot read: " + file + " (" + reason(e) + ")");
    }
    if (!attributes.isRegularFile()) {
      throw new InputException(
          "cannot read: " + file + " (" + kind(attributes) + ", not a regular file)");
    }
    if (!Files.isReadable(file)) {
      throw new InputException("cannot read: " + file + " (permission denied)");
    }
    return attributes;
  }

  /**
   * Opens a file for reading, checking again that it is a regular file: a file that was swapped for
   * a FIFO after the folder was listed would otherwise block the command forever. The check and the
   * open are two steps, so the window left is the time between them, not the whole run.
   */
  static InputStream open(Path file) throws IOException {
    requireRegular(file);
    return Files.newInputStream(file);
  }

  /** What identifies a file: its file key (device and inode), so hard links count as one. */
  private static Object identity(Path file, BasicFileAttributes attributes) {
    if (attributes.fileKey() != null) {
      return attributes.fileKey();
    }
    try {
      return file.toRealPath();
    } catch (IOException e) {
      throw new InputException("cannot read: " + file + " (" + reason(e) + ")");
    }
  }

  private static List<Path> textFilesIn(Path folder, String argument, PrintWriter err) {
    List<Path> texts = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    try (Stream<Path> children = Files.list(folder)) {
      for (Path child :
          children
              .filter(child -> child.getFileName().toString().endsWith(".txt"))
              .sorted(Comparator.comparing(child -> child.getFileName().toString()))
              .toList()) {
        String kind = kindOf(child);
        if (kind == null) {
          texts.add(child);
        } else {
          skipped.add(child.getFileName() + " (" + kind + ")");
        }
      }
    } catch (IOException e) {
      throw new InputException("cannot list folder: " + argument + " (" + reason(e) + ")");
    }
    if (!skipped.isEmpty()) {
      err.println(
          Printable.of(
              "bulletins: skipped in "
                  + argument
                  + ", not regular files: "
                  + skipped.stream().collect(Collectors.joining(", "))));
    }
    if (texts.isEmpty()) {
      throw new InputException("no .txt files in folder: " + argument);
    }
    return texts;
  }

  /** Null for a regular file (through links), else what it is in words. */
  private static String kindOf(Path child) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(child, BasicFileAttributes.class);
      return attributes.isRegularFile() ? null : kind(attributes);
    } catch (IOException e) {
      return reason(e);
    }
  }

  private static String kind(BasicFileAttributes attributes) {
    if (attributes.isDirectory()) {
      return "a folder";
    }
    return attributes.isOther() ? "a FIFO, socket or device" : "not a file";
  }

  /** The name under which items and diagnostics of {@code file} are reported. */
  static String sourceName(Path file) {
    return file.equals(STDIN) ? STDIN_NAME : file.toString();
  }

  static long totalBytes(List<Path> files) {
    long total = 0;
    for (Path file : files) {
      if (file.equals(STDIN)) {
        continue; // its size is unknown until it is read
      }
      try {
        total += Files.size(file);
      } catch (IOException e) {
        throw new InputException("cannot read: " + file + " (" + reason(e) + ")");
      }
    }
    return total;
  }

  /** The reason of an I/O failure in words, without the exception's class name or a path. */
  static String reason(IOException e) {
    if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
      return fileSystem.getReason();
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (e instanceof FileSystemLoopException) {
      return "a loop of symbolic links";
    }
    if (e instanceof FileSystemException) {
      // Its message is only the file's name; the class says what went wrong.
      return e.getClass().getSimpleName().replace("Exception", "");
    }
    String name = e.getClass().getSimpleName().replace("Exception", "");
    return e.getMessage() == null ? name : e.getMessage();
  }
}
