package org.bulletins.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bulletins.model.ContentId;
import org.bulletins.model.NewsItem;

/**
 * The flat JSON form of an item in the command's output: {@code source} is the path as given,
 * {@code line} the title's line, {@code firstLine}/{@code lastLine} the item's extent; {@code
 * labels} (label and field lines such as {@code Press Release}) is written only when there are
 * some; {@code facts} only with {@code parse --facts}.
 */
@JsonPropertyOrder({
  "source",
  "line",
  "firstLine",
  "lastLine",
  "date",
  "title",
  "paragraphs",
  "id",
  "labels",
  "facts"
})
record ItemView(
    String source,
    int line,
    int firstLine,
    int lastLine,
    Optional<LocalDate> date,
    String title,
    List<String> paragraphs,
    String id,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> labels,
    @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<FactsView> facts) {

  static ItemView of(NewsItem item) {
    return of(item, Optional.empty());
  }

  static ItemView of(NewsItem item, Optional<FactsView> facts) {
    return of(item, item.computeId(), facts);
  }

  /** The view of an item whose content id is known already (computing it hashes the text). */
  static ItemView of(NewsItem item, ContentId id) {
    return of(item, id, Optional.empty());
  }

  private static ItemView of(NewsItem item, ContentId id, Optional<FactsView> facts) {
    return new ItemView(
        item.span().source(),
        item.span().titleLine(),
        item.span().firstLine(),
        item.span().lastLine(),
        item.date(),
        item.title(),
        item.paragraphs(),
        id.value(),
        item.labels(),
        facts);
  }
}
