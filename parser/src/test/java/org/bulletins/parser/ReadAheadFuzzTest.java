package org.bulletins.parser;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Fuzzes reading ahead: for any bytes and any of four option sets, a stream that reads its lines on
 * a second thread gives exactly what a stream on one thread gives (items, diagnostics, counts,
 * layout, or the strict failure). Fuzz with {@code JAZZER_FUZZ=1 ./mvnw -B -pl parser -am test
 * -Dtest='ReadAheadFuzzTest' -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ReadAheadFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void sameAsOneThread(byte[] data) {
    int options = data.length == 0 ? 0 : data[0] & 0x3;
    byte[] bytes = data.length == 0 ? data : java.util.Arrays.copyOfRange(data, 1, data.length);
    String oneThread = read(builder(options).build(), bytes);
    String ahead = read(builder(options).readAhead(true).build(), bytes);
    if (!ahead.equals(oneThread)) {
      throw new AssertionError("read-ahead differs:\n" + ahead + "\n---\n" + oneThread);
    }
  }

  private static BulletinParser.Builder builder(int options) {
    BulletinParser.Builder b = BulletinParser.builder();
    return switch (options) {
      case 1 -> b.strictness(Strictness.STRICT);
      case 2 -> b.maxDiagnostics(3).maxLineLength(40);
      case 3 -> b.maxLineLength(7).maxItemLength(100).strictness(Strictness.STRICT);
      default -> b;
    };
  }

  private static String read(BulletinParser parser, byte[] bytes) {
    StringBuilder seen = new StringBuilder();
    try (ItemStream items = parser.stream(new ByteArrayInputStream(bytes), "fuzz")) {
      try {
        items.forEach(item -> seen.append(item).append('\n'));
      } catch (BulletinParseException e) {
        seen.append("failed: ").append(e.getMessage());
      }
      seen.append(items.diagnostics()).append(items.diagnosticCounts()).append(items.layout());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return seen.toString();
  }
}
