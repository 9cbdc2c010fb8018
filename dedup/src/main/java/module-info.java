/** Deduplication and merging of news items. */
@SuppressWarnings("module") // the store is built after this module
module org.bulletins.dedup {
  requires transitive org.bulletins.model;
  requires com.google.common;
  requires org.bulletins.facts;

  exports org.bulletins.dedup;
  // The store keeps what the index computes per item, so that reopening it signs nothing again.
  exports org.bulletins.dedup.internal to
      org.bulletins.store;
  exports org.bulletins.dedup.internal.sketch to
      org.bulletins.store;
}
