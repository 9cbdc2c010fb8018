package org.bulletins.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.bulletins.model.NewsItem;

/** The same items in any order give the same stories. */
class ShuffleProperties {

  static final List<NewsItem> ITEMS = build();
  static final DedupEngine ENGINE = DedupEngine.create();
  static final DedupResult EXPECTED = ENGINE.deduplicate(ITEMS);

  static List<NewsItem> build() {
    List<NewsItem> items = new ArrayList<>(SeedItems.items());
    Random random = new Random(7);
    String[] kinds = EvaluationTest.PERTURBATIONS;
    for (int i = 0; i < 12; i++) {
      items.add(Perturb.apply(kinds[i % kinds.length], items.get(i * 3), random));
    }
    return List.copyOf(items);
  }

  @Property(tries = 15)
  void orderDoesNotMatter(@ForAll long seed) {
    List<NewsItem> shuffled = new ArrayList<>(ITEMS);
    Collections.shuffle(shuffled, new Random(seed));
    assertThat(ENGINE.deduplicate(shuffled).stories()).isEqualTo(EXPECTED.stories());
  }

  @Property(tries = 5)
  void batchesInAnyOrderGiveTheBatchResult(@ForAll long seed) {
    List<NewsItem> shuffled = new ArrayList<>(ITEMS);
    Collections.shuffle(shuffled, new Random(seed));
    DedupIndex index = ENGINE.newIndex();
    int cut = Math.floorMod(seed, shuffled.size());
    index.addAll(shuffled.subList(0, cut));
    index.addAll(shuffled.subList(cut, shuffled.size()));
    assertThat(index.stories()).isEqualTo(EXPECTED.stories());
  }
}
