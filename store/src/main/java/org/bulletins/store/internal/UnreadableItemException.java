package org.bulletins.store.internal;

/**
 * A stored item that could not be read back when a file touched it (its row gone, its text damaged,
 * or the read failed): the ingest stops and writes nothing, and the store reports a damaged
 * database. Not an {@link IllegalStateException}, which opening takes for kept state that does not
 * fit and answers by rebuilding it: a damaged row must be reported, not rebuilt around.
 */
public final class UnreadableItemException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  // No public constructor: a fork-join pool rethrows this very exception to the caller instead of
  // a copy made through a public constructor (whose message repeats the class name).
  UnreadableItemException(String message, Throwable cause) {
    super(message, cause);
  }
}
