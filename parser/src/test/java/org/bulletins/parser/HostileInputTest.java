package org.bulletins.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link HostileInputs} in a separate JVM with a 64 MiB heap: a 20 MB line, 1 GiB of blank
 * lines, millions of date lines, repeated entities, invalid bytes. Every case must end with
 * diagnostics, no exception and no OutOfMemoryError. The normal run uses SCALE 0.02 for the slow
 * cases; the full sizes:
 *
 * <pre>
 * {@code ./mvnw -B -pl parser -am test -Dtest=HostileInputTest -Dsurefire.failIfNoSpecifiedTests=false -Dreliability.hostileScale=1}
 * </pre>
 */
class HostileInputTest {

  private static final String SCALE = System.getProperty("reliability.hostileScale", "0.02");

  @Test
  void everyHostileInputEndsWithDiagnosticsInASmallHeap() throws Exception {
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m",
                "-Xss512k",
                "-XX:+ExitOnOutOfMemoryError",
                "-cp",
                classPath(),
                HostileInputs.class.getName(),
                SCALE)
            .redirectErrorStream(true)
            .start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(20, TimeUnit.MINUTES)).isTrue();
    System.out.print(output);
    assertThat(child.exitValue()).as(output).isZero();
    List<String> lines = output.lines().filter(l -> l.contains(": items=")).toList();
    assertThat(lines).hasSize(14);
    assertThat(line(lines, "20MB-single-line-parse"))
        .contains("line.too-long=1")
        .contains("maxLineLength (262144 chars)");
    assertThat(line(lines, "1GiB-blank-lines-parse"))
        .contains("document.too-large=1")
        .contains("maxDocumentLength (67108864 chars)");
    assertThat(line(lines, "2M-date-lines-no-items"))
        .contains("items=0")
        .contains("date.orphan=100")
        .contains("diagnostics.truncated=1")
        .contains("maxDiagnostics is 100)");
    assertThat(line(lines, "nested-entity-line")).contains("line.too-long=1");
    assertThat(line(lines, "random-bytes")).contains("encoding.legacy=1");
    assertThat(line(lines, "odd-utf16-and-lone-surrogates")).contains("encoding.malformed=");
  }

  private static String line(List<String> lines, String name) {
    return lines.stream().filter(l -> l.startsWith(name + ":")).findFirst().orElseThrow();
  }

  static String classPath() {
    List<String> parts = new ArrayList<>();
    for (String property : new String[] {"java.class.path", "jdk.module.path"}) {
      String value = System.getProperty(property);
      if (value != null && !value.isBlank()) {
        parts.add(value);
      }
    }
    return String.join(File.pathSeparator, parts);
  }
}
