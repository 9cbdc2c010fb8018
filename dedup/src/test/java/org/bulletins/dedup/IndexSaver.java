package org.bulletins.dedup;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.bulletins.model.NewsItem;
import org.bulletins.model.SourceSpan;

/**
 * The victim of {@link IndexCrashTest}: a separate JVM that builds a large index and saves it over
 * and over, one item larger each time, printing {@code saved N} after each save, until it is
 * killed.
 *
 * <pre>{@code java -cp <test classpath> org.bulletins.dedup.IndexSaver FILE ITEMS}</pre>
 */
public final class IndexSaver {

  private IndexSaver() {}

  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    DedupIndex index = DedupEngine.create().newIndex().addAll(items(0, count));
    for (int i = count; ; i++) {
      index.addAll(items(i, 1));
      index.save(file);
      System.out.println("saved " + index.size());
      System.out.flush();
    }
  }

  /** Distinct items with long bodies, so that the file is large and few items pair up. */
  static List<NewsItem> items(int from, int count) {
    List<NewsItem> items = new ArrayList<>();
    for (int i = from; i < from + count; i++) {
      Random random = new Random(i);
      StringBuilder body = new StringBuilder();
      for (int w = 0; w < 120; w++) {
        body.append(w == 0 ? "" : " ").append(word(random));
      }
      items.add(
          new NewsItem(
              Optional.of(LocalDate.of(2021, 1, 1).plusDays(i % 365)),
              "Story " + i + " " + word(random) + " " + word(random),
              List.of(body + ".", "Ünïcödé “quotes” — and & more " + i + "."),
              new SourceSpan(
                  "gen-" + (i / 100) + ".txt",
                  1 + (i % 100) * 5,
                  2 + (i % 100) * 5,
                  4 + (i % 100) * 5)));
    }
    return items;
  }

  private static String word(Random random) {
    char[] c = new char[3 + random.nextInt(7)];
    for (int j = 0; j < c.length; j++) {
      c[j] = (char) ('a' + random.nextInt(26));
    }
    return new String(c);
  }
}
