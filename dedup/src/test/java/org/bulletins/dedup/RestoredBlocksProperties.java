package org.bulletins.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.bulletins.dedup.internal.IncrementalIndex;
import org.bulletins.dedup.internal.IncrementalIndex.KeptPair;
import org.bulletins.dedup.internal.Pipeline;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;
import org.bulletins.model.SourceSpan;

/**
 * A restored index puts a block in its table only when an add or a lookup needs it: after the same
 * adds, every block that the added items carry holds exactly what a restore that puts every block
 * at once holds (same units, same order, same caps), the same pairs are verified and the stories
 * are those of the index that was never closed. With small caps, so that capped blocks are met, and
 * copies of stored items (exact, or differing in case) that come first in source order (their
 * units' representatives change, and their partners are found again from their blocks).
 */
class RestoredBlocksProperties {

  @Property(tries = 40)
  void restoredBlocksAreThoseOfAFullRestore(
      @ForAll long seed,
      @ForAll @IntRange(min = 2, max = 8) int cap,
      @ForAll @IntRange(min = 1, max = 3) int batches) {
    Scenario scenario = Scenario.of(seed, cap, batches);
    Pipeline pipeline = scenario.pipeline();
    List<NewsItem> stored = scenario.stored();
    List<List<NewsItem>> later = scenario.later();

    Stored store = Stored.of(pipeline, stored);
    IncrementalIndex original = store.original();
    IncrementalIndex needed = restore(pipeline, store);
    IncrementalIndex all = restore(pipeline, store);
    all.restoreAllBlocks();

    // A lookup before any add reads the blocks of the item's keys: they are restored for it.
    for (NewsItem item : later.get(0)) {
      assertThat(needed.find(item)).as("find %s", item.title()).isEqualTo(all.find(item));
    }
    for (List<NewsItem> batch : later) {
      original.addAll(batch);
      needed.addAll(batch);
      all.addAll(batch);
      for (NewsItem item : batch) {
        for (long key : pipeline.signer().sign(item).keys()) {
          assertThat(needed.blockOf(key)).as("block %s", key).isEqualTo(all.blockOf(key));
        }
      }
    }
    assertThat(needed.verifications()).isEqualTo(all.verifications());
    assertThat(needed.stories()).isEqualTo(all.stories()).isEqualTo(original.stories());
  }

  /**
   * One seed's case: a pipeline with small caps ({@code cap + 3} items a block, {@code cap} a term
   * block), the items stored first (a shuffled prefix of {@link ShuffleProperties#ITEMS}), and the
   * rest spread over {@code batches} later batches at random, with six copies of stored items from
   * a file named before every other: each copy's unit takes it as its representative from then on.
   * Every other copy differs in case only: the same content key (folded text) but other term keys,
   * so the founder's blocks are read for keys no add brought.
   */
  record Scenario(Pipeline pipeline, List<NewsItem> stored, List<List<NewsItem>> later) {
    static Scenario of(long seed, int cap, int batches) {
      Random random = new Random(seed);
      Pipeline pipeline =
          DedupEngine.of(DedupOptions.builder().maxBlockSize(cap + 3).maxTermBlockSize(cap).build())
              .pipeline();
      List<NewsItem> pool = new ArrayList<>(ShuffleProperties.ITEMS);
      Collections.shuffle(pool, random);
      int cut = 1 + random.nextInt(pool.size() - 1);
      List<NewsItem> stored = pool.subList(0, cut);
      List<List<NewsItem>> later = new ArrayList<>();
      for (int b = 0; b < batches; b++) {
        later.add(new ArrayList<>());
      }
      for (NewsItem item : pool.subList(cut, pool.size())) {
        later.get(random.nextInt(batches)).add(item);
      }
      for (int c = 0; c < 6; c++) {
        NewsItem copy = stored.get(random.nextInt(stored.size()));
        SourceSpan span = new SourceSpan("0-first.txt", c + 1, c + 1, c + 1);
        later
            .get(random.nextInt(batches))
            .add(c % 2 == 0 ? copy.withSpan(span) : upperCase(copy, span));
      }
      return new Scenario(pipeline, stored, later);
    }
  }

  static NewsItem upperCase(NewsItem item, SourceSpan span) {
    return new NewsItem(
        item.date(),
        item.title().toUpperCase(Locale.ROOT),
        item.paragraphs().stream().map(p -> p.toUpperCase(Locale.ROOT)).toList(),
        span);
  }

  /** An index restored from what a store keeps of {@code stored}'s index. */
  static IncrementalIndex restore(Pipeline pipeline, Stored stored) {
    IncrementalIndex original = stored.original();
    IncrementalIndex restored = new IncrementalIndex(pipeline);
    IncrementalIndex.Restoring walk = restored.restoring();
    List<NewsItem> items = original.items();
    for (int i = 0; i < items.size(); i++) {
      NewsItem item = items.get(i);
      walk.add(item, pipeline.signer().sign(item), original.factsAt(i).orElse(null));
    }
    walk.finish(stored.groups(), stored.kept());
    return restored;
  }

  /**
   * What a store keeps of an index that added some items: the index, its same-story pairs and each
   * item's story number, which a restore's walk is given.
   */
  record Stored(IncrementalIndex original, List<KeptPair> kept, Map<NewsItem, Integer> storyOf) {

    static Stored of(Pipeline pipeline, List<NewsItem> items) {
      IncrementalIndex original = new IncrementalIndex(pipeline);
      original.trackChanges();
      original.addAll(items);
      List<KeptPair> kept =
          original.takeChangedPairs().stream().filter(p -> p.evidence().sameStory()).toList();
      Map<NewsItem, Integer> storyOf = new IdentityHashMap<>();
      List<MergedStory> stories = original.stories();
      for (int s = 0; s < stories.size(); s++) {
        for (NewsItem member : stories.get(s).members()) {
          storyOf.put(member, s);
        }
      }
      return new Stored(original, kept, storyOf);
    }

    /** Each of the index's items' story number, in the index's order. */
    int[] groups() {
      return original.items().stream().mapToInt(storyOf::get).toArray();
    }
  }
}
