package org.bulletins.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bulletins.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile names, odd files, standard input, and messages that name the file and the reason. */
class HostileInputPathsTest {

  private static final String SEED = Seeds.file("003").toString();

  record Run(int status, String out, String err) {
    List<String> outLines() {
      return out.lines().toList();
    }

    List<String> errLines() {
      return err.lines().toList();
    }
  }

  static Run run(InputStream stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, stdin, out, err);
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Run run(String... args) {
    return run(InputStream.nullInputStream(), args);
  }

  // Standard input

  @Test
  void aDashReadsStandardInputAsStdinForEveryCommand() throws Exception {
    byte[] seed = Files.readAllBytes(Path.of(SEED));
    Run fromFile = run("parse", SEED);
    Run fromStdin = run(new ByteArrayInputStream(seed), "parse", "-");
    assertThat(fromStdin.status()).isZero();
    assertThat(fromStdin.out()).isEqualTo(fromFile.out().replace(SEED, "\\u003Cstdin\\u003E"));
    assertThat(fromStdin.outLines())
        .isNotEmpty()
        .allMatch(l -> l.startsWith("{\"source\":\"\\u003Cstdin\\u003E\""));

    Run check =
        run(
            new ByteArrayInputStream("31 June, 2021\n\nT\n\nb.\n".getBytes(StandardCharsets.UTF_8)),
            "check",
            "-");
    assertThat(check.status()).isEqualTo(1);
    assertThat(check.outLines().get(0)).startsWith("<stdin>:1:1: error: date.impossible:");

    for (String command : new String[] {"dedup", "timeline"}) {
      Run stories =
          run(
              new ByteArrayInputStream(seed),
              command,
              "-",
              "--format",
              command.equals("dedup") ? "text" : "text");
      assertThat(stories.status()).as(command).isZero();
      assertThat(stories.out()).as(command).contains("<stdin>").doesNotContain(SEED);
    }
    Run twice = run(new ByteArrayInputStream(seed), "check", "-", "-");
    assertThat(twice.outLines()).last().asString().startsWith("1 file, ");
  }

  // Hostile file names

  @Test
  void controlCharactersInNamesAreEscapedInEveryTextOutput(@TempDir Path dir) throws Exception {
    String name = "evil\u001b]0;owned\u0007\nforged:1:1: error: x.txt";
    Path file = dir.resolve(name);
    Files.writeString(file, "31 June, 2021\n\nA title\n\nA body.\n");
    String escaped = "evil\\e]0;owned\\x07\\nforged:1:1: error: x.txt";
    Run check = run("check", file.toString());
    assertThat(check.status()).isEqualTo(1);
    assertThat(check.outLines()).hasSize(3);
    assertThat(check.outLines().get(0))
        .isEqualTo(
            dir
                + "/"
                + escaped
                + ":1:1: error: date.impossible: "
                + "\"31 June, 2021\" is not a real date; the item has no date");
    assertThat(check.outLines().get(1))
        .isEqualTo(dir + "/" + escaped + ": layout date-title-body (1 item)");
    for (String[] args :
        new String[][] {
          {"parse", "--format", "text"}, {"dedup", "--format", "text"}, {"timeline"}, {"parse"}
        }) {
      String[] full =
          java.util.stream.Stream.concat(
                  List.of(args).stream(), java.util.stream.Stream.of(file.toString()))
              .toArray(String[]::new);
      Run run = run(full);
      assertThat(run.out() + run.err())
          .as(String.join(" ", args))
          .doesNotContain("\u001b", "\u0007", "\nforged");
      assertThat(run.out() + run.err())
          .as(String.join(" ", args))
          .contains(
              args[0].equals("parse") && args.length == 1
                  ? "evil\\u001B]0;owned\\u0007\\nforged"
                  : escaped);
    }
    Run missing = run("check", dir.resolve("gone\u001b[2J.txt").toString());
    assertThat(missing.errLines())
        .containsExactly("bulletins check: no such file or folder: " + dir + "/gone\\e[2J.txt");
  }

  @Test
  void jsonOutputEscapesMarkup(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("page.txt");
    Files.writeString(file, "9 June, 2021\n\n</script><img src=x onerror=alert(1)>\n\nA & B.\n");
    Run run = run("parse", file.toString());
    assertThat(run.out())
        .doesNotContain("<", ">", "&")
        .contains("\\u003C/script\\u003E\\u003Cimg src=x onerror=alert(1)\\u003E", "A \\u0026 B.");
  }

  // The diagnostic cap

  @Test
  void anErrorAfterTheDiagnosticCapFailsTheCheck(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("headlines.txt");
    Files.writeString(
        file, "9 June, 2021\n\nHeadline\n\n\n".repeat(150) + "31 June, 2021\n\nLate\n\nBody.\n");
    Run run = run("check", file.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.outLines()).hasSize(103);
    assertThat(run.outLines().get(100))
        .isEqualTo(
            file
                + ":503:1: warning: diagnostics.truncated: 51 more "
                + "diagnostics were not recorded (1 error, 50 warnings, 0 info; maxDiagnostics is 100)");
    assertThat(run.outLines().get(101)).isEqualTo(file + ": layout date-title-body (151 items)");
    assertThat(run.outLines().get(102))
        .isEqualTo("1 file, 151 items: 1 error, 150 warnings, 0 info");
  }

  @Test
  void timelineAsABulletinKeepsTwoUndatedStoriesApart(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("undated.txt");
    Files.writeString(
        file,
        "Undated\n\nA first story\n\nIts body, about one thing.\n\n\n"
            + "Undated\n\nA second story\n\nAnother body, about something else.\n");
    Run bulletin = run("timeline", "--format", "bulletin", file.toString());
    assertThat(bulletin.status()).isZero();
    Path again = dir.resolve("again.txt");
    Files.writeString(again, bulletin.out());
    assertThat(org.bulletins.parser.BulletinParser.create().parse(again).items())
        .extracting(org.bulletins.model.NewsItem::title)
        .containsExactlyInAnyOrder("A first story", "A second story");
  }

  // Files that are not what they seem

  @Test
  void aFileSwappedForAFifoAfterListingIsRefusedAtOpenTime(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("page.txt");
    Files.writeString(file, "9 June, 2021\n\nT\n\nb.\n");
    List<Path> files =
        InputFiles.expand(List.of(dir.toString()), new PrintWriter(new StringWriter()));
    Files.delete(file);
    mkfifo(file);
    BulletinReader reader =
        new BulletinReader(
            org.bulletins.parser.BulletinParser.create(), InputStream.nullInputStream());
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () ->
            assertThatThrownBy(
                    () ->
                        reader.readAll(
                            files,
                            Progress.start(new PrintWriter(new StringWriter()), false, 0, 1),
                            item -> {},
                            d -> {}))
                .isInstanceOf(InputException.class)
                .hasMessage(
                    "cannot read: " + file + " (a FIFO, socket or device, not a regular file)"));
  }

  @Test
  void fifosAndDevicesInAFolderAreNamedInOneLine(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "9 June, 2021\n\nT\n\nb.\n");
    mkfifo(dir.resolve("pipe.txt"));
    Files.createSymbolicLink(dir.resolve("null.txt"), Path.of("/dev/null"));
    Files.createDirectory(dir.resolve("sub.txt"));
    Run run = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run("check", dir.toString()));
    assertThat(run.status()).isZero();
    assertThat(run.errLines())
        .containsExactly(
            "bulletins: skipped in "
                + dir
                + ", not regular files: null.txt (a FIFO, socket or device),"
                + " pipe.txt (a FIFO, socket or device), sub.txt (a folder)");
    assertThat(run.outLines())
        .containsExactly(
            dir.resolve("a.txt") + ": layout date-title-body (1 item)",
            "1 file, 1 item: 0 errors, 0 warnings, 0 info");
  }

  @Test
  void hardLinksAreReadOnce(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("a.txt");
    Files.writeString(file, "9 June, 2021\n\nT\n\nb.\n");
    Path link = Files.createLink(dir.resolve("b.txt"), file);
    Run run = run("check", dir.toString());
    assertThat(run.errLines())
        .containsExactly(
            "bulletins: " + link + " is the same file as " + file + "; it is read once");
    assertThat(run.outLines())
        .containsExactly(
            file + ": layout date-title-body (1 item)",
            "1 file, 1 item: 0 errors, 0 warnings, 0 info");
  }

  // Messages that name the file and the real reason

  @Test
  void anEmptyPathIsBadUsage() {
    Run run = run("check", "");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "bulletins check: an empty PATH names no file (use . for the current folder)");
  }

  @Test
  void anUnreadableDeviceFileIsNamed() {
    assumeTrue(Files.isRegularFile(Path.of("/proc/self/mem")), "needs Linux /proc");
    Run run = run("check", "/proc/self/mem");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly("bulletins check: cannot read: /proc/self/mem (Input/output error)");
  }

  @Test
  void aTooLongNameAndASymlinkLoopSayWhatIsWrong(@TempDir Path dir) throws Exception {
    Run tooLong = run("check", dir.resolve("x".repeat(300) + ".txt").toString());
    assertThat(tooLong.status()).isEqualTo(2);
    assertThat(tooLong.errLines()).singleElement().asString().endsWith("(File name too long)");

    Path a = dir.resolve("a.txt");
    Files.createSymbolicLink(a, dir.resolve("b.txt"));
    Files.createSymbolicLink(dir.resolve("b.txt"), a);
    Run loop = run("check", a.toString());
    assertThat(loop.status()).isEqualTo(2);
    assertThat(loop.errLines())
        .singleElement()
        .asString()
        .startsWith("bulletins check: cannot read: " + a + " (Too many levels of symbolic links");
  }

  @Test
  void aLockedFolderSaysPermissionDenied(@TempDir Path dir) throws Exception {
    // Java reports a folder it may not list with only its name as the message.
    assertThat(InputFiles.reason(new AccessDeniedException(dir + "/lockeddir")))
        .isEqualTo("permission denied");
    // For real, unless we are root (as in CI), whom a chmod 000 folder does not stop.
    assumeTrue(
        !"root".equals(System.getProperty("user.name")), "root reads a chmod 000 folder anyway");
    Path locked = Files.createDirectory(dir.resolve("lockeddir"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      Run run = run("check", locked.toString());
      assertThat(run.errLines())
          .containsExactly(
              "bulletins check: cannot list folder: " + locked + " (permission denied)");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void nonAsciiNamesWorkUnderTheCLocaleThroughTheLauncher(@TempDir Path dir) throws Exception {
    assumeTrue(
        "UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")),
        "the test JVM needs UTF-8 names");
    Path launcher = Path.of("../bulletins").toAbsolutePath().normalize();
    Files.writeString(dir.resolve("ünïcødé.txt"), "31 June, 2021\n\nT\n\nb.\n");
    // The launcher's locale block, then Java as the launcher runs it (without its build step).
    String script =
        "source <(sed -n '/^# BEGIN utf8-locale/,/^# END utf8-locale/p' \"$0\") && exec \"$@\"";
    List<String> command =
        new java.util.ArrayList<>(List.of("bash", "-c", script, launcher.toString()));
    command.addAll(OutputFailureTest.child("check", dir.toString()).command());
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("LC_ALL", "C");
    Process child = builder.start();
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).as(err).isEqualTo(1);
    assertThat(out).startsWith(dir.resolve("ünïcødé.txt") + ":1:1: error: date.impossible:");
  }

  // Memory

  @Test
  void tooLittleHeapIsReportedBeforeTheWorkWithTheHeapToAskFor() {
    long mib = 1024 * 1024;
    assertThatThrownBy(() -> HeapBudget.require(30_000, 64 * mib))
        .hasMessage(
            "too little memory: deduplicating 30000 items or more needs at least 88 MiB of heap,"
                + " and this Java has 64 MiB; give it more, e.g. BULLETINS_JAVA_OPTS=-Xmx176m ./bulletins ...");
    HeapBudget.require(1_000, 64 * mib); // fits: no exception
    assertThat(HeapBudget.outOfMemory(4096 * mib))
        .isEqualTo(
            "out of memory with a heap of 4.0 GiB; give Java more, e.g. BULLETINS_JAVA_OPTS=-Xmx8g ./bulletins ...");
  }

  @Test
  void aSmallHeapFailsFastInARealRun(@TempDir Path dir) throws Exception {
    Path big = dir.resolve("big.txt");
    try (InputStream in = new OutputFailureTest.GeneratedBulletins(40_000)) {
      Files.copy(in, big);
    }
    ProcessBuilder builder = OutputFailureTest.child("dedup", big.toString());
    builder.command().set(1, "-Xmx64m");
    Process child = builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).isEqualTo(3);
    assertThat(err)
        .startsWith("bulletins dedup: too little memory: deduplicating ")
        .containsPattern(
            "this Java has \\d+ MiB; give it more, e.g. BULLETINS_JAVA_OPTS=-Xmx\\d+m");
  }

  private static void mkfifo(Path path) throws Exception {
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", path.toString()).start();
    } catch (java.io.IOException e) {
      org.junit.jupiter.api.Assumptions.abort("needs mkfifo: " + e.getMessage());
      return;
    }
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
  }
}
