package org.bulletins.cli;

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
      "Each PATH is a file or a folder; a folder means its *.txt files in name order.",
      "Exit status: 0 ok, 1 errors found (check), 2 bad usage or unreadable input, 3 internal error."
    },
    subcommands = {
      ParseCommand.class,
      CheckCommand.class,
      DedupCommand.class,
      TimelineCommand.class,
      ReportCommand.class,
      HelpCommand.class
    })
final class BulletinsCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "missing command: parse, check, dedup, timeline or report");
  }
}
