import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.bulletins.store.BulletinStore;
import org.bulletins.store.IngestReport;

/**
 * A daily file into a grown store, as one {@code bulletins ingest} of it: {@code
 * BulletinStore.open} of a copy of STORE, then the ingest of FILE (which loads the store's
 * in-memory index, deduplicates the file against it and commits). Prints the wall time of the open,
 * of open and ingest, the process's CPU time from the open on (JIT and GC included, not the source
 * launcher's compilation) and the stories after. One line per run:
 *
 * <pre>
 * java -Xmx6g -cp benchmarks.jar benchmarks/scripts/StoreDaily.java STORE FILE LABEL
 * </pre>
 *
 * Run by {@code store-daily.sh}, which alternates two builds on fresh copies of their stores.
 */
public class StoreDaily {
  public static void main(String[] args) throws Exception {
    Path store = Path.of(args[0]);
    Path file = Path.of(args[1]);
    String label = args[2];
    byte[] content = Files.readAllBytes(file);
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    double cpuBefore = os.getProcessCpuTime() / 1e9; // the source launcher's compilation
    long start = System.nanoTime();
    try (BulletinStore open = BulletinStore.open(store)) {
      double opened = (System.nanoTime() - start) / 1e9;
      IngestReport report = open.ingest(file.getFileName().toString(), content);
      double ingested = (System.nanoTime() - start) / 1e9;
      // CPU of the whole process (all threads: JIT and GC included) since the open began.
      double cpu = os.getProcessCpuTime() / 1e9 - cpuBefore;
      System.out.printf(
          Locale.ROOT,
          "%s: open=%.2fs open+ingest=%.2fs cpu=%.2fs items=%d stories=%d report=%s%n",
          label,
          opened,
          ingested,
          cpu,
          open.itemCount(),
          open.storyCount(),
          report);
    }
  }
}
