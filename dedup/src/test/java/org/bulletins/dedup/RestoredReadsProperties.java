package org.bulletins.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.bulletins.dedup.internal.IncrementalIndex;
import org.bulletins.dedup.internal.ItemReader;
import org.bulletins.dedup.internal.Pipeline;
import org.bulletins.dedup.internal.sketch.ItemSignature;
import org.bulletins.model.NewsItem;

/**
 * An index restored without its items' texts reads a stored item back for an add only when the item
 * is to be verified against another: a candidate pair whose signatures tell it apart is decided
 * from what the index holds (dates, facts), and its items are not read. The stories are those of
 * the index that was never closed.
 */
class RestoredReadsProperties {

  @Property(tries = 20)
  void anAddReadsBackOnlyItemsItVerifies(@ForAll long seed) {
    Random random = new Random(seed);
    Pipeline pipeline = DedupEngine.create().pipeline();
    List<NewsItem> pool = new ArrayList<>(ShuffleProperties.ITEMS);
    Collections.shuffle(pool, random);
    int cut = 1 + random.nextInt(pool.size() - 1);
    List<NewsItem> stored = pool.subList(0, cut);
    List<NewsItem> later = pool.subList(cut, pool.size());

    RestoredBlocksProperties.Stored store = RestoredBlocksProperties.Stored.of(pipeline, stored);
    IncrementalIndex original = store.original();
    List<NewsItem> items = original.items();
    Set<Integer> read = ConcurrentHashMap.newKeySet();
    ItemReader reader =
        position -> {
          read.add(position);
          return items.get(position);
        };
    IncrementalIndex restored = new IncrementalIndex(pipeline);
    IncrementalIndex.Restoring walk = restored.restoring(reader);
    for (int i = 0; i < items.size(); i++) {
      NewsItem item = items.get(i);
      walk.addUnread(
          item.span(), item.date(), pipeline.signer().sign(item), original.factsAt(i).orElse(null));
    }
    walk.finish(store.groups(), store.kept());

    restored.addAll(later);
    // Every stored item read back may be the same story as some other item of the index, by the
    // signatures: verifying that pair, or clustering the units it links, needed its text.
    List<Integer> readBack = List.copyOf(read);
    // Some splits verify nothing (the later items pair with no stored one): the property holds
    // there vacuously, so most tries must verify something for it to say anything.
    Statistics.label("the add verified").collect(restored.verifications() > 0);
    List<ItemSignature> signatures = new ArrayList<>();
    for (NewsItem item : items) { // the stored items, then the add's, as the restored index holds
      signatures.add(pipeline.signer().sign(item).signature());
    }
    for (NewsItem item : later) {
      signatures.add(pipeline.signer().sign(item).signature());
    }
    for (int position : readBack) {
      boolean verifiable = false;
      for (int other = 0; other < signatures.size() && !verifiable; other++) {
        verifiable =
            other != position
                && pipeline
                    .verifier()
                    .mayBeSame(
                        signatures.get(Math.min(position, other)),
                        signatures.get(Math.max(position, other)));
      }
      assertThat(verifiable).as("item %s read back", position).isTrue();
    }
    original.addAll(later);
    assertThat(restored.stories()).isEqualTo(original.stories());
    Statistics.label("the add verified")
        .coverage(coverage -> coverage.check(true).percentage(p -> p >= 50));
  }
}
