package org.bulletins.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.bulletins.dedup.DedupEngine;
import org.bulletins.dedup.DedupResult;
import org.bulletins.model.Diagnostic;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;
import org.bulletins.store.BulletinStore;
import org.bulletins.store.StoredStory;
import org.bulletins.store.StoryQuery;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The stories of the command's inputs: every item read (diagnostics to stderr) and deduplicated,
 * plus the order in which the items were read, for listing stories in reading order.
 */
final class Stories {

  private final DedupResult result;
  private final Map<String, Integer> sourceOrder;

  private Stories(DedupResult result, Map<String, Integer> sourceOrder) {
    this.result = result;
    this.sourceOrder = sourceOrder;
  }

  static Stories read(InputOptions input, PrintWriter err) throws IOException {
    return read(input, err, item -> {}, diagnostic -> err.println(Formats.diagnostic(diagnostic)));
  }

  /** Reads the stories, showing every item and diagnostic to the consumers as it is read. */
  static Stories read(
      InputOptions input,
      PrintWriter err,
      Consumer<NewsItem> onItem,
      Consumer<Diagnostic> onDiagnostic)
      throws IOException {
    List<NewsItem> items = new ArrayList<>();
    Map<String, Integer> sourceOrder = new HashMap<>();
    // Large files' lines are read on a second thread, as for parse: the engine needs every item
    // before it starts, so the one-thread parse would leave the other core idle.
    BulletinReader.readInputsAhead(
        input,
        err,
        item -> {
          sourceOrder.putIfAbsent(item.span().source(), sourceOrder.size());
          items.add(item);
          onItem.accept(item);
          if (items.size() % HeapBudget.CHECK_EVERY == 0) {
            HeapBudget.require(items.size(), Runtime.getRuntime().maxMemory()); // fail fast
          }
        },
        onDiagnostic,
        (file, layout, count) -> {});
    HeapBudget.require(items.size(), Runtime.getRuntime().maxMemory());
    return new Stories(DedupEngine.create().deduplicate(items), sourceOrder);
  }

  /**
   * The stories of a store, as {@code timeline} and {@code dedup} print them for {@code --db}:
   * sorted as the engine sorts them, and read in the order the files were ingested.
   */
  static Stories fromStore(Path db) {
    try (BulletinStore store = BulletinStore.openReadOnly(db)) {
      Map<String, Integer> sourceOrder = new HashMap<>();
      for (String source : store.sources()) {
        sourceOrder.put(source, sourceOrder.size());
      }
      List<MergedStory> stories = new ArrayList<>();
      for (StoredStory stored : store.stories(StoryQuery.all())) {
        stories.add(stored.story());
      }
      Comparator<NewsItem> bySourceAndLine =
          Comparator.comparing((NewsItem item) -> item.span().source())
              .thenComparingInt(item -> item.span().titleLine());
      stories.sort(Comparator.comparing(story -> story.members().get(0), bySourceAndLine));
      int items = stories.stream().mapToInt(story -> story.members().size()).sum();
      return new Stories(new DedupResult(stories, items), sourceOrder);
    }
  }

  /**
   * The stories of the command's PATHs, or of its {@code --db} store: one or the other, not both.
   */
  static Stories read(CommandLine command, Path db, InputOptions input) throws IOException {
    if (db == null) {
      return read(input, command.getErr());
    }
    if (!input.paths.isEmpty()) {
      throw new ParameterException(command, "give PATH arguments or --db FILE, not both");
    }
    return fromStore(db);
  }

  DedupResult result() {
    return result;
  }

  /** Newest first, undated last; stories of one day in the order their first copy was read. */
  List<MergedStory> timeline() {
    Comparator<MergedStory> newestFirst =
        Comparator.comparing(
            (MergedStory story) -> story.merged().date().orElse(LocalDate.MIN),
            Comparator.reverseOrder());
    Comparator<NewsItem> readingOrder =
        Comparator.comparingInt((NewsItem item) -> sourceOrder.get(item.span().source()))
            .thenComparingInt(item -> item.span().titleLine());
    Comparator<MergedStory> firstRead =
        Comparator.comparing(
            story -> story.members().stream().min(readingOrder).orElseThrow(), readingOrder);
    return result.stories().stream().sorted(newestFirst.thenComparing(firstRead)).toList();
  }

  static List<String> sources(MergedStory story) {
    return story.members().stream().map(item -> item.span().source()).distinct().toList();
  }
}
