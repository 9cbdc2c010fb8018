package org.bulletins.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * Where a {@link NewsItem} was found: the source's name and the 1-based lines that the item covers.
 *
 * <p>{@code firstLine} is the item's first line (its date line if it has one), {@code titleLine}
 * the line of its title and {@code lastLine} its last non-blank line, so that {@code firstLine <=
 * titleLine <= lastLine}. Together with the source they find the raw text again.
 *
 * <pre>{@code
 * SourceSpan span = new SourceSpan("seeds/000.txt", 1, 3, 6);
 * span.toString(); // "seeds/000.txt:1-6"
 * }</pre>
 *
 * @param source the source's name, as the caller gave it (a path, a URL, or any label)
 * @param firstLine the 1-based line where the item starts
 * @param titleLine the 1-based line of the item's title
 * @param lastLine the 1-based line where the item ends
 * @since 0.1.0
 */
public record SourceSpan(String source, int firstLine, int titleLine, int lastLine) {

  /**
   * Validates the span.
   *
   * @param source the source's name, as the caller gave it (a path, a URL, or any label)
   * @param firstLine the 1-based line where the item starts
   * @param titleLine the 1-based line of the item's title
   * @param lastLine the 1-based line where the item ends
   */
  public SourceSpan {
    Objects.requireNonNull(source, "source");
    checkArgument(firstLine >= 1, "firstLine must be >= 1, was %s", firstLine);
    checkArgument(
        titleLine >= firstLine, "titleLine (%s) must be >= firstLine (%s)", titleLine, firstLine);
    checkArgument(
        lastLine >= titleLine, "lastLine (%s) must be >= titleLine (%s)", lastLine, titleLine);
  }

  /**
   * Tells whether a 1-based line lies inside this span.
   *
   * @param line a 1-based line number
   * @return true if {@code firstLine <= line <= lastLine}
   */
  public boolean contains(int line) {
    return line >= firstLine && line <= lastLine;
  }

  /** Returns {@code source:firstLine-lastLine}, as a person would quote it. */
  @Override
  public String toString() {
    return source + ":" + firstLine + "-" + lastLine;
  }
}
