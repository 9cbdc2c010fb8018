package org.bulletins.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.bulletins.model.MergedStory;
import org.bulletins.store.BulletinStore;
import org.bulletins.store.IngestReport;
import org.bulletins.store.StoryQuery;

/**
 * Keeps the stories of daily pages in a SQLite store across runs: {@code StoreStories DB FILE...}.
 * Each file is ingested in its own transaction and deduplicated against everything stored before (a
 * file stored before with the same contents is skipped); then every story is listed, newest first,
 * with its stable id, read a thousand at a time so that a store of any size lists in a small heap.
 */
public final class StoreStories {

  private StoreStories() {}

  /**
   * Runs the example.
   *
   * @param args the store file (created if missing), then bulletin files
   * @throws Exception if a file cannot be read
   */
  public static void main(String[] args) throws Exception {
    try (BulletinStore store = BulletinStore.open(Path.of(args[0]))) {
      for (int i = 1; i < args.length; i++) {
        Path file = Path.of(args[i]);
        IngestReport report = store.ingest(file.getFileName().toString(), Files.readAllBytes(file));
        if (report.outcome() == IngestReport.Outcome.UNCHANGED) {
          System.out.println(report.source() + ": stored before with the same contents, skipped");
          continue;
        }
        System.out.println(
            report.source()
                + ": "
                + report.outcome().name().toLowerCase(Locale.ROOT)
                + ", "
                + report.items()
                + " items, "
                + report.newStories()
                + " new stories");
      }
      store.forEachStory(
          StoryQuery.all(),
          stored -> {
            MergedStory story = stored.story();
            String date = story.merged().date().map(LocalDate::toString).orElse("undated   ");
            int copies = story.members().size();
            System.out.println(
                date
                    + "  "
                    + story.merged().title()
                    + "  ["
                    + (copies == 1 ? "1 copy" : copies + " copies")
                    + ", story "
                    + stored.storyId()
                    + "]");
          });
      System.out.println(
          store.storyCount() + " stories of " + store.itemCount() + " items in " + args[0]);
    }
  }
}
