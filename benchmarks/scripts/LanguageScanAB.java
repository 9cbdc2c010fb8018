import java.lang.management.*;
import java.lang.reflect.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;

/**
 * Compares two builds' language guess ({@code FactExtractor.language}, what {@code dedup} asks of
 * every item) in one JVM, each build in its own class loader (A_CP and B_CP: CLI jars): the first
 * N items of FILE parsed by each build, then ROUNDS rounds guessing every item with each build in
 * alternating order. Checks that both builds guess the same language for every item, and prints
 * each round's thread CPU time per item and the median B/A of the rounds after the first third
 * (warm). Thread CPU time is what a loaded machine disturbs least.
 *
 * <pre>
 * java -Xmx2g benchmarks/scripts/LanguageScanAB.java ROUNDS FILE N A_CP B_CP
 * </pre>
 */
public class LanguageScanAB {
  static URLClassLoader loader(String cp) throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String p : cp.split(":")) urls.add(Path.of(p).toUri().toURL());
    return new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
  }

  static List<?> items(ClassLoader l, Path file, int n) throws Exception {
    Object parser = l.loadClass("org.bulletins.parser.BulletinParser").getMethod("create").invoke(null);
    Object doc = parser.getClass().getMethod("parse", Path.class).invoke(parser, file);
    List<?> items = (List<?>) doc.getClass().getMethod("items").invoke(doc);
    return items.subList(0, Math.min(n, items.size()));
  }

  public static void main(String[] args) throws Exception {
    int rounds = Integer.parseInt(args[0]);
    Path file = Path.of(args[1]);
    int n = Integer.parseInt(args[2]);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Object[] extractor = new Object[2];
    Method[] language = new Method[2];
    List<?>[] items = new List<?>[2];
    for (int k = 0; k < 2; k++) {
      ClassLoader l = loader(args[3 + k]);
      Class<?> type = l.loadClass("org.bulletins.facts.FactExtractor");
      extractor[k] = type.getMethod("create").invoke(null);
      language[k] = type.getMethod("language", l.loadClass("org.bulletins.model.NewsItem"));
      items[k] = items(l, file, n);
    }
    if (items[0].size() != items[1].size()) throw new IllegalStateException("item counts differ");
    int differ = 0;
    for (int i = 0; i < items[0].size(); i++) {
      String a = language[0].invoke(extractor[0], items[0].get(i)).toString();
      String b = language[1].invoke(extractor[1], items[1].get(i)).toString();
      if (!a.equals(b)) differ++;
    }
    System.out.printf("%d items, %d guesses differ%n", items[0].size(), differ);
    List<Double> ratios = new ArrayList<>();
    long sink = 0;
    for (int r = 0; r < rounds; r++) {
      long[] cpu = new long[2];
      for (int o = 0; o < 2; o++) {
        int k = (r + o) % 2; // alternate which build goes first
        long start = mx.getCurrentThreadCpuTime();
        for (Object item : items[k]) sink += language[k].invoke(extractor[k], item).hashCode();
        cpu[k] = mx.getCurrentThreadCpuTime() - start;
      }
      double per = 1e3 * items[0].size();
      System.out.printf("round %d: A %.2f us/item, B %.2f us/item, B/A %.3f%n",
          r, cpu[0] / per, cpu[1] / per, (double) cpu[1] / cpu[0]);
      if (r >= rounds / 3) ratios.add((double) cpu[1] / cpu[0]);
    }
    Collections.sort(ratios);
    System.out.printf("median B/A of rounds %d-%d: %.3f (%d)%n",
        rounds / 3, rounds - 1, ratios.get(ratios.size() / 2), sink & 1);
  }
}
