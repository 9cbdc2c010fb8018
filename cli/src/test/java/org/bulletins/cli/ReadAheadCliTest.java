package org.bulletins.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} and {@code parse} read a file of 1 MiB or more on two threads and standard input on
 * one: the same bytes give the same output, diagnostics in the same order, either way.
 */
class ReadAheadCliTest {

  private static String[] runOn(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new ByteArrayInputStream(stdin), out, err);
    return new String[] {
      String.valueOf(status),
      out.toString(StandardCharsets.UTF_8),
      err.toString(StandardCharsets.UTF_8)
    };
  }

  /** The output with the source's name, as printed or as JSON escapes it, replaced. */
  private static String sourceless(String output, String... names) {
    String text = output.replace("<stdin>", "SOURCE").replace("\\u003Cstdin\\u003E", "SOURCE");
    for (String name : names) {
      text = text.replace(name, "SOURCE");
    }
    return text;
  }

  @Test
  void aLargeFileReadsAsStandardInputDoes(@TempDir Path dir) throws Exception {
    StringBuilder page = new StringBuilder();
    for (int i = 0; page.length() < 3 * BulletinReader.READ_AHEAD_BYTES; i++) {
      page.append(i % 2000 == 0 ? "31 June 2021" : "9 June 2021").append("\n\n");
      page.append("Title number ").append(i).append("\n\n");
      page.append("A paragraph of the item, long enough to be a paragraph.\n\n");
    }
    byte[] bytes = page.toString().getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length / 2 + 7] = (byte) 0xE9; // one line that is not UTF-8
    Path file = dir.resolve("large.txt");
    Files.write(file, bytes);
    assertThat(Files.size(file)).isGreaterThanOrEqualTo(BulletinReader.READ_AHEAD_BYTES);
    for (String command : new String[] {"check", "parse"}) {
      String[] fromFile = runOn(new byte[0], command, file.toString());
      String[] fromStdin = runOn(bytes, command, "-");
      String name = file.toString();
      assertThat(fromFile[0]).as(command).isEqualTo(fromStdin[0]);
      assertThat(sourceless(fromFile[1], name)).as(command).isEqualTo(sourceless(fromStdin[1]));
      assertThat(sourceless(fromFile[2], name)).as(command).isEqualTo(sourceless(fromStdin[2]));
      // check prints diagnostics on standard output, parse on standard error
      assertThat(fromFile[1] + fromFile[2])
          .as(command)
          .contains("date.impossible")
          .contains("encoding.legacy");
    }
  }
}
