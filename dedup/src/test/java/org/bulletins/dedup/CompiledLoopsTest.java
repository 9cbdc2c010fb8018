package org.bulletins.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HotSpot's C2 (JDK 17) turns a counted loop with an inclusive bound ({@code i <= last}, {@code i
 * >= 0}) into compiled code guarded by a "loop limit check" that fails when the loop is entered for
 * exactly one pass. Each failure throws the compiled caller away and compiles it again (in a fresh
 * 1M-item run: term extraction compiled six times, ~1 s of C2 each). This test runs the parser and
 * the engine on the seed pages in a JVM of its own, on C2 alone as the launcher runs long jobs,
 * with HotSpot's compilation log, and fails for every such trap in our code.
 */
class CompiledLoopsTest {

  private static final Pattern TRAP =
      Pattern.compile(
          "<uncommon_trap thread='\\d+' reason='loop_limit_check'[^>]*>\\s*<jvms bci='(\\d+)'"
              + " method='([^']*)'");

  @TempDir Path dir;

  @Test
  void noCompiledLoopOfOursFailsItsLimitCheck() throws IOException, InterruptedException {
    Path log = dir.resolve("compilation.xml");
    Process child =
        new ProcessBuilder(
                IndexCrashTest.javaBinary(),
                "-Xmx512m",
                "-XX:-TieredCompilation",
                "-XX:+UnlockDiagnosticVMOptions",
                "-XX:+LogCompilation",
                "-XX:LogFile=" + log,
                "-cp",
                IndexCrashTest.testClassPath(),
                CompiledLoopsWorkload.class.getName(),
                String.valueOf(Integer.getInteger("compiledLoops.rounds", 400)))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("out.txt").toFile())
            .start();
    assertThat(child.waitFor(10, TimeUnit.MINUTES)).as("the workload ends").isTrue();
    assertThat(child.exitValue()).as(Files.readString(dir.resolve("out.txt"))).isZero();

    String compilations = Files.readString(log);
    assertThat(compilations).as("the log names C2's compilations").contains("compiler='c2'");
    assertThat(trapsInOurCode(compilations))
        .as("loops of ours whose limit check failed (method, bytecode index)")
        .isEmpty();
  }

  private static List<String> trapsInOurCode(String compilations) {
    List<String> traps = new ArrayList<>();
    Matcher m = TRAP.matcher(compilations);
    while (m.find()) {
      if (m.group(2).startsWith("org.bulletins.")) {
        traps.add(m.group(2) + " @" + m.group(1));
      }
    }
    return traps;
  }
}
