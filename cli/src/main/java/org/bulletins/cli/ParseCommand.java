package org.bulletins.cli;

import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.bulletins.model.NewsItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bulletins parse}: the parsed items, streamed one at a time. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Print the items of bulletins; diagnostics go to stderr.",
      "jsonl: one object per item with source, line (of the title), firstLine, lastLine,"
          + " date (yyyy-MM-dd or null), title, paragraphs, id."
    })
final class ParseCommand implements Callable<Integer> {

  enum Format {
    JSONL,
    JSON,
    TEXT
  }

  @Option(
      names = "--format",
      defaultValue = "jsonl",
      paramLabel = "FORMAT",
      description = "jsonl (default), json (one array) or text.")
  Format format;

  @Mixin InputOptions input;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (SequenceWriter array =
        format == Format.JSON ? Formats.JSON_PRETTY.writeValuesAsArray(out) : null) {
      BulletinReader.readInputs(
          input,
          err,
          item -> write(item, out, array),
          diagnostic -> err.println(Formats.diagnostic(diagnostic)));
    }
    if (format == Format.JSON) {
      out.println();
    }
    return 0;
  }

  private void write(NewsItem item, PrintWriter out, SequenceWriter array) {
    try {
      switch (format) {
        case JSONL -> out.println(Formats.JSON_LINE.writeValueAsString(ItemView.of(item)));
        case JSON -> array.write(ItemView.of(item));
        case TEXT -> {
          out.println(
              Printable.of(
                  item.span().source()
                      + ":"
                      + item.span().titleLine()
                      + "  "
                      + Formats.date(item.date())
                      + "  "
                      + item.title()));
          item.paragraphs().forEach(paragraph -> out.println(Printable.of("    " + paragraph)));
          out.println();
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
