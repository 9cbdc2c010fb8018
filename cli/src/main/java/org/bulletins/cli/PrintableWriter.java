package org.bulletins.cli;

import java.io.PrintWriter;

/** The writer of a text format: each line it prints goes through {@link Printable}. */
final class PrintableWriter extends PrintWriter {

  PrintableWriter(PrintWriter out) {
    super(out);
  }

  @Override
  public void println(String line) {
    super.println(Printable.of(line));
  }
}
