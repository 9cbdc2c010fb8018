package org.bulletins.dedup;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bulletins.dedup.internal.IncrementalIndex;
import org.bulletins.dedup.internal.IndexFile;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;

/**
 * An incremental deduplication index: add batches of items over time, ask whether an item is
 * already known, save to a file and load again. Methods are synchronized, so one index may be
 * shared between threads.
 *
 * <p>The index runs the engine's pipeline and keeps what it makes: each item's signature (hashed
 * word and shingle sets, not strings), the hashed blocking keys of each content id, the verified
 * pairs and the groups. A copy of a known content id joins its story at once, whatever the block
 * caps; a new text is paired through the stored keys, verified and re-clustered with the stories
 * its matches touch. So adding k items costs O(k · candidates), never O(n), and stories are merged
 * only when asked for. The stories are the ones {@link DedupEngine#deduplicate(List)} would give
 * for all items added so far, as long as no block grew past its cap (the index keeps the pairs a
 * block made before it filled up, where a batch run skips the block).
 *
 * <p><b>File format.</b> Version {@value IndexFile#VERSION}: a JSON object with {@code "format":
 * "bulletins-dedup-index"}, {@code "version"}, {@code "options"} (every engine option, hash seed
 * included), {@code "itemCount"}, {@code "items"} in order of addition, and a {@code "crc32c"}
 * checksum of the rest; loading replays the items. Version 1 files (no checksum) still load.
 *
 * <p><b>Crash safety.</b> {@link #save(Path)} writes a temporary file in the same folder, forces it
 * to disk, renames it atomically over the target and forces the folder, so a crash or a kill at any
 * moment leaves the previous index or the new one, never half a file (a killed save may leave a
 * hidden {@code .NAME*.tmp} file behind, which loading ignores). {@link #load(Path)} rejects a
 * truncated, corrupt (checksum), foreign or oversized file, a file from a newer version, options
 * out of their bounds or unknown, and anything but a regular file (a FIFO would block) with a
 * {@link DedupIndexException} that names the file; it builds nothing until the whole file checked.
 *
 * <pre>{@code
 * DedupIndex index = DedupEngine.create().newIndex();
 * index.addAll(monday);
 * index.addAll(tuesday);
 * Optional<MergedStory> known = index.find(candidate);
 * index.save(Path.of("stories.idx.json"));
 * DedupIndex again = DedupIndex.load(Path.of("stories.idx.json"));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DedupIndex {

  private final DedupEngine engine;
  private final IncrementalIndex state;

  DedupIndex(DedupEngine engine) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.state = new IncrementalIndex(engine.pipeline());
  }

  /**
   * The engine this index uses.
   *
   * @return the engine
   */
  public DedupEngine engine() {
    return engine;
  }

  /**
   * How many items were added.
   *
   * @return the number of items
   */
  public synchronized int size() {
    return state.items().size();
  }

  /** The pairs verified so far, for cost tests of this package. */
  synchronized long verifications() {
    return state.verifications();
  }

  /** The stories merged so far, for cost tests of this package. */
  synchronized long merges() {
    return state.merges();
  }

  /**
   * Adds a batch of items and updates the stories they touch.
   *
   * <pre>{@code
   * index.addAll(todaysItems).stories();
   * }</pre>
   *
   * @param batch the new items
   * @return this index
   */
  public synchronized DedupIndex addAll(List<NewsItem> batch) {
    // A copy checks every item before any is added and keeps a list that another thread changes
    // from changing under us.
    state.addAll(List.copyOf(Objects.requireNonNull(batch, "batch")));
    return this;
  }

  /**
   * Finds the story an item belongs to, if the index knows it: the story of an item with the same
   * content id, or a story whose every distinct text matches the item (the strongest match if
   * several do).
   *
   * <pre>{@code
   * index.find(candidate).ifPresent(s -> System.out.println("known as " + s.merged().title()));
   * }</pre>
   *
   * @param item any item
   * @return the story, if known
   */
  public synchronized Optional<MergedStory> find(NewsItem item) {
    return state.find(Objects.requireNonNull(item, "item"));
  }

  /**
   * The stories so far, sorted by their first member's source and line.
   *
   * <pre>{@code
   * for (MergedStory s : index.stories()) System.out.println(s.merged().title());
   * }</pre>
   *
   * @return every story, each added item in exactly one
   */
  public synchronized List<MergedStory> stories() {
    return List.copyOf(state.stories());
  }

  /**
   * Saves the index atomically (temporary file, then rename).
   *
   * <pre>{@code
   * index.save(Path.of("stories.idx.json"));
   * }</pre>
   *
   * @param file the target file; its folder must exist
   * @throws DedupIndexException naming the file if it cannot be written
   */
  public synchronized void save(Path file) {
    Objects.requireNonNull(file, "file");
    IndexFile.write(file, engine.options(), state.items());
  }

  /**
   * Loads a saved index with the options (hash seed included) it was saved with.
   *
   * <pre>{@code
   * DedupIndex index = DedupIndex.load(Path.of("stories.idx.json"));
   * }</pre>
   *
   * @param file the file
   * @return the index, as it was saved
   * @throws DedupIndexException naming the file if it is unreadable, corrupt, foreign, newer, not a
   *     regular file, or sets options out of their bounds
   */
  public static DedupIndex load(Path file) {
    Objects.requireNonNull(file, "file");
    IndexFile.Contents contents = IndexFile.read(file);
    return DedupEngine.of(contents.options()).newIndex().addAll(contents.items());
  }
}
