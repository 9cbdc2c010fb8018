package org.bulletins.parser.internal;

/**
 * One decoded input line, before normalisation.
 *
 * @param number the 1-based line number
 * @param text the decoded text, without its line terminator
 */
public record RawLine(int number, String text) {}
