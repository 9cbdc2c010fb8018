package org.bulletins.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.bulletins.model.NewsItem;
import org.junit.jupiter.api.Test;

/**
 * Items fed one at a time to a {@link DedupBatch} (signed in slices in the background while more
 * are added) give exactly what {@link DedupEngine#deduplicate} gives for the same list: stories,
 * members' ids and count, whatever the number of items against the slice size.
 */
class DedupBatchProperties {

  static final DedupEngine ENGINE = DedupEngine.create();

  /** The seeds and perturbed copies of them: a few slices of items, with copies and rewrites. */
  static final List<NewsItem> ITEMS = build(2_700);

  static List<NewsItem> build(int size) {
    List<NewsItem> seeds = SeedItems.items();
    List<NewsItem> items = new ArrayList<>(seeds);
    Random random = new Random(11);
    String[] kinds = EvaluationTest.PERTURBATIONS;
    for (int i = 0; items.size() < size; i++) {
      items.add(
          Perturb.apply(kinds[i % kinds.length], seeds.get(random.nextInt(seeds.size())), random));
    }
    return List.copyOf(items);
  }

  @Property(tries = 4)
  void aBatchGivesTheListsResult(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 2_700) int count) {
    List<NewsItem> items = new ArrayList<>(ITEMS);
    Collections.shuffle(items, new Random(seed));
    items = items.subList(0, count);
    DedupBatch batch = ENGINE.newBatch();
    items.forEach(batch::add);
    assertThat(batch.size()).isEqualTo(count);
    DedupResult streamed = batch.result();
    DedupResult listed = ENGINE.deduplicate(items);
    assertThat(streamed.inputCount()).isEqualTo(count);
    assertThat(streamed.stories()).isEqualTo(listed.stories());
    assertThat(streamed.memberIds()).isEqualTo(listed.memberIds());
  }

  @Test
  void aWholeNumberOfSlicesAndOneMoreItem() {
    for (int count : new int[] {1024, 1025, 2048}) {
      List<NewsItem> items = ITEMS.subList(0, count);
      DedupBatch batch = ENGINE.newBatch();
      items.forEach(batch::add);
      assertThat(batch.result()).as("%d items", count).isEqualTo(ENGINE.deduplicate(items));
    }
  }

  @Test
  void anEmptyBatchHasNoStories() {
    DedupResult result = ENGINE.newBatch().result();
    assertThat(result.stories()).isEmpty();
    assertThat(result.inputCount()).isZero();
  }

  @Test
  void aBatchIsUsedOnce() {
    DedupBatch batch = ENGINE.newBatch().add(ITEMS.get(0));
    assertThat(batch.result().stories()).hasSize(1);
    assertThatThrownBy(() -> batch.add(ITEMS.get(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("finished");
    assertThatThrownBy(batch::result).isInstanceOf(IllegalStateException.class);
  }
}
