package org.bulletins.parser;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.time.api.Dates;
import org.bulletins.model.NewsItem;
import org.bulletins.model.SourceSpan;

/** Generators of bulletin-like text and of normalised items. */
final class BulletinArbitraries {

  private BulletinArbitraries() {}

  /** A word of normalised text: letters, accents, digits, punctuation, curly quotes, ampersands. */
  static Arbitrary<String> word() {
    return Arbitraries.oneOf(
        Arbitraries.strings()
            .withChars("abcdefghijklmnopqrstuvwxyzABCDEZéçãñ0123456789")
            .ofMinLength(1)
            .ofMaxLength(8),
        Arbitraries.of(
            "IOM",
            "“quoted”",
            "it’s",
            "&",
            "&amp;",
            "&nbsp;",
            "&#57;",
            "&x",
            "Sept.",
            "9th",
            "June",
            "2021",
            "de",
            "(RCM).",
            "U.S.",
            "—",
            "e.g.",
            "Mr.",
            "?",
            "!",
            ",",
            "9/6/2021"));
  }

  /** Normalised text: words joined by single spaces. */
  static Arbitrary<String> text() {
    return Arbitraries.oneOf(
        word().list().ofMinSize(1).ofMaxSize(12).map(words -> String.join(" ", words)),
        Arbitraries.of(
            "9 June, 2021",
            "2021-06-09",
            "Wed, 1 Sept. 2021",
            "31 June, 2021",
            "1er juin 2021",
            "Undated"));
  }

  /**
   * Dates of every year {@link LocalDate} holds, mostly of four-digit years (the named form), but
   * also before 1000, after 9999 and before year 0 (the ISO form, signed beyond four digits).
   */
  static Arbitrary<LocalDate> anyDate() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(
            6, Dates.dates().between(LocalDate.of(1000, 1, 1), LocalDate.of(2999, 12, 31))),
        net.jqwik.api.Tuple.of(
            1,
            Arbitraries.longs()
                .between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
                .map(LocalDate::ofEpochDay)),
        net.jqwik.api.Tuple.of(
            1,
            Arbitraries.of(
                LocalDate.MIN,
                LocalDate.MAX,
                LocalDate.of(0, 1, 1),
                LocalDate.of(-1, 6, 9),
                LocalDate.of(999, 12, 31),
                LocalDate.of(10000, 6, 9),
                LocalDate.of(99999, 2, 28))));
  }

  /** Dated items with normalised texts; spans are placeholders. */
  static Arbitrary<NewsItem> datedItem() {
    Arbitrary<LocalDate> dates = anyDate();
    return Combinators.combine(dates, text(), text().list().ofMaxSize(4))
        .as(
            (date, title, paragraphs) ->
                new NewsItem(Optional.of(date), title, paragraphs, new SourceSpan("x", 1, 1, 1)));
  }

  /** Items with or without a date, in any order: the first, or all, may be undated. */
  static Arbitrary<List<NewsItem>> anyItems() {
    return Arbitraries.oneOf(
            datedItem(),
            datedItem()
                .map(
                    item ->
                        new NewsItem(
                            Optional.empty(), item.title(), item.paragraphs(), item.span())))
        .list()
        .ofMaxSize(7);
  }

  /** Items whose first one is dated and whose later ones may have no date. */
  static Arbitrary<List<NewsItem>> mixedItems() {
    Arbitrary<NewsItem> maybeDated =
        Arbitraries.oneOf(
            datedItem(),
            datedItem()
                .map(
                    item ->
                        new NewsItem(
                            Optional.empty(), item.title(), item.paragraphs(), item.span())));
    return Combinators.combine(datedItem(), maybeDated.list().ofMaxSize(6))
        .as(
            (first, rest) -> {
              List<NewsItem> items = new java.util.ArrayList<>(List.of(first));
              items.addAll(rest);
              return items;
            });
  }

  /** Lines that a bulletin page might hold, noise included. */
  static Arbitrary<String> line() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.of("", "", " ", "\t", "\u00A0", "\u200B", "&nbsp;")),
        net.jqwik.api.Tuple.of(
            2,
            Arbitraries.of(
                "9 June, 2021",
                "31 June, 2021",
                "09/06/2021",
                "miércoles 9 de junio de 2021",
                "Monday, 9 June 2021",
                "2021-13-01",
                "June 9th, 2021")),
        net.jqwik.api.Tuple.of(4, text()),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(30)));
  }

  /** A bulletin-like page with any of the three line ends. */
  static Arbitrary<String> page() {
    return Combinators.combine(line().list().ofMaxSize(30), Arbitraries.of("\n", "\r\n", "\r"))
        .as((lines, end) -> String.join(end, lines));
  }

  /** A page that starts with a date line, so that it has no undated section. */
  static Arbitrary<String> datedPage() {
    return page().map(page -> "1 January, 2020\n" + page);
  }

  static List<String> content(List<NewsItem> items) {
    return items.stream()
        .map(item -> item.date() + "|" + item.title() + "|" + item.paragraphs())
        .toList();
  }
}
