package org.bulletins.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.bulletins.model.NewsItem;

/**
 * The five real seed pages of the repository's {@code seeds/} folder, as every module's tests see
 * them: from a module directory the folder is {@code ../seeds}.
 *
 * <pre>{@code
 * for (Path page : Seeds.files()) {
 *   ParsedDocument doc = BulletinParser.create().parse(page);
 * }
 * Path first = Seeds.file("000");  // ../seeds/000_790d4aadd91aa11f.txt
 * }</pre>
 */
public final class Seeds {

  /** The seed folder, relative to a module directory (where Maven runs each module's tests). */
  public static final Path DIRECTORY = Path.of("..", "seeds");

  private Seeds() {}

  /** The seed pages, sorted by name; fails when the folder has none. */
  public static List<Path> files() {
    try (Stream<Path> files = Files.list(DIRECTORY)) {
      List<Path> pages = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
      if (pages.isEmpty()) {
        throw new IllegalStateException("no seed pages in " + DIRECTORY.toAbsolutePath());
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The seed page whose name starts with {@code prefix}, such as {@code "003"}.
   *
   * @throws IllegalArgumentException when no page, or more than one, has that prefix
   */
  public static Path file(String prefix) {
    List<Path> matches =
        files().stream().filter(f -> f.getFileName().toString().startsWith(prefix)).toList();
    if (matches.size() != 1) {
      throw new IllegalArgumentException(
          "expected one seed page named " + prefix + "*, found " + matches);
    }
    return matches.get(0);
  }

  /**
   * Every item of every seed page, in page order, read by {@code parse} (the tests of each module
   * pass the parser they test, so that this module needs none).
   *
   * <pre>{@code
   * List<NewsItem> items = Seeds.items(page -> BulletinParser.create().parse(page).items());
   * }</pre>
   */
  public static List<NewsItem> items(Function<Path, List<NewsItem>> parse) {
    return files().stream().flatMap(page -> parse.apply(page).stream()).toList();
  }

  /** The page's text, decoded as UTF-8. */
  public static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The name under which golden files and spans know a seed: {@code seeds/000_....txt}. */
  public static String sourceName(Path file) {
    return "seeds/" + file.getFileName();
  }
}
