package org.bulletins.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Entry point of the {@code bulletins} command.
 *
 * <p>Exit status: 0 success; 1 {@code check} found an error; 2 bad usage or an input that cannot be
 * read (with a one-line message); 3 an internal error (a bug: please report it), a failed write to
 * standard output or too little memory; 141 standard output was closed by its reader (as with
 * {@code | head}), and the command stopped quietly at the first failed write. Output is UTF-8
 * whatever the platform default.
 */
public final class Main {

  private Main() {}

  /**
   * Runs the command and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    // Not System.out: a PrintStream swallows write errors, and a full disk must not look like
    // success. The file descriptor's own stream reports them.
    OutputStream stdout = new FileOutputStream(FileDescriptor.out);
    System.exit(run(args, System.in, stdout, System.err));
  }

  /**
   * Runs the command without exiting, for tests and embedding; a PATH of {@code -} reads {@link
   * System#in}.
   *
   * @param args the command line
   * @param stdout where results go
   * @param stderr where diagnostics, messages and progress go
   * @return the exit status
   */
  public static int run(String[] args, OutputStream stdout, OutputStream stderr) {
    return run(args, System.in, stdout, stderr);
  }

  /**
   * Runs the command without exiting, for tests and embedding.
   *
   * <pre>{@code
   * int status = Main.run(new String[] {"check", "-"}, stdin, stdout, stderr);
   * }</pre>
   *
   * @param args the command line
   * @param stdin what a PATH of {@code -} reads; it is not closed
   * @param stdout where results go; a failed write stops the command (status 3, or 141 for a closed
   *     pipe)
   * @param stderr where diagnostics, messages and progress go
   * @return the exit status
   */
  public static int run(
      String[] args, InputStream stdin, OutputStream stdout, OutputStream stderr) {
    PrintWriter out = new Utf8PrintWriter(new CheckedOutputStream(stdout));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8));
    try {
      CommandLine top = new CommandLine(new BulletinsCommand(stdin));
      BulletinsCommand.addSubcommands(top, args); // before the settings, which reach subcommands
      CommandLine commandLine =
          top.setOut(out)
              .setErr(err)
              .setCaseInsensitiveEnumValuesAllowed(true)
              .setParameterExceptionHandler(ErrorHandlers::onBadUsage)
              .setExecutionExceptionHandler(ErrorHandlers::onFailure)
              // Help and version output are written outside the exception handler, and a short
              // output fails only when it is flushed: both are caught here, naming the command.
              .setExecutionStrategy(
                  parseResult -> {
                    CommandLine.ParseResult last = parseResult;
                    while (last.hasSubcommand()) {
                      last = last.subcommand();
                    }
                    try {
                      int status = new CommandLine.RunLast().execute(parseResult);
                      out.flush();
                      return status;
                    } catch (OutputFailure e) {
                      return ErrorHandlers.onOutputFailure(
                          e, last.commandSpec().qualifiedName(), err);
                    }
                  });
      int status = commandLine.execute(args);
      out.flush(); // the last buffered output can fail too
      return status;
    } catch (OutputFailure e) {
      return ErrorHandlers.onOutputFailure(e, "bulletins", err);
    } catch (OutOfMemoryError e) {
      err.println("bulletins: " + HeapBudget.outOfMemory(Runtime.getRuntime().maxMemory()));
      return ErrorHandlers.EXIT_INTERNAL;
    } catch (StackOverflowError e) {
      err.println("bulletins: internal error (please report it): stack overflow");
      return ErrorHandlers.EXIT_INTERNAL;
    } finally {
      try {
        out.flush();
      } catch (OutputFailure e) {
        // reported above, or the status already says the command failed
      }
      err.flush();
    }
  }
}
