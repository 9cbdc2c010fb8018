package org.bulletins.model;

import java.util.Locale;

/**
 * The record shape a page follows, as the parser inferred it from the page's first lines. Printed
 * by {@code bulletins check}; {@link #label()} is the name used there.
 *
 * <pre>{@code
 * ParsedDocument doc = parser.parse(Path.of("page.txt"));
 * if (doc.layout() == PageLayout.TITLE_DATE_BODY) {
 *   System.out.println("article page: " + doc.layout().label()); // title-date-body
 * }
 * }</pre>
 *
 * @since 0.2.0
 */
public enum PageLayout {
  /** A date line, the title, then the body: the seeds' listing layout. */
  DATE_TITLE_BODY,
  /** The title, a date line (perhaps under a label or a line of countries), then the body. */
  TITLE_DATE_BODY,
  /** The title, the body (a teaser), then a date line closing the item. */
  TITLE_BODY_DATE,
  /** The date opens the title line: {@code 13 June 2018: Ministers agree on ...}, then the body. */
  DATE_IN_TITLE,
  /**
   * The title, then a body whose first paragraph opens with a dateline: {@code CONAKRY, 29 December
   * 2015 – ...}.
   */
  DATELINE,
  /** One line per item, each holding its own date, and no body. */
  ONE_LINE,
  /** No dates at all: titles and paragraphs told apart by their shape. */
  UNDATED,
  /** The page mixes shapes or fits none; it was read with the closest one and a diagnostic. */
  MIXED,
  /** The page has no text. */
  EMPTY,
  /** Not inferred: the document was built by hand or read back from JSON. */
  UNKNOWN;

  /**
   * The kebab-case name printed by the command line, such as {@code title-date-body}.
   *
   * @return the label
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
