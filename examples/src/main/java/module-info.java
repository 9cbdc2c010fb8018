/** Runnable examples of the bulletins API, one scenario per class. */
module org.bulletins.examples {
  requires org.bulletins.parser;
  requires org.bulletins.dedup;
  requires org.bulletins.store;

  exports org.bulletins.examples;
}
