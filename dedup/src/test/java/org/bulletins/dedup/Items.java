package org.bulletins.dedup;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bulletins.model.NewsItem;
import org.bulletins.model.SourceSpan;

/** Hand-made items for tests (of this package and the internal ones). */
public final class Items {
  private Items() {}

  public static NewsItem item(String date, String title, String... paragraphs) {
    return item("test", 1, date, title, paragraphs);
  }

  public static NewsItem item(
      String source, int line, String date, String title, String... paragraphs) {
    return new NewsItem(
        date == null ? Optional.empty() : Optional.of(LocalDate.parse(date)),
        title,
        List.of(paragraphs),
        new SourceSpan(source, line, line, line + 2));
  }

  /**
   * Three items whose terms differ (an expansion and acronyms, numbers with separators, a Spanish
   * text): for tests of how terms are kept and found again.
   */
  public static final List<NewsItem> TERM_ITEMS =
      List.of(
          item(
              "2021-05-03",
              "IOM trains 260 border officials in Guatemala",
              "The Guatemalan Migration Institute (IGM) and the IOM trained 260 officials on 3 May."),
          item(
              "2021-05-03",
              "Floods in Bahia: 12,000 people displaced",
              "Heavy rain since Monday displaced 12,000 people in Salvador, the civil defence said."),
          item(
              "2021-05-03",
              "Un acuerdo celebrado en Ginebra",
              "Las Naciones Unidas (ONU) celebran el acuerdo de Ginebra."));

  static final String IGM_BODY =
      "The Guatemalan Migration Institute (IGM), with the support of the International Organization"
          + " for Migration (IOM), has initiated a series of trainings for more than 260 officials who"
          + " work at border control posts. The goal of these trainings is to enable public servants to"
          + " identify migrants who are in a vulnerable situation and in need of protection.";

  static final NewsItem IGM =
      item(
          "a.txt",
          1,
          "2021-06-09",
          "Guatemala: IOM Trains IGM Staff to Protect Vulnerable Migrants",
          IGM_BODY);
}
