package org.bulletins.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Objects;

/**
 * The result of parsing one source: its items in source order, its diagnostics (the first ones, up
 * to the parser's cap) and the counts of all its diagnostics, kept or not.
 *
 * <pre>{@code
 * ParsedDocument doc = parser.parse(Path.of("seeds/000.txt"));
 * doc.items().size();   // the items found
 * doc.hasErrors();      // true if any diagnostic is an error, kept or not
 * doc.counts();         // 1 error, 150 warnings, 0 info: every diagnostic, kept or not
 * doc.diagnostics().forEach(System.err::println);
 * }</pre>
 *
 * @param source the source's name, as the caller gave it
 * @param items the items, in the order of the source
 * @param diagnostics the diagnostics kept, in the order of their lines
 * @param counts the counts of every diagnostic reported, kept or not
 * @since 0.1.0
 */
public record ParsedDocument(
    String source, List<NewsItem> items, List<Diagnostic> diagnostics, DiagnosticCounts counts) {

  /**
   * Validates the document and makes its lists immutable.
   *
   * @param source the source's name, as the caller gave it
   * @param items the items, in the order of the source
   * @param diagnostics the diagnostics kept, in the order of their lines
   * @param counts the counts of every diagnostic, at least those of {@code diagnostics}; {@code
   *     null} (as when reading JSON without the field) means the counts of {@code diagnostics}
   */
  public ParsedDocument {
    Objects.requireNonNull(source, "source");
    items = List.copyOf(Objects.requireNonNull(items, "items"));
    diagnostics = List.copyOf(Objects.requireNonNull(diagnostics, "diagnostics"));
    DiagnosticCounts kept = DiagnosticCounts.of(diagnostics);
    counts = counts == null ? kept : counts;
    checkArgument(
        counts.errors() >= kept.errors()
            && counts.warnings() >= kept.warnings()
            && counts.infos() >= kept.infos(),
        "counts %s are fewer than the diagnostics kept (%s)", counts, kept);
  }

  /**
   * A document whose diagnostics were all kept: the counts are those of the list.
   *
   * @param source the source's name, as the caller gave it
   * @param items the items, in the order of the source
   * @param diagnostics the diagnostics, in the order of their lines
   */
  public ParsedDocument(String source, List<NewsItem> items, List<Diagnostic> diagnostics) {
    this(source, items, diagnostics, null);
  }

  /**
   * Tells whether any diagnostic is an error, kept or not.
   *
   * @return true if at least one diagnostic has severity {@link Severity#ERROR}
   */
  public boolean hasErrors() {
    return counts.errors() > 0;
  }

  /** Returns {@code source: N items, M diagnostics}. */
  @Override
  public String toString() {
    return source + ": " + items.size() + " items, " + diagnostics.size() + " diagnostics";
  }
}
