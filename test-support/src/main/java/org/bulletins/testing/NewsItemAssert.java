package org.bulletins.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractObjectAssert;
import org.bulletins.model.NewsItem;

/** Assertions on a {@link NewsItem}; each failure message shows the whole item. */
public final class NewsItemAssert extends AbstractObjectAssert<NewsItemAssert, NewsItem> {

  NewsItemAssert(NewsItem actual) {
    super(actual, NewsItemAssert.class);
  }

  /** The item's title is exactly {@code title}. */
  public NewsItemAssert hasTitle(String title) {
    isNotNull();
    if (!actual.title().equals(title)) {
      failWithMessage("Expected title <%s> but was <%s> in%n%s", title, actual.title(), actual);
    }
    return this;
  }

  /** The item states the date {@code isoDate}, such as {@code "2021-06-09"}. */
  public NewsItemAssert hasDate(String isoDate) {
    isNotNull();
    Optional<LocalDate> expected = Optional.of(LocalDate.parse(isoDate));
    if (!actual.date().equals(expected)) {
      failWithMessage("Expected date %s but was %s in%n%s", isoDate, actual.date(), actual);
    }
    return this;
  }

  /** The item states no date. */
  public NewsItemAssert isUndated() {
    isNotNull();
    if (actual.date().isPresent()) {
      failWithMessage("Expected no date but was %s in%n%s", actual.date().get(), actual);
    }
    return this;
  }

  /** The item's paragraphs are exactly these, in this order. */
  public NewsItemAssert hasParagraphs(String... paragraphs) {
    isNotNull();
    if (!actual.paragraphs().equals(List.of(paragraphs))) {
      failWithMessage(
          "Expected paragraphs%n  %s%nbut were%n  %s", List.of(paragraphs), actual.paragraphs());
    }
    return this;
  }

  /** The item has {@code count} paragraphs. */
  public NewsItemAssert hasParagraphCount(int count) {
    isNotNull();
    if (actual.paragraphs().size() != count) {
      failWithMessage(
          "Expected %d paragraphs but found %d in%n%s", count, actual.paragraphs().size(), actual);
    }
    return this;
  }

  /** The item was read from lines {@code firstLine} to {@code lastLine} of its source. */
  public NewsItemAssert spansLines(int firstLine, int lastLine) {
    isNotNull();
    if (actual.span().firstLine() != firstLine || actual.span().lastLine() != lastLine) {
      failWithMessage(
          "Expected lines %d-%d but the span was %s", firstLine, lastLine, actual.span());
    }
    return this;
  }

  /** The item's title is on line {@code line} of its source. */
  public NewsItemAssert hasTitleAtLine(int line) {
    isNotNull();
    if (actual.span().titleLine() != line) {
      failWithMessage("Expected the title at line %d but the span was %s", line, actual.span());
    }
    return this;
  }

  /** The item was read from the source named {@code source}. */
  public NewsItemAssert isFrom(String source) {
    isNotNull();
    if (!actual.span().source().equals(source)) {
      failWithMessage("Expected source <%s> but was <%s>", source, actual.span().source());
    }
    return this;
  }
}
