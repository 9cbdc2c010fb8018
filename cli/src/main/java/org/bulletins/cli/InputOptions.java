package org.bulletins.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The options every command shares: its input paths and whether to show progress. */
final class InputOptions {

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description =
          "Bulletin files, folders of *.txt files (read in name order), or - for standard input"
              + " (named <stdin> in the output).")
  List<String> paths = new ArrayList<>();

  @Option(
      names = "--progress",
      negatable = true,
      description =
          "Show a progress bar on stderr. Default: only for long runs when stderr is a terminal"
              + " (as the ./bulletins launcher reports) and CI is not set.")
  Boolean progress;

  /** The command this is mixed into, to reach the root command's standard input. */
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  /** The files the PATH arguments name; at least one PATH is required. */
  List<Path> files(PrintWriter err) {
    if (paths.isEmpty()) {
      // The arity is 0..* only so that timeline and dedup can read --db instead.
      throw new ParameterException(mixee.commandLine(), "Missing required parameter: 'PATH'");
    }
    return InputFiles.expand(paths, err);
  }

  /** What {@code -} reads: the standard input that {@link Main#run} was given. */
  InputStream stdin() {
    return ((BulletinsCommand) mixee.root().userObject()).stdin;
  }
}
