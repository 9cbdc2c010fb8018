import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Per-item signing (ItemSigner.sign: folding, tokens, shingles, content id, MinHash, terms, keys)
 * of two jars, alternating in one JVM: each jar in its own class loader with its own parsed copy of
 * the items, one thread, ROUNDS rounds, the order swapped every round. Prints each round's
 * microseconds per item and the ratio B/A, then the medians over the rounds after the first two.
 *
 * <pre>java -Xmx4g -cp DIR SigningAB JAR_A JAR_B CORPUS N ROUNDS</pre>
 */
public final class SigningAB {
  public static void main(String[] args) throws Exception {
    Path loopDir = Path.of(SigningAB.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Object[] loops = new Object[2];
    Method[] round = new Method[2];
    int n = Integer.parseInt(args[3]);
    int rounds = Integer.parseInt(args[4]);
    for (int j = 0; j < 2; j++) {
      URLClassLoader loader =
          new URLClassLoader(
              new URL[] {loopDir.resolve("loop").toUri().toURL(), Path.of(args[j]).toUri().toURL()},
              ClassLoader.getPlatformClassLoader());
      Class<?> c = loader.loadClass("org.bulletins.benchmarks.SignLoop");
      loops[j] = c.getConstructor(String.class, int.class).newInstance(args[2], n);
      round[j] = c.getMethod("round");
    }
    double[][] us = new double[2][rounds];
    long sink = 0;
    long[] check = new long[2];
    for (int r = 0; r < rounds; r++) {
      for (int turn = 0; turn < 2; turn++) {
        int j = (r % 2 == 0) ? turn : 1 - turn;
        System.gc();
        long t0 = System.nanoTime();
        long s = (long) round[j].invoke(loops[j]);
        us[j][r] = (System.nanoTime() - t0) / 1e3 / n;
        check[j] = s;
        sink += s;
      }
      System.out.printf(
          "round %d: A %.2f us/item, B %.2f us/item, B/A %.3f%n",
          r, us[0][r], us[1][r], us[1][r] / us[0][r]);
    }
    double a = median(Arrays.copyOfRange(us[0], Math.min(2, rounds - 1), rounds));
    double b = median(Arrays.copyOfRange(us[1], Math.min(2, rounds - 1), rounds));
    System.out.printf(
        "median (rounds 2..): A %.2f us/item, B %.2f us/item, B/A %.3f; same keys and ids: %s (sink %d)%n",
        a, b, b / a, check[0] == check[1], sink);
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }
}
