/**
 * Facts about a news item in English, Spanish, French or Portuguese: {@link
 * org.bulletins.facts.FactExtractor} reads an item and returns its {@link
 * org.bulletins.facts.ItemFacts}.
 */
package org.bulletins.facts;
