/** A tolerant parser for dated news bulletins. */
module org.bulletins.parser {
  requires transitive org.bulletins.model;
  requires com.google.common;

  exports org.bulletins.parser;
}
