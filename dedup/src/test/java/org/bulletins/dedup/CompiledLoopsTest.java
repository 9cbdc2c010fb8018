package org.bulletins.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * HotSpot's C2 (JDK 17) guards a counted loop with an inclusive bound ({@code i <= last}, {@code i
 * >= 0}) by a "loop limit check" that fails when the bound allows exactly one pass. Each failure
 * deoptimizes the compiled caller, which runs in the interpreter until C2 has compiled it again (in
 * a fresh 1M-item run, 5.2 s of C2's work on term extraction was thrown away so). This test runs
 * the parser and the engine on the seed pages in a HotSpot JVM of its own, on C2 alone, with
 * HotSpot's compilation log, and fails for every such trap in our code that this work reaches. More
 * rounds:
 *
 * <pre>
 * {@code ./mvnw -B -pl dedup -am test -Dtest=CompiledLoopsTest -Dsurefire.failIfNoSpecifiedTests=false -DcompiledLoops.rounds=2000}
 * </pre>
 */
class CompiledLoopsTest {

  private static final Pattern TRAP =
      Pattern.compile(
          "<uncommon_trap thread='\\d+' reason='loop_limit_check'[^>]*>\\s*<jvms bci='(\\d+)'"
              + " method='([^']*)'");

  /** Term extraction compiled by C2: without it the log would say nothing about our loops. */
  private static final Pattern SCAN_COMPILED =
      Pattern.compile(
          "<nmethod [^>]*compiler='c2'[^>]*method='org\\.bulletins\\.dedup\\.internal\\.terms"
              + "\\.TermExtractor scan ");

  @TempDir Path dir;

  @Test
  void noCompiledLoopOfOursFailsItsLimitCheck() throws IOException, InterruptedException {
    String vm = System.getProperty("java.vm.name", "");
    assumeTrue(vm.contains("HotSpot") || vm.contains("OpenJDK"), "HotSpot's compilation log");
    Path log = dir.resolve("compilation.xml");
    Path out = dir.resolve("out.txt");
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
            .redirectOutput(out.toFile())
            .start();
    try {
      assertThat(child.waitFor(10, TimeUnit.MINUTES)).as("the workload ends").isTrue();
    } finally {
      child.destroyForcibly();
    }
    assertThat(child.exitValue()).as(Files.readString(out)).isZero();
    assumeTrue(Files.exists(log), "the JVM wrote a compilation log");

    // The log is XML in the platform's encoding; only ASCII is searched.
    String compilations = Files.readString(log, StandardCharsets.ISO_8859_1);
    assertThat(SCAN_COMPILED.matcher(compilations).find())
        .as("C2 compiled TermExtractor.scan")
        .isTrue();
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
