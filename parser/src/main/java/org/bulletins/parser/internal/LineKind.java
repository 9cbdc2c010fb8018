package org.bulletins.parser.internal;

/** What one line of a page is, before the page's layout decides what it does. */
public enum LineKind {
  /** Empty after normalisation. */
  BLANK,
  /** A date line, or a field whose value is a date ({@code Fecha: 3 de mayo de 2021}). */
  DATE,
  /** A line opened by a date (or a place and a date) and a separator, then a title. */
  DATE_TITLE,
  /** A paragraph opened by a dateline: {@code CONAKRY, 29 December 2015 – ...}. */
  DATELINE,
  /** A label, field, caption or repeated short line: never a title. */
  LABEL,
  /** Any other text. */
  TEXT
}
