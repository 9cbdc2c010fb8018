package org.bulletins.dedup.internal.terms;

import java.util.Objects;

/**
 * Where a {@link Term} occurs: the word just before it and the word just after it, lower case.
 *
 * <p>The context lets two texts be aligned without a full diff: when two items say {@code "more
 * than 260 officials"} and {@code "more than 180 officials"}, both numbers sit in the context
 * {@code more than _ officials}, so the numbers contradict each other. {@code "^"} stands for the
 * start of the text and {@code "$"} for its end.
 *
 * <pre>{@code
 * TermOccurrence o = terms.occurrences().get(0);
 * o.before() + " _ " + o.after(); // "more than _ officials"
 * }</pre>
 *
 * @param term the term
 * @param before the word before the term, lower case, or {@code "^"}; before a number, the two
 *     words of {@code more than}, {@code mais de}... ({@link QualifiedNumbers})
 * @param after the word after the term, lower case, or {@code "$"}
 * @param inTitle true if the occurrence is in the title rather than the body
 */
public record TermOccurrence(Term term, String before, String after, boolean inTitle) {

  /**
   * Validates the occurrence.
   *
   * @param term the term
   * @param before the word before the term, lower case, or {@code "^"}
   * @param after the word after the term, lower case, or {@code "$"}
   * @param inTitle true if the occurrence is in the title rather than the body
   */
  public TermOccurrence {
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  /**
   * The context as one key, with the part of the item it was found in.
   *
   * @return for example {@code "body:more than _ officials"}
   */
  public String contextKey() {
    return (inTitle ? "title:" : "body:") + before + " _ " + after;
  }
}
