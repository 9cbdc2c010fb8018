package org.bulletins.dedup.internal;

import java.util.Comparator;
import org.bulletins.model.NewsItem;

/** The fixed order of items that never depends on input order: source, lines, then content id. */
public final class MemberOrder {

  /**
   * Items by source name, first line, last line, content id, then every remaining field, so that
   * only equal items tie and the order never depends on the order of the input.
   */
  public static final Comparator<NewsItem> ITEMS =
      Comparator.comparing((NewsItem i) -> i.span().source())
          .thenComparingInt(i -> i.span().firstLine())
          .thenComparingInt(i -> i.span().lastLine())
          .thenComparing(NewsItem::computeId)
          .thenComparing(NewsItem::title)
          .thenComparingInt(i -> i.span().titleLine())
          .thenComparing(i -> i.date().map(Object::toString).orElse(""))
          .thenComparing(i -> String.join("\n", i.paragraphs()));

  private MemberOrder() {}
}
