/**
 * The {@code bulletins} command-line tool. Not a library API: run it through {@code ./bulletins} or
 * {@code java -jar bulletins-cli.jar}.
 */
module org.bulletins.cli {
  requires org.bulletins.parser;
  requires org.bulletins.dedup;
  requires org.bulletins.facts;
  requires org.bulletins.store;
  requires info.picocli;
  requires com.google.common;
  requires io.github.javadiffutils;
  requires java.management; // the JVM's uptime, for the phase log of -Dbulletins.dedup.timings

  // picocli fills the commands' fields reflectively; Jackson writes the output records.
  opens org.bulletins.cli to
      info.picocli,
      com.fasterxml.jackson.databind;
  // Jackson writes the report's data records.
  opens org.bulletins.cli.report to
      com.fasterxml.jackson.databind;
}
