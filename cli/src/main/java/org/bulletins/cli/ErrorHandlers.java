package org.bulletins.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Turns every failure into one line on stderr and an exit status; never a stack trace. */
final class ErrorHandlers {

  static final int EXIT_FOUND_ERRORS = 1;
  static final int EXIT_USAGE = 2;
  static final int EXIT_INTERNAL = 3;

  private ErrorHandlers() {}

  static int onBadUsage(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    String name = command.getCommandSpec().qualifiedName();
    command.getErr().println(name + ": " + e.getMessage() + " (see '" + name + " --help')");
    command.getErr().flush();
    return EXIT_USAGE;
  }

  static int onFailure(Exception e, CommandLine command, ParseResult parseResult) {
    String name = command.getCommandSpec().qualifiedName();
    String message;
    int status;
    if (e instanceof InputException) {
      message = e.getMessage();
      status = EXIT_USAGE;
    } else if (e instanceof UncheckedIOException || e instanceof IOException) {
      IOException io = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
      message = "cannot read input: " + InputFiles.reason(io);
      status = EXIT_USAGE;
    } else {
      message = "internal error (please report it): " + e;
      status = EXIT_INTERNAL;
    }
    command.getErr().println(name + ": " + message);
    command.getErr().flush();
    return status;
  }
}
