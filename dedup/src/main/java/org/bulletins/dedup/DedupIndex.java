package org.bulletins.dedup;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;

/** placeholder */
public final class DedupIndex {
  private final DedupEngine engine;

  DedupIndex(DedupEngine engine) {
    this.engine = engine;
  }

  /**
   * The engine.
   *
   * @return the engine
   */
  public DedupEngine engine() {
    return engine;
  }

  /**
   * Adds.
   *
   * @param batch items
   * @return this
   */
  public DedupIndex addAll(List<NewsItem> batch) {
    return this;
  }

  /**
   * Finds.
   *
   * @param item item
   * @return story
   */
  public Optional<MergedStory> find(NewsItem item) {
    return Optional.empty();
  }

  /**
   * Saves.
   *
   * @param file file
   */
  public void save(Path file) {}
}
