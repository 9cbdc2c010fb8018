package org.bulletins.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dedup} into a file of its own writes its report at places from several threads (Linux):
 * the file must hold the bytes the command writes into a stream, wherever standard output stood and
 * however the shell opened it. In a child JVM, whose standard output is the file itself.
 */
class StdoutFileTest {

  @TempDir static Path dir;

  private static Path input;
  private static byte[] report;

  @BeforeAll
  static void reportIntoAStream() throws Exception {
    // Thousands of stories: many chunks of clusters, each written at its own place.
    input = dir.resolve("generated.txt");
    try (InputStream items = new OutputFailureTest.GeneratedBulletins(3_000);
        OutputStream file = Files.newOutputStream(input)) {
      items.transferTo(file);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(new String[] {"dedup", input.toString()}, out, err);
    assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
    report = out.toByteArray();
    assertThat(new String(report, StandardCharsets.UTF_8)).contains("\"clusters\" : [ {");
    assertThat(report.length).isGreaterThan(1 << 20);
  }

  private static Process dedupInto(Redirect stdout) throws Exception {
    return OutputFailureTest.child("dedup", input.toString()).redirectOutput(stdout).start();
  }

  private static void assertEnded(Process child) throws Exception {
    String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).as(err).isZero();
    assertThat(err).isEmpty();
  }

  private static byte[] joined(byte[] first, byte[] second) {
    byte[] both = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }

  @Test
  void aNewFileHoldsTheStreamsBytes() throws Exception {
    assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "positional writes need Linux /proc");
    File out = dir.resolve("new.json").toFile();
    assertEnded(dedupInto(Redirect.to(out)));
    assertThat(Files.readAllBytes(out.toPath())).isEqualTo(report);
  }

  @Test
  void aFileOpenedToAppendKeepsWhatWasThereFirst() throws Exception {
    // The shell's >>: every write lands at the end, so the report starts there, whole.
    File out = dir.resolve("appended.json").toFile();
    byte[] before = "an earlier run's line\n".getBytes(StandardCharsets.UTF_8);
    Files.write(out.toPath(), before);
    assertEnded(dedupInto(Redirect.appendTo(out)));
    assertThat(Files.readAllBytes(out.toPath())).isEqualTo(joined(before, report));
  }

  @Test
  void standardErrorIntoTheSameFileGetsTheStreamsBytes() throws Exception {
    // 2>&1: written as a stream, so that a message would land after the text before it.
    File out = dir.resolve("both.json").toFile();
    Process child =
        OutputFailureTest.child("dedup", input.toString())
            .redirectOutput(Redirect.to(out))
            .redirectErrorStream(true)
            .start();
    assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).isZero();
    assertThat(Files.readAllBytes(out.toPath())).isEqualTo(report);
  }
}
