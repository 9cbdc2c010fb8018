package org.bulletins.cli;

import java.io.InputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code bulletins} command: it only dispatches to its subcommands. */
@Command(
    name = "bulletins",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Parse, check, deduplicate and list news bulletins.",
    footer = {
      "",
      "Each PATH is a file or a folder; a folder means its *.txt files in name order; - means"
          + " standard input.",
      "Exit status: 0 ok, 1 errors found (check), 2 bad usage or unreadable input, 3 internal error,"
          + " a failed write to standard output or too little memory; 141 standard output was"
          + " closed (as with | head), the command stopped quietly."
    },
    subcommands = {
      ParseCommand.class,
      CheckCommand.class,
      DedupCommand.class,
      TimelineCommand.class,
      ReportCommand.class,
      IngestCommand.class,
      StoriesCommand.class,
      ExportCommand.class,
      HelpCommand.class
    })
final class BulletinsCommand implements Runnable {

  @Spec CommandSpec spec;

  /** What a PATH of {@code -} reads. */
  final InputStream stdin;

  BulletinsCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(),
        "missing command: parse, check, dedup, timeline, report, ingest, stories or export");
  }
}
