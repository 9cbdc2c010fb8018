/** Deduplication and merging of news items. */
module org.bulletins.dedup {
  requires transitive org.bulletins.model;
  requires com.google.common;
  requires org.bulletins.facts;

  exports org.bulletins.dedup;
}
