package org.bulletins.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lines are numbered as the parser numbers them, whatever the line ends. */
class LineTextsTest {

  @TempDir Path dir;

  @Test
  void readsTheWantedLinesWithAnyLineEnd() throws Exception {
    Path file = dir.resolve("mixed.txt");
    Files.write(
        file, "\uFEFFone\r\ntwo\rthree\n\nfive".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Map<Integer, String> lines =
        LineTexts.read(file, new TreeSet<>(java.util.List.of(1, 2, 3, 4, 5, 9)));
    assertThat(lines)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(1, "one", 2, "two", 3, "three", 4, "", 5, "five"));
  }

  @Test
  void cutsLongLinesAndReplacesBytesThatAreNotUtf8() throws Exception {
    Path file = dir.resolve("odd.txt");
    byte[] head = {'a', (byte) 0xE9, 'b', '\n'};
    byte[] tail = "x".repeat(10_000).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    Files.write(file, all);
    Map<Integer, String> lines = LineTexts.read(file, new TreeSet<>(java.util.List.of(1, 2)));
    assertThat(lines.get(1)).isEqualTo("a\uFFFDb");
    assertThat(lines.get(2)).hasSize(LineTexts.MAX_CHARS);
  }
}
