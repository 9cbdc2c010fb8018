package org.bulletins.parser.internal;

import java.util.Set;
import org.bulletins.parser.DateLanguage;
import org.bulletins.parser.NumericDateOrder;
import org.bulletins.parser.Strictness;

/**
 * The validated options of a parser, as the builder collected them.
 *
 * @param languages the languages whose month and weekday names are recognised
 * @param numericDateOrder how to read {@code 03/04/2021}
 * @param strictness whether the first error throws
 * @param maxDiagnostics how many diagnostics to keep before the final "N more"
 * @param maxLineLength the longest line kept, in chars
 * @param maxDocumentLength the most chars that {@code parse} reads
 * @param maxItemLength the most chars of text one item holds
 * @param readAhead whether streams of bytes read their lines on a second thread
 */
public record ParserConfig(
    Set<DateLanguage> languages,
    NumericDateOrder numericDateOrder,
    Strictness strictness,
    int maxDiagnostics,
    int maxLineLength,
    long maxDocumentLength,
    int maxItemLength,
    boolean readAhead) {

  /** Copies the language set. */
  public ParserConfig {
    languages = Set.copyOf(languages);
  }
}
