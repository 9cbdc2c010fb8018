package org.bulletins.parser.internal;

/**
 * A run of consecutive non-blank lines of an undated section, joined into one text.
 *
 * @param firstLine the 1-based number of its first line
 * @param lastLine the 1-based number of its last line
 * @param column the 1-based column of its first visible char
 * @param text the normalised lines joined by single spaces
 * @param blanksBefore how many blank lines precede it (counting from the previous block, or the
 *     start of the section)
 */
public record Block(int firstLine, int lastLine, int column, String text, int blanksBefore) {}
