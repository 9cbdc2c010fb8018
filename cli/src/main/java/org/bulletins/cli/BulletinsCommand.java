package org.bulletins.cli;

import java.io.InputStream;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
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
    })
final class BulletinsCommand implements Runnable {

  /**
   * The subcommands, in the order the help lists them. {@link #addSubcommands} adds them rather
   * than the annotation, so that a run of {@code check} or {@code parse} builds only its own:
   * picocli reads every command's annotations by reflection, and building all nine took a tenth of
   * the CPU of a whole {@code check} of 200 MiB (JFR).
   */
  private static final List<Class<?>> SUBCOMMANDS =
      List.of(
          ParseCommand.class,
          CheckCommand.class,
          DedupCommand.class,
          TimelineCommand.class,
          ReportCommand.class,
          IngestCommand.class,
          StoriesCommand.class,
          ExportCommand.class,
          HelpCommand.class);

  /** The streaming commands, which a command line that opens with their name builds alone. */
  private static final Set<String> BUILT_ALONE = Set.of("check", "parse");

  /**
   * Adds the subcommands to the top-level command line: every one, or only the one named first when
   * it is {@code check} or {@code parse} (nothing else of the tree is used then: their help, usage
   * errors and output are those of the subcommand).
   *
   * @param top the command line of a {@code BulletinsCommand}, before any setting
   * @param args the command line's arguments
   */
  static void addSubcommands(CommandLine top, String[] args) {
    String first = args.length > 0 ? args[0] : "";
    for (Class<?> subcommand : SUBCOMMANDS) {
      if (!BUILT_ALONE.contains(first)
          || first.equals(subcommand.getAnnotation(Command.class).name())) {
        top.addSubcommand(subcommand);
      }
    }
  }

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
