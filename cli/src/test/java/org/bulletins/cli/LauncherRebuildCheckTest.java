package org.bulletins.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's check that its jar is out of date ({@code needs_build} in {@code ./bulletins}),
 * run on a fake source tree: a change in any module the jar is built from rebuilds it, a change
 * elsewhere or under a {@code target} folder does not. The check once looked at four of the six
 * modules, so a change to the store or the language facts ran a stale jar.
 */
class LauncherRebuildCheckTest {

  /** The modules the CLI's jar is built from ({@code ./mvnw -pl cli -am}). */
  private static final List<String> JAR_MODULES =
      List.of("bom", "core-model", "facts", "parser", "dedup", "store", "cli");

  private static final FileTime OLD = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));
  private static final FileTime JAR_TIME = FileTime.from(Instant.parse("2026-02-01T00:00:00Z"));
  private static final FileTime NEW = FileTime.from(Instant.parse("2026-03-01T00:00:00Z"));

  @TempDir Path root;
  private Path jar;

  @BeforeEach
  void tree() throws IOException {
    write(root.resolve("pom.xml"), OLD);
    for (String module : JAR_MODULES) {
      write(root.resolve(module).resolve("pom.xml"), OLD);
      write(root.resolve(module).resolve("src/main/java/org/x/A.java"), OLD);
    }
    write(root.resolve("benchmarks/src/main/java/org/x/B.java"), OLD);
    jar = root.resolve("cli/target/bulletins-cli.jar");
    write(jar, JAR_TIME);
  }

  @Test
  void anUnchangedTreeNeedsNoBuild() throws Exception {
    assertThat(needsBuild()).isFalse();
  }

  @Test
  void aMissingJarIsBuilt() throws Exception {
    Files.delete(jar);
    assertThat(needsBuild()).isTrue();
  }

  @Test
  void aChangeInAnyModuleOfTheJarRebuildsIt() throws Exception {
    for (String module : JAR_MODULES) {
      Path source = root.resolve(module).resolve("src/main/java/org/x/A.java");
      Files.setLastModifiedTime(source, NEW);
      assertThat(needsBuild()).as(module).isTrue();
      Files.setLastModifiedTime(source, OLD);
    }
    write(root.resolve("store/src/main/resources/org/x/words.txt"), NEW);
    assertThat(needsBuild()).as("a resource").isTrue();
  }

  @Test
  void aChangeOutsideTheJarsModulesOrInTheirOutputDoesNot() throws Exception {
    Files.setLastModifiedTime(root.resolve("benchmarks/src/main/java/org/x/B.java"), NEW);
    write(root.resolve("store/target/classes/org/x/A.java"), NEW);
    write(root.resolve("store/notes.md"), NEW);
    assertThat(needsBuild()).isFalse();
  }

  private static void write(Path file, FileTime time) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, "x");
    Files.setLastModifiedTime(file, time);
  }

  /** {@code needs_build} of the real launcher, with its root and jar set to the fake tree's. */
  private boolean needsBuild() throws Exception {
    Path launcher = Path.of("../bulletins").toAbsolutePath().normalize();
    String script =
        "set -euo pipefail; root=\"$1\"; jar=\"$2\";"
            + " source <(sed -n '/^# BEGIN needs-build/,/^# END needs-build/p' \"$0\");"
            + " if needs_build; then echo yes; else echo no; fi";
    Process child =
        new ProcessBuilder(
                "bash", "-c", script, launcher.toString(), root.toString(), jar.toString())
            .start();
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(err).isEmpty();
    assertThat(out.strip()).isIn("yes", "no");
    return out.strip().equals("yes");
  }
}
