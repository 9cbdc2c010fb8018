/**
 * Runnable examples of the bulletins API.
 */
module org.bulletins.examples {
  requires org.bulletins.parser;
  requires org.bulletins.dedup;
}
