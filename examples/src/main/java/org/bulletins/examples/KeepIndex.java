package org.bulletins.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bulletins.dedup.DedupEngine;
import org.bulletins.dedup.DedupIndex;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;
import org.bulletins.parser.BulletinParser;

/**
 * Keeps an incremental index of known stories across runs: {@code KeepIndex INDEX FILE...}. Run it
 * once with one page and again with the next: the second run recognises the items the pages share.
 */
public final class KeepIndex {

  private KeepIndex() {}

  /**
   * Runs the example.
   *
   * @param args the index file (created if missing), then bulletin files
   * @throws Exception if a file cannot be read or written
   */
  public static void main(String[] args) throws Exception {
    Path indexFile = Path.of(args[0]);
    DedupIndex index =
        Files.exists(indexFile) ? DedupIndex.load(indexFile) : DedupEngine.create().newIndex();

    BulletinParser parser = BulletinParser.create();
    List<NewsItem> batch = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      batch.addAll(parser.parse(Path.of(args[i])).items());
    }

    int known = 0;
    for (NewsItem item : batch) {
      Optional<MergedStory> story = index.find(item);
      if (story.isPresent()) {
        known++;
        System.out.println(
            "known: "
                + item.title()
                + "  (first seen at "
                + story.get().members().get(0).span()
                + ")");
      }
    }
    index.addAll(batch);
    index.save(indexFile); // written to a temporary file, then renamed: never half-written

    System.out.println(
        batch.size()
            + " items read, "
            + known
            + " already known, "
            + index.stories().size()
            + " stories in "
            + indexFile);
  }
}
