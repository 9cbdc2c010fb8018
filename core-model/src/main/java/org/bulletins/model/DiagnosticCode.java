package org.bulletins.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Every diagnostic the library reports, each with its stable code and its meaning. The code (such
 * as {@code date.impossible}) is what JSON and the printed form show; it never changes meaning.
 *
 * <pre>{@code
 * if (diagnostic.code() == DiagnosticCode.DATE_IMPOSSIBLE) { ... }
 * DiagnosticCode.fromId("date.impossible"); // DATE_IMPOSSIBLE
 * DiagnosticCode.DATE_IMPOSSIBLE.id();      // "date.impossible"
 * }</pre>
 *
 * @since 0.1.0
 */
public enum DiagnosticCode {
  /** A date line names no real day ({@code 31 June, 2021}); it still starts an item, undated. */
  DATE_IMPOSSIBLE("date.impossible", "a date line names no real day"),
  /** A numeric date reads as two valid dates and the page does not settle the order. */
  DATE_AMBIGUOUS("date.ambiguous", "a numeric date reads as two valid dates"),
  /** A date states no year; its item has no date, since a year is never guessed. */
  DATE_NO_YEAR("date.no-year", "a date states no year, so the item has none"),
  /**
   * A date counts from the day the page was read ({@code 2 days ago}, {@code Ayer}); the page does
   * not state that day, so its item has no date.
   */
  DATE_RELATIVE("date.relative", "a date counts from a day the page does not state"),
  /** The weekday on a date line is not the date's weekday; the date was kept. */
  DATE_WEEKDAY_MISMATCH("date.weekday-mismatch", "the weekday is not the date's weekday"),
  /** A date line is followed by another date line or by the end of the text; it starts no item. */
  DATE_ORPHAN("date.orphan", "a date line starts no item"),
  /** A paragraph before the first title; it belongs to no item. */
  TEXT_ORPHAN("text.orphan", "a paragraph belongs to no item"),
  /** An item has a title but no paragraph. */
  ITEM_NO_BODY("item.no-body", "an item has a title but no paragraph"),
  /** An item's text passed {@code maxItemLength}; the rest of its text was dropped. */
  ITEM_TOO_LARGE("item.too-large", "an item passed maxItemLength"),
  /** A line passed {@code maxLineLength}; the rest of the line was dropped. */
  LINE_TOO_LONG("line.too-long", "a line passed maxLineLength"),
  /** The text passed {@code maxDocumentLength}; this line and the rest were not read. */
  DOCUMENT_TOO_LARGE("document.too-large", "the text passed maxDocumentLength"),
  /** The page mixes layouts or fits none well; it was read with the closest one. */
  LAYOUT_MIXED("layout.mixed", "the page mixes layouts or fits none"),
  /** A line was not valid UTF-8 and was read as Windows-1252 (reported once). */
  ENCODING_LEGACY("encoding.legacy", "a line was read as Windows-1252"),
  /** The bytes had no byte-order mark but looked like UTF-16, and were read as such. */
  ENCODING_GUESSED("encoding.guessed", "the text was read as UTF-16 without a byte-order mark"),
  /** A UTF-16 line held undecodable bytes, which became U+FFFD. */
  ENCODING_MALFORMED("encoding.malformed", "undecodable bytes became U+FFFD"),
  /** Always last: how many more diagnostics passed {@code maxDiagnostics} and were not kept. */
  DIAGNOSTICS_TRUNCATED("diagnostics.truncated", "more diagnostics were counted than kept");

  private final String id;
  private final String meaning;

  DiagnosticCode(String id, String meaning) {
    this.id = id;
    this.meaning = meaning;
  }

  /**
   * The stable code, such as {@code date.impossible}: lower case, dot-separated words.
   *
   * @return the code as JSON and printed diagnostics show it
   */
  @JsonValue
  public String id() {
    return id;
  }

  /**
   * What the code means, in a few words (the diagnostic's message says the particulars).
   *
   * @return the meaning
   */
  public String meaning() {
    return meaning;
  }

  /**
   * The code whose {@link #id()} is {@code id}.
   *
   * @param id a code such as {@code date.impossible}
   * @return the code
   * @throws IllegalArgumentException when no code has that id
   */
  @JsonCreator
  public static DiagnosticCode fromId(String id) {
    for (DiagnosticCode code : values()) {
      if (code.id.equals(id)) {
        return code;
      }
    }
    throw new IllegalArgumentException("unknown diagnostic code: " + id);
  }

  /** Returns the {@link #id()}, as printed diagnostics show it. */
  @Override
  public String toString() {
    return id;
  }
}
