import java.io.*;
import java.lang.management.*;
import java.lang.reflect.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;

/**
 * Compares two builds of the parser in one JVM, each in its own class loader (A_CP and B_CP are
 * class paths: a CLI jar, or a folder of newer parser classes before one).
 *
 * <ul>
 *   <li>{@code time ROUNDS FILE A_CP B_CP}: streams FILE with each parser, in alternating order,
 *       and prints the median thread CPU time of the rounds after the first third (warm), and B/A.
 *       Thread CPU time is what a loaded machine disturbs least.
 *   <li>{@code same A_CP B_CP FILES...}: the documents of {@code parse(byte[])} and {@code
 *       parse(String)} are equal for every file ({@code toString} of the records: items, spans,
 *       labels, diagnostics, layout). Prints each difference and the count.
 * </ul>
 *
 * Run by {@code parse-ab.sh}.
 */
public class ParseAB {
  static URLClassLoader loader(String cp) throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String p : cp.split(":")) urls.add(Path.of(p).toUri().toURL());
    return new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
  }
  static Object parser(ClassLoader l) throws Exception {
    return l.loadClass("org.bulletins.parser.BulletinParser").getMethod("create").invoke(null);
  }
  static long stream(Object parser, Path file) throws Exception {
    Method m = parser.getClass().getMethod("stream", InputStream.class, String.class);
    long n = 0;
    try (InputStream in = Files.newInputStream(file)) {
      Object items = m.invoke(parser, in, file.toString());
      for (Object item : (Iterable<?>) items) n++;
      n += ((List<?>) items.getClass().getMethod("diagnostics").invoke(items)).size() * 1_000_000_000L;
    }
    return n;
  }
  public static void main(String[] a) throws Exception {
    if (a[0].equals("time")) {
      int rounds = Integer.parseInt(a[1]);
      Path file = Path.of(a[2]);
      Object[] ps = {parser(loader(a[3])), parser(loader(a[4]))};
      ThreadMXBean t = ManagementFactory.getThreadMXBean();
      List<List<Long>> cpu = List.of(new ArrayList<>(), new ArrayList<>());
      for (int r = 0; r < rounds; r++) {
        for (int k = 0; k < 2; k++) {
          int w = (r % 2 == 0) ? k : 1 - k;
          long s = t.getCurrentThreadCpuTime();
          long n = stream(ps[w], file);
          long ms = (t.getCurrentThreadCpuTime() - s) / 1_000_000;
          cpu.get(w).add(ms);
          System.out.println("round " + r + " " + (w == 0 ? "A" : "B") + " cpu_ms=" + ms + " items=" + n);
        }
      }
      long[] med = new long[2];
      for (int w = 0; w < 2; w++) {
        List<Long> warm = new ArrayList<>(cpu.get(w).subList(rounds / 3, rounds));
        Collections.sort(warm);
        med[w] = warm.get(warm.size() / 2);
        System.out.println((w == 0 ? "A" : "B") + " median warm cpu_ms=" + med[w] + " min=" + warm.get(0));
      }
      System.out.printf("B/A = %.3f%n", (double) med[1] / med[0]);
    } else {
      Object pa = parser(loader(a[1])), pb = parser(loader(a[2]));
      int files = 0, diff = 0;
      List<Path> inputs = new ArrayList<>();
      for (int i = 3; i < a.length; i++) {
        try (var walk = Files.walk(Path.of(a[i]))) { // a folder stands for its files
          walk.filter(Files::isRegularFile).sorted().forEach(inputs::add);
        }
      }
      for (Path f : inputs) {
        byte[] bytes = Files.readAllBytes(f);
        for (String how : List.of("bytes", "string")) {
          String ra, rb;
          if (how.equals("bytes")) {
            ra = pa.getClass().getMethod("parse", byte[].class, String.class).invoke(pa, bytes, "x").toString();
            rb = pb.getClass().getMethod("parse", byte[].class, String.class).invoke(pb, bytes, "x").toString();
          } else {
            String s = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            ra = pa.getClass().getMethod("parse", String.class, String.class).invoke(pa, s, "x").toString();
            rb = pb.getClass().getMethod("parse", String.class, String.class).invoke(pb, s, "x").toString();
          }
          if (!ra.equals(rb)) { diff++; System.out.println("DIFF " + how + " " + f); }
        }
        files++;
      }
      System.out.println("files=" + files + " differences=" + diff);
    }
  }
}
