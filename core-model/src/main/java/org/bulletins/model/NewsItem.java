package org.bulletins.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One news item: an optional date, a title, body paragraphs, and the span it was read from.
 *
 * <p>The date is present only when the source stated a valid one; it is never guessed. The title is
 * not blank; paragraphs may be empty (an item with a title and no body), and no paragraph is blank.
 * Text is stored as the parser normalised it (entities decoded, whitespace collapsed); {@link
 * #computeId()} ignores typography on top of that.
 *
 * <pre>{@code
 * NewsItem item = new NewsItem(
 *     Optional.of(LocalDate.of(2021, 6, 9)),
 *     "Guatemala: IOM Trains IGM Staff",
 *     List.of("The Guatemalan Migration Institute (IGM) ..."),
 *     new SourceSpan("seeds/000.txt", 1, 3, 6));
 * item.computeId(); // stable content identifier (hashes the text: keep it)
 * item.body(); // paragraphs joined by blank lines
 * }</pre>
 *
 * <p>In JSON an item is {@code {"date":"2021-06-09"|null,"title":...,"paragraphs":[...],
 * "span":{...},"id":...}}; {@code id} is written for readers and ignored when read, since it is
 * derived. {@code labels} is written only when the item has some.
 *
 * <p>{@link #labels()} holds the item's label and field lines as the page wrote them (normalised):
 * a language switch ({@code English}), {@code Press Release}, {@code Categories: Migration}, a line
 * of country names, a {@code Date Publish:} field, a photo caption. They are not part of the title
 * or the paragraphs, nor of {@link #computeId()}.
 *
 * @param date the stated date, or empty when the item has none or it was impossible
 * @param title the title, not blank
 * @param paragraphs the body paragraphs, none blank
 * @param span where the item was read
 * @param labels the label and field lines inside the item's span, in order, none blank
 * @since 0.1.0
 */
@JsonPropertyOrder({"date", "title", "paragraphs", "span", "id", "labels"})
@JsonIgnoreProperties(value = "id", allowGetters = true)
public record NewsItem(
    Optional<LocalDate> date,
    String title,
    List<String> paragraphs,
    SourceSpan span,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> labels) {

  /**
   * Validates the item and makes the paragraph list immutable.
   *
   * @param date the stated date, or empty when the item has none or it was impossible
   * @param title the title, not blank
   * @param paragraphs the body paragraphs, none blank
   * @param span where the item was read
   * @param labels the label lines, none blank; {@code null} (JSON written without labels) reads as
   *     none
   */
  public NewsItem {
    Objects.requireNonNull(date, "date (use Optional.empty())");
    Objects.requireNonNull(title, "title");
    checkArgument(!title.isBlank(), "title must not be blank");
    paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs"));
    for (String paragraph : paragraphs) {
      checkArgument(!paragraph.isBlank(), "paragraphs must not be blank");
    }
    Objects.requireNonNull(span, "span");
    labels = labels == null ? List.of() : List.copyOf(labels);
    for (String label : labels) {
      checkArgument(!label.isBlank(), "labels must not be blank");
    }
  }

  /**
   * An item without labels, as built before 0.2.
   *
   * @param date the stated date, or empty when the item has none or it was impossible
   * @param title the title, not blank
   * @param paragraphs the body paragraphs, none blank
   * @param span where the item was read
   */
  public NewsItem(
      Optional<LocalDate> date, String title, List<String> paragraphs, SourceSpan span) {
    this(date, title, paragraphs, span, List.of());
  }

  /**
   * Computes the item's stable content identifier from its date, title and paragraphs. Each call
   * folds the text and hashes it with SHA-256 (microseconds for a typical item): call it once per
   * item and keep the result.
   *
   * @return the identifier, see {@link ContentId}
   */
  @JsonProperty("id")
  public ContentId computeId() {
    return ContentId.of(date, title, paragraphs);
  }

  /**
   * The body as one text: the paragraphs joined by a blank line.
   *
   * @return the body, empty if the item has no paragraph
   */
  public String body() {
    return String.join("\n\n", paragraphs);
  }

  /**
   * A copy of this item read from another place.
   *
   * @param newSpan the other span
   * @return an item with the same content and the given span
   */
  public NewsItem withSpan(SourceSpan newSpan) {
    return new NewsItem(date, title, paragraphs, newSpan, labels);
  }

  /** Returns {@code 2021-06-09 "Title" (2 paragraphs) at source:1-6}. */
  @Override
  public String toString() {
    return date.map(LocalDate::toString).orElse("undated")
        + " \""
        + title
        + "\" ("
        + paragraphs.size()
        + (paragraphs.size() == 1 ? " paragraph" : " paragraphs")
        + ") at "
        + span;
  }
}
