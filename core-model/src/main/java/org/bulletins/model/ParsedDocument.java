package org.bulletins.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Objects;

/**
 * The result of parsing one source: its items in source order and its diagnostics.
 *
 * <pre>{@code
 * ParsedDocument doc = parser.parse(Path.of("seeds/000.txt"));
 * doc.items().size();   // the items found
 * doc.hasErrors();      // true if any diagnostic is an error
 * doc.diagnostics().forEach(System.err::println);
 * }</pre>
 *
 * @param source the source's name, as the caller gave it
 * @param items the items, in the order of the source
 * @param diagnostics the diagnostics, in the order of their lines
 * @param layout the record shape the parser inferred for the page; not part of the JSON form,
 *     which reads back as {@link PageLayout#UNKNOWN}
 * @since 0.1.0
 */
public record ParsedDocument(
    String source,
    List<NewsItem> items,
    List<Diagnostic> diagnostics,
    @JsonIgnore PageLayout layout) {

  /**
   * Validates the document and makes its lists immutable.
   *
   * @param source the source's name, as the caller gave it
   * @param items the items, in the order of the source
   * @param diagnostics the diagnostics, in the order of their lines
   * @param layout the inferred layout; {@code null} (as JSON gives it) reads as {@link
   *     PageLayout#UNKNOWN}
   */
  public ParsedDocument {
    Objects.requireNonNull(source, "source");
    items = List.copyOf(Objects.requireNonNull(items, "items"));
    diagnostics = List.copyOf(Objects.requireNonNull(diagnostics, "diagnostics"));
    layout = layout == null ? PageLayout.UNKNOWN : layout;
  }

  /**
   * A document whose layout was not inferred ({@link PageLayout#UNKNOWN}), as built before 0.2.
   *
   * @param source the source's name, as the caller gave it
   * @param items the items, in the order of the source
   * @param diagnostics the diagnostics, in the order of their lines
   */
  public ParsedDocument(String source, List<NewsItem> items, List<Diagnostic> diagnostics) {
    this(source, items, diagnostics, PageLayout.UNKNOWN);
  }

  /**
   * Tells whether any diagnostic is an error.
   *
   * @return true if at least one diagnostic has severity {@link Severity#ERROR}
   */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** Returns {@code source: N items, M diagnostics}. */
  @Override
  public String toString() {
    return source + ": " + items.size() + " items, " + diagnostics.size() + " diagnostics";
  }
}
