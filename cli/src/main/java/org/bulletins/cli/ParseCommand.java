package org.bulletins.cli;

import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bulletins.facts.FactExtractor;
import org.bulletins.facts.ItemFacts;
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
          + " date (yyyy-MM-dd or null), title, paragraphs, id;"
          + " with --facts also facts (language, countries, organizations, numbers, eventDates,"
          + " dateline)."
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

  @Option(
      names = "--facts",
      description =
          "Add each item's facts: language, countries, organizations, numbers,"
              + " eventDates, dateline (a facts object in json formats, a facts line in text).")
  boolean facts;

  @Mixin InputOptions input;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (SequenceWriter array =
        format == Format.JSON ? Formats.JSON_PRETTY.writeValuesAsArray(out) : null) {
      BulletinReader.readInputsAhead(
          input,
          err,
          item -> write(item, out, array),
          diagnostic -> err.println(Formats.diagnostic(diagnostic)),
          (file, layout, items) -> {});
    }
    if (format == Format.JSON) {
      out.println();
    }
    return 0;
  }

  /**
   * Made on first use, for {@code --facts} only: picocli creates every command at start-up, and
   * building the extractor's tables took a twentieth of a whole {@code check} of 200 MiB.
   */
  private FactExtractor extractor;

  private FactExtractor extractor() {
    if (extractor == null) {
      extractor = FactExtractor.create();
    }
    return extractor;
  }

  private ItemView view(NewsItem item) {
    return ItemView.of(
        item, facts ? Optional.of(FactsView.of(extractor().extract(item))) : Optional.empty());
  }

  /** {@code en; countries GT; organizations IOM, IGM; numbers 260 officials; ...}. */
  private static String factsLine(ItemFacts facts) {
    StringBuilder line = new StringBuilder(facts.language().code());
    append(line, "countries", facts.countries());
    append(line, "organizations", facts.organizations());
    append(
        line, "numbers", facts.numbers().stream().map(n -> n.value() + " " + n.counts()).toList());
    append(line, "eventDates", facts.eventDates().stream().map(Object::toString).toList());
    facts.dateline().ifPresent(place -> line.append("; dateline ").append(place));
    return line.toString();
  }

  private static void append(StringBuilder line, String name, java.util.List<String> values) {
    if (!values.isEmpty()) {
      line.append("; ").append(name).append(' ').append(String.join(", ", values));
    }
  }

  private void write(NewsItem item, PrintWriter out, SequenceWriter array) {
    try {
      switch (format) {
        case JSONL -> out.println(Formats.JSON_LINE.writeValueAsString(view(item)));
        case JSON -> array.write(view(item));
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
          if (facts) {
            out.println(Printable.of("    facts: " + factsLine(extractor().extract(item))));
          }
          item.paragraphs().forEach(paragraph -> out.println(Printable.of("    " + paragraph)));
          out.println();
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
