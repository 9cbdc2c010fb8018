package org.bulletins.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bulletins.dedup.DedupEngine;
import org.bulletins.dedup.DedupResult;
import org.bulletins.model.ItemField;
import org.bulletins.model.MatchLink;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;
import org.bulletins.parser.BulletinParser;

/**
 * Deduplicates a folder of bulletins and prints each merged story with its provenance and evidence:
 * {@code DeduplicateFolder seeds}.
 */
public final class DeduplicateFolder {

  private DeduplicateFolder() {}

  /**
   * Runs the example.
   *
   * @param args the path of a folder of {@code *.txt} bulletins
   * @throws IOException if the folder cannot be read
   */
  public static void main(String[] args) throws IOException {
    BulletinParser parser = BulletinParser.create();
    List<NewsItem> items = new ArrayList<>();
    for (Path file : textFiles(Path.of(args[0]))) {
      items.addAll(parser.parse(file).items());
    }

    DedupResult result = DedupEngine.create().deduplicate(items);
    System.out.println(items.size() + " items, " + result.stories().size() + " stories");

    for (MergedStory story : result.stories()) {
      if (story.members().size() == 1) {
        continue; // a story with no copy
      }
      System.out.println();
      System.out.println(story.kind() + ": " + story.merged().title());
      System.out.println("  title from " + story.sourceOf(ItemField.TITLE).span());
      System.out.println("  body from  " + story.sourceOf(ItemField.BODY).span());
      for (NewsItem member : story.members()) {
        System.out.println("  member     " + member.span() + "  \"" + member.title() + "\"");
      }
      for (MatchLink link : story.links()) {
        System.out.printf(
            "  link %d~%d  rule %s, title %.2f, body %.2f, containment %.2f, shared %s%n",
            link.left(),
            link.right(),
            link.evidence().rule(),
            link.evidence().titleSimilarity(),
            link.evidence().bodySimilarity(),
            link.evidence().containment(),
            link.evidence().sharedTerms());
      }
    }
  }

  private static List<Path> textFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
  }
}
