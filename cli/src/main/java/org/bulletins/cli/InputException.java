package org.bulletins.cli;

/** An input path that cannot be used; reported as one line with exit status 2. */
final class InputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  InputException(String message) {
    super(message);
  }
}
