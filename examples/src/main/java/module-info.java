/** Runnable examples of the bulletins API, one scenario per class. */
module org.bulletins.examples {
  requires org.bulletins.parser;
  requires org.bulletins.dedup;

  exports org.bulletins.examples;
}
