package org.bulletins.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code bulletins check}: each file's diagnostics and inferred layout, then a summary; exit 1 when
 * any diagnostic is an error.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Print the diagnostics of bulletins, one per line, as"
          + " PATH:LINE:COLUMN: severity: code: message; after each file's diagnostics the layout"
          + " inferred for it, as PATH: layout LAYOUT (N items); then a one-line summary.",
      "Exit status 1 when any error was found, else 0."
    })
final class CheckCommand implements Callable<Integer> {

  @Mixin InputOptions input;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    BulletinReader.Totals totals =
        BulletinReader.readInputs(
            input,
            spec.commandLine().getErr(),
            item -> {},
            diagnostic -> out.println(diagnostic),
            (file, layout, items) ->
                out.println(
                    file + ": layout " + layout.label() + " (" + plural(items, "item") + ")"));
    out.println(
        plural(totals.files, "file")
            + ", "
            + plural(totals.items, "item")
            + ": "
            + plural(totals.errors, "error")
            + ", "
            + plural(totals.warnings, "warning")
            + ", "
            + plural(totals.infos, "info"));
    return totals.errors > 0 ? ErrorHandlers.EXIT_FOUND_ERRORS : 0;
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 || noun.equals("info") ? "" : "s");
  }
}
