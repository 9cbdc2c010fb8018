import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.bulletins.store.BulletinStore;

/**
 * Opening a grown store, alone: {@code BulletinStore.open} of a copy of STORE, then the ingest of
 * one empty file, which loads the store's in-memory index (what every {@code bulletins ingest}
 * does before its first file) and adds nothing. Prints the wall time of the two, the process's CPU
 * time, and the heap in use after two full collections with the store and its index still open.
 * One line per run:
 *
 * <pre>
 * java -Xmx6g -cp benchmarks.jar benchmarks/scripts/StoreOpen.java STORE LABEL
 * </pre>
 *
 * Run by {@code store-open.sh}, which makes the stores and alternates two builds.
 */
public class StoreOpen {
  public static void main(String[] args) throws Exception {
    Path store = Path.of(args[0]);
    String label = args[1];
    long mainBefore = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime(); // launcher's
    long start = System.nanoTime();
    try (BulletinStore open = BulletinStore.open(store)) {
      double opened = (System.nanoTime() - start) / 1e9;
      open.ingest("open-probe-" + System.nanoTime() + ".txt", new byte[0]);
      double loaded = (System.nanoTime() - start) / 1e9;
      // CPU of the whole process so far (all threads, the source launcher's compilation included):
      // on a loaded machine it moves less than the wall time.
      double cpu =
          ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                  .getProcessCpuTime()
              / 1e9;
      // The opening thread's own CPU: what bounds the open's wall time on an idle machine, where
      // the threads beside it run on the other core (on a loaded one, wall times mean little).
      double mainCpu =
          (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - mainBefore) / 1e9;
      System.gc();
      System.gc();
      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      long heap = memory.getHeapMemoryUsage().getUsed();
      System.out.printf(
          Locale.ROOT,
          "%s: open=%.2fs open+load=%.2fs process-cpu=%.2fs main-cpu=%.2fs heap-after-gc=%d MiB"
              + " stories=%d"
              + " db=%d bytes%n",
          label,
          opened,
          loaded,
          cpu,
          mainCpu,
          heap >> 20,
          open.storyCount(),
          Files.size(store));
    }
  }
}
