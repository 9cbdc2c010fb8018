package org.bulletins.parser.internal;

import java.util.List;

/**
 * A run of consecutive non-blank lines of an undated section, joined into one text.
 *
 * @param firstLine the 1-based number of its first line
 * @param lastLine the 1-based number of its last line
 * @param column the 1-based column of its first visible char
 * @param text the normalised lines joined by single spaces
 * @param blanksBefore how many blank lines precede it (counting from the previous block, or the
 *     start of the section)
 * @param cut what {@link BlockBuilder} cut the block off a longer one as
 * @param paragraphs its text as paragraphs: one, or more where its lines are paragraphs of their
 *     own ({@link ParagraphBreak})
 */
public record Block(
    int firstLine,
    int lastLine,
    int column,
    String text,
    int blanksBefore,
    Cut cut,
    List<String> paragraphs) {

  /** Copies the paragraphs. */
  public Block {
    paragraphs = List.copyOf(paragraphs);
  }

  /** A block of one paragraph. */
  public Block(int firstLine, int lastLine, int column, String text, int blanksBefore, Cut cut) {
    this(firstLine, lastLine, column, text, blanksBefore, cut, List.of(text));
  }

  /** What a block was cut off a longer one as. */
  public enum Cut {
    /** Not cut: the block is decided by its shape and its neighbours. */
    NONE,
    /** A title over the text under it, whatever its shape. */
    HEADING,
    /** The text under such a title: its paragraph, whatever its shape. */
    BODY
  }

  /** A block that was not cut off a longer one. */
  public Block(int firstLine, int lastLine, int column, String text, int blanksBefore) {
    this(firstLine, lastLine, column, text, blanksBefore, Cut.NONE);
  }
}
