package org.bulletins.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bulletins.dedup.DedupEngine;
import org.bulletins.dedup.DedupResult;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;

/** Reads every input item (diagnostics to stderr) and deduplicates them into stories. */
final class Stories {

  /**
   * Newest first, undated last; stories of one day in the order their first member was read.
   */
  static final Comparator<MergedStory> TIMELINE =
      Comparator.comparing(
              (MergedStory story) -> story.merged().date().orElse(LocalDate.MIN),
              Comparator.reverseOrder())
          .thenComparing(story -> firstMember(story).span().source())
          .thenComparingInt(story -> firstMember(story).span().titleLine());

  private Stories() {}

  static DedupResult read(InputOptions input, PrintWriter err) throws IOException {
    List<NewsItem> items = new ArrayList<>();
    BulletinReader.readInputs(input, err, items::add, diagnostic -> err.println(diagnostic));
    return DedupEngine.create().deduplicate(items);
  }

  static NewsItem firstMember(MergedStory story) {
    return story.members().stream()
        .min(
            Comparator.comparing((NewsItem item) -> item.span().source())
                .thenComparingInt(item -> item.span().titleLine()))
        .orElseThrow();
  }

  static List<String> sources(MergedStory story) {
    return story.members().stream().map(item -> item.span().source()).distinct().toList();
  }
}
