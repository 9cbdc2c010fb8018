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
      "Print the diagnostics of bulletins, one per line, as PATH:LINE:COLUMN: severity: code: message;"
          + " after each file's diagnostics the layout inferred for it, as PATH: layout LAYOUT"
          + " (N items); then a one-line summary.",
      "Each file shows its first 100 diagnostics and a line that counts the rest; the summary and"
          + " the exit status count them all.",
      "Exit status 1 when any error was found, else 0."
    })
final class CheckCommand implements Callable<Integer> {

  @Mixin InputOptions input;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    BulletinReader.Totals totals =
        BulletinReader.readInputsAhead(
            input,
            spec.commandLine().getErr(),
            item -> {},
            diagnostic -> out.println(Formats.diagnostic(diagnostic)),
            (file, layout, items) ->
                out.println(
                    Printable.of(InputFiles.sourceName(file))
                        + ": layout "
                        + layout.label()
                        + " ("
                        + plural(items, "item")
                        + ")"));
    // The counts cover every diagnostic, also those beyond the per-file cap that were not printed
    // (a diagnostics.truncated line says how many): an error after the cap still fails the check.
    out.println(
        Printable.of(
            plural(totals.files, "file")
                + ", "
                + plural(totals.items, "item")
                + ": "
                + plural(totals.diagnostics.errors(), "error")
                + ", "
                + plural(totals.diagnostics.warnings(), "warning")
                + ", "
                + plural(totals.diagnostics.infos(), "info")));
    return totals.diagnostics.errors() > 0 ? ErrorHandlers.EXIT_FOUND_ERRORS : 0;
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 || noun.equals("info") ? "" : "s");
  }
}
