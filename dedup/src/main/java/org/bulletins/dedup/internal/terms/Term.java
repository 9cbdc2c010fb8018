package org.bulletins.dedup.internal.terms;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * One distinctive term found in a text: its kind, a canonical key for comparing, and the text as
 * written.
 *
 * <p>Two terms are the same when their {@link #kind()} and {@link #key()} are equal: {@code
 * "1,000"} and {@code "1000"} are both the number {@code 1000}; {@code "Guatemalan Migration
 * Institute"} written before {@code "(IGM)"} is the acronym {@code IGM}.
 *
 * <pre>{@code
 * Term t = new Term(Term.Kind.ACRONYM, "IGM", "Guatemalan Migration Institute (IGM)");
 * t.id(); // "acronym:IGM"
 * }</pre>
 *
 * @param kind what kind of term it is
 * @param key the canonical key: upper case for acronyms, digits for numbers and ordinals, folded
 *     lower case for names and countries
 * @param text the term as written, for people
 */
public record Term(Kind kind, String key, String text) {

  /** What a term names. */
  public enum Kind {
    /** An acronym such as {@code IGM} or {@code COVID-19}, with its expansion when written. */
    ACRONYM,
    /** A number such as {@code 260}, {@code 1,000}, {@code 26th} or {@code two}. */
    NUMBER,
    /** A capitalised name such as {@code Morgan & Morgan} or {@code San José}. */
    NAME,
    /** A country, written as its name or a demonym ({@code Guatemalan} is Guatemala). */
    COUNTRY,
    /** The place in a series: {@code second}, {@code III}, {@code part 2}'s ordinal words. */
    ORDINAL;

    /** {@code kind:} of {@link Term#id()}, built once rather than for every id. */
    private final String idPrefix = name().toLowerCase(java.util.Locale.ROOT) + ":";

    /**
     * Tells whether two kinds can contradict each other: numbers with numbers, ordinals with
     * ordinals, and acronyms, names and countries among themselves.
     *
     * @param other another kind
     * @return true if a term of this kind may stand where a term of {@code other} stood
     */
    public boolean comparableWith(Kind other) {
      return group() == other.group();
    }

    /**
     * The start of {@link Term#id()} for this kind, {@code kind:}: for code that hashes or orders
     * ids without making them (no prefix is the start of another, so ids order as their prefixes,
     * then their keys).
     *
     * @return for example {@code "number:"}
     */
    public String idPrefix() {
      return idPrefix;
    }

    private int group() {
      return switch (this) {
        case NUMBER -> 0;
        case ORDINAL -> 1;
        case ACRONYM, NAME, COUNTRY -> 2;
      };
    }
  }

  /**
   * Validates the term.
   *
   * @param kind what kind of term it is
   * @param key the canonical key: upper case for acronyms, digits for numbers and ordinals, folded
   *     lower case for names and countries
   * @param text the term as written, for people
   */
  public Term {
    Objects.requireNonNull(kind, "kind");
    checkArgument(key != null && !key.isBlank(), "key must not be blank");
    checkArgument(text != null && !text.isBlank(), "text must not be blank");
  }

  /**
   * The identity of the term, {@code kind:key} in lower-case kind.
   *
   * @return for example {@code "number:260"}
   */
  public String id() {
    return kind.idPrefix + key;
  }

  /** Returns {@link #text()}. */
  @Override
  public String toString() {
    return text;
  }
}
