package org.bulletins.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every command shares: its input paths and whether to show progress. */
final class InputOptions {

  @Parameters(
      paramLabel = "PATH",
      arity = "1..*",
      description = "Bulletin files, or folders of *.txt files (read in name order).")
  List<String> paths = new ArrayList<>();

  @Option(
      names = "--progress",
      negatable = true,
      description =
          "Show a progress bar on stderr. Default: only for long runs when stderr is a terminal"
              + " (as the ./bulletins launcher reports) and CI is not set.")
  Boolean progress;

  List<Path> files(PrintWriter err) {
    return InputFiles.expand(paths, err);
  }
}
