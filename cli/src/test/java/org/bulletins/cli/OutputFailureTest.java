package org.bulletins.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Standard output that fails: a full disk is an error, a closed pipe stops the command quietly. */
class OutputFailureTest {

  private static final String SEEDS = "../seeds";

  /** An output that accepts {@code capacity} bytes, then fails every write with {@code reason}. */
  static final class FailingOutput extends OutputStream {
    private final long capacity;
    private final String reason;
    private long written;

    FailingOutput(long capacity, String reason) {
      this.capacity = capacity;
      this.reason = reason;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (written + len > capacity) {
        throw new IOException(reason);
      }
      written += len;
    }
  }

  /** Bulletin text made on the fly: {@code items} items, counting the bytes handed out. */
  static final class GeneratedBulletins extends InputStream {
    private final long items;
    private long made;
    private byte[] chunk = new byte[0];
    private int position;
    long bytesRead;

    GeneratedBulletins(long items) {
      this.items = items;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (position == chunk.length) {
        if (made == items) {
          return -1;
        }
        made++;
        chunk =
            ("9 June, 2021\n\nStory number "
                    + made
                    + " of the day\n\nIts only paragraph, "
                    + made
                    + ".\n\n\n")
                .getBytes(StandardCharsets.UTF_8);
        position = 0;
      }
      int n = Math.min(len, chunk.length - position);
      System.arraycopy(chunk, position, b, off, n);
      position += n;
      bytesRead += n;
      return n;
    }
  }

  private static List<String> run(
      InputStream stdin, OutputStream stdout, int[] status, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    status[0] = Main.run(args, stdin, stdout, err);
    return err.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "parse",
        "parse --format json",
        "parse --format text",
        "check",
        "dedup",
        "dedup --format text",
        "timeline",
        "timeline --format jsonl",
        "timeline --format bulletin"
      })
  void aFullDiskIsAnErrorWithOneLineForEveryCommand(String command) {
    // check prints one 47-byte line for the seeds; the others print more than 5,000 bytes.
    for (long capacity : command.equals("check") ? new long[] {0, 20} : new long[] {0, 20, 5000}) {
      List<String> args = new ArrayList<>(List.of(command.split(" ")));
      args.add(SEEDS);
      assertAFullDiskGivesOneLine(args, capacity);
    }
  }

  /** The command into an output with room for {@code capacity} bytes: status 3 and one line. */
  private static void assertAFullDiskGivesOneLine(List<String> args, long capacity) {
    int[] status = new int[1];
    List<String> err =
        run(
            InputStream.nullInputStream(),
            new FailingOutput(capacity, "No space left on device"),
            status,
            args.toArray(String[]::new));
    assertThat(status[0]).as(args + " after " + capacity + " bytes").isEqualTo(3);
    assertThat(err)
        .containsExactly(
            "bulletins " + args.get(0) + ": cannot write the output: No space left on device");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "stories",
        "stories --format jsonl",
        "stories --format csv",
        "stories --limit 30",
        "export --format jsonl"
      })
  void aStoresListingStopsAtAFailedWriteWithOneLineOrQuietlyForAClosedPipe(
      String command, @TempDir Path dir) {
    Path db = dir.resolve("news.db");
    int[] status = new int[1];
    run(
        InputStream.nullInputStream(),
        OutputStream.nullOutputStream(),
        status,
        "ingest",
        "--db",
        db.toString(),
        SEEDS);
    assertThat(status[0]).isZero();
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.addAll(List.of("--db", db.toString()));
    // The seeds' 44 stories print more than 2,000 bytes in every form.
    for (long capacity : new long[] {0, 20, 2000}) {
      assertAFullDiskGivesOneLine(args, capacity);
      List<String> err =
          run(
              InputStream.nullInputStream(),
              new FailingOutput(capacity, "Broken pipe"),
              status,
              args.toArray(String[]::new));
      assertThat(status[0]).isEqualTo(ErrorHandlers.EXIT_BROKEN_PIPE);
      assertThat(err).isEmpty();
    }
  }

  @Test
  void aClosedPipeStopsAtTheFirstFailedWriteWithoutReadingTheRest() {
    GeneratedBulletins stdin = new GeneratedBulletins(1_000_000); // about 80 MB
    int[] status = new int[1];
    List<String> err = run(stdin, new FailingOutput(20_000, "Broken pipe"), status, "parse", "-");
    assertThat(status[0]).isEqualTo(ErrorHandlers.EXIT_BROKEN_PIPE);
    assertThat(err).isEmpty();
    // 20 KB of output is about 150 items; the parser reads ahead a buffer or two, not 80 MB.
    assertThat(stdin.bytesRead).isLessThan(200_000);
  }

  @Test
  void helpOnAFullDiskFailsToo() {
    int[] status = new int[1];
    List<String> err =
        run(
            InputStream.nullInputStream(),
            new FailingOutput(10, "No space left on device"),
            status,
            "--help");
    assertThat(status[0]).isEqualTo(3);
    assertThat(err).containsExactly("bulletins: cannot write the output: No space left on device");
  }

  // The real thing, in a child JVM: System.out is not used, so the errors are seen.

  @Test
  void devFullGivesExitThreeAndOneLine() throws Exception {
    assumeTrue(Files.isWritable(Path.of("/dev/full")), "needs Linux /dev/full");
    Process child =
        child("parse", SEEDS)
            .redirectOutput(new File("/dev/full"))
            .redirectErrorStream(false)
            .start();
    String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).isEqualTo(3);
    assertThat(err.lines().toList())
        .containsExactly("bulletins parse: cannot write the output: No space left on device");
  }

  @Test
  void aPipeClosedByItsReaderEndsTheChildQuietlyWhileItsInputIsStillOpen() throws Exception {
    Process child = child("parse", "-").start();
    // Feed enough items to fill the pipe, read a little, close the pipe, then feed more: the child
    // must stop at its next write although its standard input never ends.
    Thread feeder =
        new Thread(
            () -> {
              try (OutputStream in = child.getOutputStream()) {
                new GeneratedBulletins(400_000).transferTo(in);
                Thread.sleep(120_000); // keep standard input open
              } catch (IOException | InterruptedException e) {
                // the child went away: expected
              }
            });
    feeder.setDaemon(true);
    feeder.start();
    InputStream out = child.getInputStream();
    assertThat(out.readNBytes(1000)).hasSize(1000);
    out.close();
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child stopped").isTrue();
    String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.exitValue()).isEqualTo(141);
    assertThat(err).isEmpty();
    feeder.interrupt();
  }

  static ProcessBuilder child(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-cp");
    command.add(classPath());
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
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
