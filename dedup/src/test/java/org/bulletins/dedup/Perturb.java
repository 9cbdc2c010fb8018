package org.bulletins.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.bulletins.model.NewsItem;
import org.bulletins.model.SourceSpan;

/** Copies of an item as they are found in the wild. */
final class Perturb {

  private Perturb() {}

  static NewsItem apply(String kind, NewsItem item, Random random) {
    SourceSpan span =
        new SourceSpan(
            "mirror/" + kind + "/" + item.span().source(),
            item.span().firstLine(),
            item.span().titleLine(),
            item.span().lastLine());
    return switch (kind) {
      case "verbatim" -> item.withSpan(span);
      case "typographic" ->
          new NewsItem(
              item.date(),
              typographic(item.title()),
              item.paragraphs().stream().map(Perturb::typographic).toList(),
              span);
      case "retitled" ->
          new NewsItem(item.date(), retitle(item.title(), random), item.paragraphs(), span);
      case "teaser" ->
          new NewsItem(item.date(), item.title(), teaser(item.paragraphs(), random), span);
      case "date-shift" -> new NewsItem(shift(item, random), item.title(), item.paragraphs(), span);
      case "case-and-space" ->
          new NewsItem(
              item.date(),
              item.title().toUpperCase(java.util.Locale.ROOT),
              item.paragraphs().stream().map(p -> "  " + p.replace(" ", "   ") + " ").toList(),
              span);
      default -> throw new IllegalArgumentException(kind);
    };
  }

  static String typographic(String text) {
    return text.replace("\u2019", "&rsquo;")
        .replace("'", "\u2019")
        .replaceAll("\"([^\"]*)\"", "\u201C$1\u201D")
        .replace(" - ", " \u2014 ")
        .replace("&", "&amp;")
        .replace("&amp;rsquo;", "&rsquo;")
        .replace(", ", ",\u00A0");
  }

  static String retitle(String title, Random random) {
    return switch (random.nextInt(3)) {
      case 0 -> "IOM: " + title;
      case 1 -> title + " | IOM";
      default -> {
        String[] words = title.split(" ");
        List<String> kept = new ArrayList<>(List.of(words));
        if (kept.size() > 6) {
          kept.remove(kept.size() - 2); // a small edit: one word dropped
        }
        yield String.join(" ", kept) + " - IOM Online";
      }
    };
  }

  static List<String> teaser(List<String> paragraphs, Random random) {
    if (paragraphs.isEmpty()) {
      return paragraphs;
    }
    String[] words = paragraphs.get(0).split(" ");
    int keep = Math.max(Math.min(14, words.length), (int) (words.length * 0.6));
    String cut = String.join(" ", java.util.Arrays.copyOf(words, Math.min(keep, words.length)));
    return List.of(random.nextBoolean() ? cut + "\u2026" : cut + " Read more");
  }

  static Optional<java.time.LocalDate> shift(NewsItem item, Random random) {
    if (item.date().isEmpty() || random.nextInt(4) == 0) {
      return Optional.empty();
    }
    int days = random.nextBoolean() ? 1 + random.nextInt(2) : -1 - random.nextInt(2);
    return Optional.of(item.date().get().plusDays(days));
  }
}
