package org.bulletins.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.bulletins.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Turns every failure into one line on stderr and an exit status; never a stack trace. */
final class ErrorHandlers {

  static final int EXIT_FOUND_ERRORS = 1;
  static final int EXIT_USAGE = 2;
  static final int EXIT_INTERNAL = 3;

  /**
   * Standard output was closed by its reader (EPIPE), as in {@code bulletins parse big.txt | head}:
   * the command stops quietly at the first failed write, with the status a shell reports for a
   * process killed by SIGPIPE (128 + 13), as {@code cat} or {@code grep} would end.
   */
  static final int EXIT_BROKEN_PIPE = 141;

  private ErrorHandlers() {}

  static int onBadUsage(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    String name = command.getCommandSpec().qualifiedName();
    command
        .getErr()
        .println(Printable.of(name + ": " + e.getMessage() + " (see '" + name + " --help')"));
    command.getErr().flush();
    return EXIT_USAGE;
  }

  static int onFailure(Exception e, CommandLine command, ParseResult parseResult) {
    String name = command.getCommandSpec().qualifiedName();
    String message;
    int status;
    OutputFailure output = OutputFailure.in(e);
    if (output != null) {
      return onOutputFailure(output, name, command.getErr());
    } else if (e instanceof HeapBudget.TooLittleHeap) {
      message = e.getMessage();
      status = EXIT_INTERNAL;
    } else if (e instanceof StoreException store) {
      // A store that cannot be written is a failed write (3); any other is a bad input file (2).
      message = store.getMessage();
      status = store.reason() == StoreException.Reason.WRITE_FAILED ? EXIT_INTERNAL : EXIT_USAGE;
    } else if (e instanceof InputException) {
      message = e.getMessage();
      status = EXIT_USAGE;
    } else if (e instanceof UncheckedIOException || e instanceof IOException) {
      IOException io =
          e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
      message = "cannot read input: " + InputFiles.reason(io);
      status = EXIT_USAGE;
    } else {
      message = "internal error (please report it): " + e;
      status = EXIT_INTERNAL;
    }
    command.getErr().println(Printable.of(name + ": " + message));
    command.getErr().flush();
    return status;
  }

  /**
   * A failed write to standard output: quiet status {@value #EXIT_BROKEN_PIPE} when its reader went
   * away, else one line and status 3, never a silently truncated output.
   */
  static int onOutputFailure(OutputFailure failure, String name, PrintWriter err) {
    if (failure.isBrokenPipe()) {
      return EXIT_BROKEN_PIPE;
    }
    if (!failure.report()) {
      return EXIT_INTERNAL; // said once already
    }
    err.println(Printable.of(name + ": cannot write the output: " + failure.reason()));
    err.flush();
    return EXIT_INTERNAL;
  }
}
