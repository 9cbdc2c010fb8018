package org.bulletins.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Objects;

/**
 * The result of parsing one source: its items in source order, its diagnostics, the counts of every
 * diagnostic (also those past the parser's cap) and the page layout the parser inferred.
 *
 * <pre>{@code
 * ParsedDocument doc = parser.parse(Path.of("seeds/000.txt"));
 * doc.items().size();   // the items found
 * doc.hasErrors();      // true if any diagnostic is an error, kept or not
 * doc.layout();         // PageLayout.DATE_TITLE_BODY
 * doc.diagnostics().forEach(System.err::println);
 * }</pre>
 *
 * @param source the source's name, as the caller gave it
 * @param items the items, in the order of the source
 * @param diagnostics the diagnostics kept, in the order of their lines
 * @param counts the counts of every diagnostic reported, kept or not
 * @param layout the record shape the parser inferred for the page; not part of the JSON form, which
 *     reads back as {@link PageLayout#UNKNOWN}
 * @since 0.1.0
 */
public record ParsedDocument(
    String source,
    List<NewsItem> items,
    List<Diagnostic> diagnostics,
    DiagnosticCounts counts,
    @JsonIgnore PageLayout layout) {

  /**
   * Validates the document and makes its lists immutable.
   *
   * @param source the source's name, as the caller gave it
   * @param items the items, in the order of the source
   * @param diagnostics the diagnostics kept, in the order of their lines
   * @param counts the counts of every diagnostic, at least those of {@code diagnostics}; {@code
   *     null} (as when reading JSON without the field) means the counts of {@code diagnostics}
   * @param layout the inferred layout; {@code null} (as JSON gives it) reads as {@link
   *     PageLayout#UNKNOWN}
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
        "counts %s are fewer than the diagnostics kept (%s)",
        counts,
        kept);
    layout = layout == null ? PageLayout.UNKNOWN : layout;
  }

  /**
   * A document whose diagnostics were all kept and whose layout was not inferred ({@link
   * PageLayout#UNKNOWN}).
   *
   * @param source the source's name, as the caller gave it
   * @param items the items, in the order of the source
   * @param diagnostics the diagnostics, in the order of their lines
   */
  public ParsedDocument(String source, List<NewsItem> items, List<Diagnostic> diagnostics) {
    this(source, items, diagnostics, null, PageLayout.UNKNOWN);
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
