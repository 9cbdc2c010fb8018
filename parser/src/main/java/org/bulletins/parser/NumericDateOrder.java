package org.bulletins.parser;

/**
 * How the parser reads an all-numeric date such as {@code 03/04/2021}, whose day and month could be
 * either way round. A page whose unambiguous numeric dates ({@code 23/10/2019}) show one order is
 * read in that order; failing those, a page whose dates written with a month name show one ({@code
 * March 5, 2024} month first, {@code 5 March 2024} day first), and failing those, a page written in
 * Spanish, French or Portuguese is read day first. Otherwise, when both readings are valid dates
 * the parser uses this order and reports {@code date.ambiguous}; when only one is, it uses that
 * one.
 *
 * <pre>{@code
 * BulletinParser us = BulletinParser.builder()
 *     .numericDateOrder(NumericDateOrder.MONTH_FIRST)
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public enum NumericDateOrder {
  /** {@code 03/04/2021} is 3 April 2021 (the default). */
  DAY_FIRST,
  /** {@code 03/04/2021} is March 4, 2021. */
  MONTH_FIRST
}
