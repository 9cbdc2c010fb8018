/**
 * The immutable domain model shared by every bulletins module: {@link org.bulletins.model.NewsItem
 * news items} with their {@link org.bulletins.model.SourceSpan source spans}, {@link
 * org.bulletins.model.ParsedDocument parsed documents}, {@link org.bulletins.model.Diagnostic
 * diagnostics}, {@link org.bulletins.model.ContentId content identifiers} and the {@link
 * org.bulletins.model.MergedStory merged stories} that deduplication produces; plus their JSON form
 * in {@link org.bulletins.model.json.BulletinsJson}.
 */
module org.bulletins.model {
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.google.common;

  exports org.bulletins.model;
  exports org.bulletins.model.json;
  // The one HTML entity decoder of the project. Exported to all: an export qualified to the
  // parser and dedup modules fails wherever one of them runs on the class path beside this module
  // on the module path (dedup's own tests do: IllegalAccessError from the parser).
  exports org.bulletins.model.text;

  // Jackson reads and writes the records reflectively.
  opens org.bulletins.model to
      com.fasterxml.jackson.databind;
}
