/**
 * Immutable values that describe news bulletins.
 *
 * <p>Every type here is a record or an enum: immutable, thread-safe, compared by value, with no
 * {@code null} inside any collection. A value that may be absent is an {@link java.util.Optional}.
 * Lines and columns are 1-based throughout.
 */
package org.bulletins.model;
