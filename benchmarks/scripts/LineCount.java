import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The whole-process baseline: count a file's non-blank lines (java LineCount.java FILE). */
public class LineCount {
  public static void main(String[] args) throws Exception {
    long lines = 0;
    try (BufferedReader r = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          lines++;
        }
      }
    }
    System.out.println(lines);
  }
}
