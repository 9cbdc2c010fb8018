/**
 * A story store on SQLite: bulletin files ingested one transaction at a time, deduplicated against
 * what is stored, with stable story ids, date-range and full-text queries. See {@link
 * org.bulletins.store.BulletinStore}.
 */
module org.bulletins.store {
  requires transitive org.bulletins.dedup;
  requires org.bulletins.parser;
  requires org.bulletins.facts;
  requires org.xerial.sqlitejdbc;
  requires java.sql;
  requires java.management;
  requires com.google.common;
  requires com.fasterxml.jackson.databind;

  exports org.bulletins.store;
}
