import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Per-item signing (ItemSigner.sign: folding, tokens, shingles, content id, MinHash, terms, keys)
 * of two jars, alternating in one JVM: each jar in its own class loader with its own parsed copy of
 * the items, one thread, ROUNDS rounds, the order swapped every round. Prints each round's
 * microseconds per item of the signing thread's CPU time (on a loaded machine it moves far less
 * than the wall-clock time, also printed) and the ratio B/A, then the medians over the rounds after
 * the first two. The collector's threads are not counted: allocation shows only in part, so the
 * bytes the signing thread allocated per item are printed too (session 11; exact, load-free).
 *
 * <pre>java -Xmx4g -cp DIR SigningAB JAR_A JAR_B CORPUS N ROUNDS [LOOP [CHECK]]</pre>
 *
 * <p>LOOP names another loop class of the same shape in {@code org.bulletins.benchmarks} (default
 * {@code SignLoop}; {@code engine-ab.sh} passes {@code EngineLoop}, the whole engine on all cores),
 * and CHECK what its check value stands for.
 */
public final class SigningAB {
  public static void main(String[] args) throws Exception {
    Path loopDir = Path.of(SigningAB.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Object[] loops = new Object[2];
    Method[] round = new Method[2];
    int n = Integer.parseInt(args[3]);
    int rounds = Integer.parseInt(args[4]);
    String loop = args.length > 5 ? args[5] : "SignLoop";
    String checked = args.length > 6 ? args[6] : "same keys and ids";
    for (int j = 0; j < 2; j++) {
      URLClassLoader loader =
          new URLClassLoader(
              new URL[] {loopDir.resolve("loop").toUri().toURL(), Path.of(args[j]).toUri().toURL()},
              ClassLoader.getPlatformClassLoader());
      Class<?> c = loader.loadClass("org.bulletins.benchmarks." + loop);
      loops[j] = c.getConstructor(String.class, int.class).newInstance(args[2], n);
      round[j] = c.getMethod("round");
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    com.sun.management.ThreadMXBean allocation =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    double[][] bytes = new double[2][rounds];
    double[][] us = new double[2][rounds];
    double[][] wall = new double[2][rounds];
    long sink = 0;
    long[] check = new long[2];
    for (int r = 0; r < rounds; r++) {
      for (int turn = 0; turn < 2; turn++) {
        int j = (r % 2 == 0) ? turn : 1 - turn;
        System.gc();
        long t0 = System.nanoTime();
        long c0 = threads.getCurrentThreadCpuTime();
        long b0 = allocation.getCurrentThreadAllocatedBytes();
        long s = (long) round[j].invoke(loops[j]);
        bytes[j][r] = (double) (allocation.getCurrentThreadAllocatedBytes() - b0) / n;
        us[j][r] = (threads.getCurrentThreadCpuTime() - c0) / 1e3 / n;
        wall[j][r] = (System.nanoTime() - t0) / 1e3 / n;
        check[j] = s;
        sink += s;
      }
      System.out.printf(
          "round %d: cpu A %.2f us/item, B %.2f us/item, B/A %.3f | wall A %.2f, B %.2f, B/A %.3f"
              + " | alloc A %.0f B/item, B %.0f B/item, B/A %.3f%n",
          r,
          us[0][r],
          us[1][r],
          us[1][r] / us[0][r],
          wall[0][r],
          wall[1][r],
          wall[1][r] / wall[0][r],
          bytes[0][r],
          bytes[1][r],
          bytes[1][r] / bytes[0][r]);
    }
    int from = Math.min(2, rounds - 1);
    double a = median(Arrays.copyOfRange(us[0], from, rounds));
    double b = median(Arrays.copyOfRange(us[1], from, rounds));
    double wa = median(Arrays.copyOfRange(wall[0], from, rounds));
    double wb = median(Arrays.copyOfRange(wall[1], from, rounds));
    System.out.printf(
        "median (rounds %d..): cpu A %.2f us/item, B %.2f us/item, B/A %.3f | wall A %.2f, B %.2f,"
            + " B/A %.3f; %s: %s (sink %d)%n",
        from, a, b, b / a, wa, wb, wb / wa, checked, check[0] == check[1], sink);
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }
}
