package org.bulletins.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Entry point of the {@code bulletins} command.
 *
 * <p>Exit status: 0 success; 1 {@code check} found an error; 2 bad usage or an input that cannot
 * be read (with a one-line message); 3 an internal error (a bug: please report it) or too little
 * memory. Output is UTF-8 whatever the platform default.
 */
public final class Main {

  private Main() {}

  /**
   * Runs the command and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the command without exiting, for tests and embedding.
   *
   * @param args the command line
   * @param stdout where results go
   * @param stderr where diagnostics, messages and progress go
   * @return the exit status
   */
  public static int run(String[] args, OutputStream stdout, OutputStream stderr) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8));
    try {
      CommandLine commandLine =
          new CommandLine(new BulletinsCommand())
              .setOut(out)
              .setErr(err)
              .setCaseInsensitiveEnumValuesAllowed(true)
              .setParameterExceptionHandler(ErrorHandlers::onBadUsage)
              .setExecutionExceptionHandler(ErrorHandlers::onFailure);
      return commandLine.execute(args);
    } catch (OutOfMemoryError e) {
      err.println(
          "bulletins: out of memory; give Java more heap, e.g. BULLETINS_JAVA_OPTS=-Xmx4g ./bulletins ...");
      return ErrorHandlers.EXIT_INTERNAL;
    } catch (StackOverflowError e) {
      err.println("bulletins: internal error (please report it): stack overflow");
      return ErrorHandlers.EXIT_INTERNAL;
    } finally {
      out.flush();
      err.flush();
    }
  }
}
