package org.bulletins.dedup;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.bulletins.dedup.internal.IndexFile;
import org.bulletins.dedup.internal.ItemFeatures;
import org.bulletins.dedup.internal.MemberOrder;
import org.bulletins.model.ContentId;
import org.bulletins.model.MatchEvidence;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;

/**
 * An incremental deduplication index: add batches of items over time, ask whether an item is
 * already known, save to a file and load again. Methods are synchronized, so one index may be
 * shared between threads.
 *
 * <p>Adding a batch signs only the new items, pairs them through the stored blocking keys, verifies
 * the new pairs, and re-clusters only the groups that the new matches touch. The stories are the
 * ones {@link DedupEngine#deduplicate(List)} would give for all items added so far, as long as no
 * block grew past its cap ({@link DedupOptions#maxBlockSize(String)}; the index keeps the pairs an
 * overfull block made before it filled up, where a batch run would skip the block).
 *
 * <p><b>File format.</b> Version {@value IndexFile#VERSION}: a JSON object with {@code "format":
 * "bulletins-dedup-index"}, {@code "version"}, {@code "options"} (every engine option, hash seed
 * included), {@code "itemCount"}, {@code "items"} in order of addition, and a {@code "crc32c"}
 * checksum of the rest; loading replays the items. Version 1 files (no checksum) still load.
 *
 * <p><b>Crash safety.</b> {@link #save(Path)} writes a temporary file in the same folder, forces it
 * to disk, renames it atomically over the target and forces the folder, so a crash or a kill at
 * any moment leaves the previous index or the new one, never half a file (a killed save may leave
 * a hidden {@code .NAME*.tmp} file behind, which loading ignores). {@link #load(Path)} rejects a
 * truncated, corrupt (checksum), foreign or oversized file and a file from a newer version with a
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
  private final List<ItemFeatures> items = new ArrayList<>();
  private final Map<String, List<Integer>> postings = new HashMap<>();
  private final Map<CandidatePair, MatchEvidence> evidence = new HashMap<>();
  private final Map<Integer, Set<Integer>> positive = new HashMap<>();
  private final Map<ContentId, Integer> firstWithId = new HashMap<>();
  private final List<Integer> groupOf = new ArrayList<>();
  private final Map<Integer, MergedStory> stories = new HashMap<>();
  private int nextGroup;

  DedupIndex(DedupEngine engine) {
    this.engine = Objects.requireNonNull(engine, "engine");
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
    return items.size();
  }

  /**
   * Adds a batch of items and updates the stories they touch.
   *
   * @param batch the new items
   * @return this index
   */
  public synchronized DedupIndex addAll(List<NewsItem> batch) {
    // A copy checks every item before any is added (a null item half-way used to leave items
    // without a story) and keeps a list that another thread changes from changing under us.
    batch = List.copyOf(Objects.requireNonNull(batch, "batch"));
    List<CandidatePair> pairs = new ArrayList<>();
    List<Integer> added = new ArrayList<>();
    for (NewsItem item : batch) {
      ItemFeatures f = ItemFeatures.of(item, engine.options().shingleSize());
      int index = items.size();
      items.add(f);
      groupOf.add(-1);
      firstWithId.putIfAbsent(item.computeId(), index);
      added.add(index);
      for (String key : engine.candidates().blockingKeys(f)) {
        List<Integer> block = postings.computeIfAbsent(key, k -> new ArrayList<>());
        if (block.size() < engine.options().maxBlockSize(key)) {
          for (int other : block) {
            pairs.add(CandidatePair.of(other, index));
          }
        }
        block.add(index);
      }
    }
    for (CandidatePair pair : new TreeSet<>(pairs)) {
      if (evidence.containsKey(pair)) {
        continue;
      }
      MatchEvidence e = engine.verifier().verify(items.get(pair.left()), items.get(pair.right()));
      evidence.put(pair, e);
      if (e.sameStory()) {
        positive.computeIfAbsent(pair.left(), k -> new TreeSet<>()).add(pair.right());
        positive.computeIfAbsent(pair.right(), k -> new TreeSet<>()).add(pair.left());
      }
    }
    Set<Integer> done = new HashSet<>();
    for (int start : added) {
      if (done.add(start)) {
        recluster(component(start, done));
      }
    }
    return this;
  }

  private List<Integer> component(int start, Set<Integer> done) {
    TreeSet<Integer> seen = new TreeSet<>(List.of(start));
    Deque<Integer> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      for (int next : positive.getOrDefault(queue.poll(), Set.of())) {
        if (seen.add(next)) {
          queue.add(next);
        }
      }
    }
    done.addAll(seen);
    return List.copyOf(seen);
  }

  private void recluster(List<Integer> component) {
    for (int i : component) {
      stories.remove(groupOf.get(i));
    }
    Map<Integer, Integer> local = new HashMap<>();
    List<ItemFeatures> sub = new ArrayList<>();
    for (int i : component) {
      local.put(i, sub.size());
      sub.add(items.get(i));
    }
    Map<CandidatePair, MatchEvidence> subEvidence = new HashMap<>();
    for (int i : component) {
      for (int j : positive.getOrDefault(i, Set.of())) {
        if (i < j) {
          subEvidence.put(CandidatePair.of(local.get(i), local.get(j)), evidence.get(CandidatePair.of(i, j)));
        }
      }
    }
    for (List<Integer> group : engine.clusterer().clusterFeatures(sub, subEvidence)) {
      int id = nextGroup++;
      List<ItemFeatures> members = new ArrayList<>();
      for (int g : group) {
        groupOf.set(component.get(g), id);
        members.add(sub.get(g));
      }
      stories.put(id, engine.merger().mergeFeatures(members, engine.verifier()::verify));
    }
  }

  /**
   * Finds the story an item belongs to, if the index knows it: an item with the same content id, or
   * a story whose every distinct text matches the item.
   *
   * @param item any item
   * @return the story, if known
   */
  public synchronized Optional<MergedStory> find(NewsItem item) {
    Objects.requireNonNull(item, "item");
    Integer same = firstWithId.get(item.computeId());
    if (same != null) {
      return Optional.of(stories.get(groupOf.get(same)));
    }
    ItemFeatures f = ItemFeatures.of(item, engine.options().shingleSize());
    TreeSet<Integer> candidates = new TreeSet<>();
    for (String key : engine.candidates().blockingKeys(f)) {
      List<Integer> block = postings.getOrDefault(key, List.of());
      if (block.size() < engine.options().maxBlockSize(key)) {
        candidates.addAll(block);
      }
    }
    MergedStory best = null;
    double bestStrength = -1;
    Set<Integer> triedGroups = new HashSet<>();
    for (int c : candidates) {
      int group = groupOf.get(c);
      if (!triedGroups.add(group)) {
        continue;
      }
      MergedStory story = stories.get(group);
      double weakest = Double.MAX_VALUE;
      Set<ContentId> seen = new HashSet<>();
      for (NewsItem member : story.members()) {
        if (!seen.add(member.computeId())) {
          continue;
        }
        MatchEvidence e =
            engine.verifier().verify(f, ItemFeatures.of(member, engine.options().shingleSize()));
        if (!e.sameStory()) {
          weakest = -1;
          break;
        }
        weakest = Math.min(weakest, e.scores().getOrDefault("strength", 0.0));
      }
      if (weakest > bestStrength) {
        bestStrength = weakest;
        best = story;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The stories so far, sorted by their first member's source and line.
   *
   * @return every story, each added item in exactly one
   */
  public synchronized List<MergedStory> stories() {
    List<MergedStory> out = new ArrayList<>(stories.values());
    out.sort(Comparator.comparing((MergedStory s) -> s.members().get(0), MemberOrder.ITEMS));
    return List.copyOf(out);
  }

  /**
   * Saves the index atomically (temporary file, then rename).
   *
   * @param file the target file; its folder must exist
   * @throws DedupIndexException naming the file if it cannot be written
   */
  public synchronized void save(Path file) {
    Objects.requireNonNull(file, "file");
    IndexFile.write(file, engine.options(), items.stream().map(ItemFeatures::item).toList());
  }

  /**
   * Loads a saved index with the options (hash seed included) it was saved with.
   *
   * @param file the file
   * @return the index, as it was saved
   * @throws DedupIndexException naming the file if it is unreadable, corrupt, foreign or newer
   */
  public static DedupIndex load(Path file) {
    Objects.requireNonNull(file, "file");
    IndexFile.Contents contents = IndexFile.read(file);
    return DedupEngine.of(contents.options()).newIndex().addAll(contents.items());
  }
}
