/**
 * Facts about a news item that do not depend on its language: the language itself, countries,
 * organisations, counted numbers, event dates and the dateline's place. See {@link
 * org.bulletins.facts.FactExtractor}.
 */
module org.bulletins.facts {
  requires transitive org.bulletins.model;

  exports org.bulletins.facts;
}
