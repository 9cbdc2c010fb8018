package org.bulletins.spark.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bulletins.benchmarks.CorpusGenerator;
import org.bulletins.cli.Main;
import org.bulletins.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bulletins-spark dedup} prints the very document of {@code bulletins dedup}. */
class BulletinsSparkTest {

  @Test
  void printsTheDocumentOfBulletinsDedup(@TempDir Path dir) throws IOException {
    Path corpus = dir.resolve("generated.txt");
    try (OutputStream out = Files.newOutputStream(corpus)) {
      new CorpusGenerator(CorpusGenerator.readSeeds(Seeds.DIRECTORY), 3, 0.4)
          .write(out, null, 400, Long.MAX_VALUE);
    }
    // A page with a line the parser reports, so that diagnostics are compared too.
    Path odd = dir.resolve("odd.txt");
    Files.writeString(
        odd,
        "31 February 2024\n\nA date that does not exist\n\nThe council met on a day that the"
            + " calendar does not have, said the clerk.\n");
    String seeds = Seeds.DIRECTORY.toString();
    String[] paths = {seeds, corpus.toString(), odd.toString()};

    Output cli = run(out -> err -> Main.run(args("dedup", "--format", "json", paths), out, err));
    Output spark =
        run(
            out ->
                err ->
                    BulletinsSpark.run(
                        args("dedup", "--master", "local[2]", "--format", "json", paths),
                        out,
                        err));

    assertThat(cli.status()).isZero();
    assertThat(spark.status()).isZero();
    assertThat(cli.out()).contains("\"kind\" : \"near-duplicate\"").contains("\"evidence\"");
    assertThat(spark.out()).isEqualTo(cli.out());
    assertThat(spark.err().lines().filter(l -> l.startsWith(odd.toString())))
        .isNotEmpty()
        .containsExactlyElementsOf(
            cli.err().lines().filter(l -> l.startsWith(odd.toString())).toList());
  }

  @Test
  void badCommandLinesSayWhatIsWrong(@TempDir Path dir) {
    Output none = run(out -> err -> BulletinsSpark.run(new String[0], out, err));
    assertThat(none.status()).isEqualTo(2);
    assertThat(none.err()).contains("the command is dedup").contains("usage:");

    Output text =
        run(out -> err -> BulletinsSpark.run(args("dedup", "--format", "text", "x"), out, err));
    assertThat(text.status()).isEqualTo(2);
    assertThat(text.err()).contains("only json");

    Output noPath =
        run(out -> err -> BulletinsSpark.run(args("dedup", "--master", "local[1]"), out, err));
    assertThat(noPath.status()).isEqualTo(2);
    assertThat(noPath.err()).contains("name at least one PATH");

    Output missing =
        run(
            out ->
                err ->
                    BulletinsSpark.run(
                        args("dedup", "--master", "local[1]", dir.resolve("nothing").toString()),
                        out,
                        err));
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file or folder: " + dir.resolve("nothing"));
    assertThat(missing.out()).isEmpty();
  }

  private static String[] args(Object... parts) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (Object p : parts) {
      if (p instanceof String[] many) {
        out.addAll(java.util.List.of(many));
      } else {
        out.add((String) p);
      }
    }
    return out.toArray(String[]::new);
  }

  record Output(int status, String out, String err) {}

  interface Command {
    Stderr with(OutputStream out);
  }

  interface Stderr {
    int run(OutputStream err);
  }

  private static Output run(Command command) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = command.with(out).run(err);
    return new Output(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
