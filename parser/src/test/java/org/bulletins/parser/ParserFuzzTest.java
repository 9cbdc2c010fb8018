package org.bulletins.parser;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer fuzz targets of the parser. The first byte of an input selects the options (tiny limits,
 * strict mode, few diagnostics, month-first dates) and, for {@link #allEntryPoints}, the entry
 * points and read chunk size (see {@link ParserInvariants.Input}); the rest is the bulletin.
 *
 * <ul>
 *   <li>{@link #allEntryPoints}: {@code parse(byte[])}, {@code parse(InputStream)}, {@code
 *       stream(InputStream)}, {@code parse(String)}, {@code parse(Reader)}, {@code stream(Reader)}
 *       agree, bytes and their UTF-8 text agree, every guarantee of {@link ParserInvariants} holds.
 *   <li>{@link #bytes} and {@link #text}: one entry point each with the cheap checks, several times
 *       faster, for long runs.
 * </ul>
 *
 * <p>In a normal test run Jazzer replays the committed corpus in {@code
 * src/test/resources/org/bulletins/parser/ParserFuzzTestInputs/<method>/}: seed pages, spec
 * snippets and every input that once found a bug (named {@code finding-NN-...}), as jsoup's
 * FuzzFixesTest does. To fuzz one target (Jazzer fuzzes one per run; the duration is the {@code
 * maxDuration} below), see {@code docs/RELIABILITY.md}:
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 ./mvnw -B -pl parser -am test -Dtest='ParserFuzzTest#bytes' -Dsurefire.failIfNoSpecifiedTests=false
 * }</pre>
 */
class ParserFuzzTest {

  @FuzzTest(maxDuration = "20m")
  void allEntryPoints(byte[] data) {
    ParserInvariants.check(data);
  }

  @FuzzTest(maxDuration = "30m")
  void bytes(byte[] data) {
    ParserInvariants.checkBytesOnly(data);
  }

  @FuzzTest(maxDuration = "30m")
  void text(byte[] data) {
    ParserInvariants.checkTextOnly(data);
  }
}
