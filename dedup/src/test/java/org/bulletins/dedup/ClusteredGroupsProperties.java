package org.bulletins.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.bulletins.dedup.internal.IncrementalIndex;
import org.bulletins.dedup.internal.Pipeline;
import org.bulletins.model.NewsItem;

/**
 * An add re-clusters only the components it changed (its new units, units whose representative
 * changed, units whose same-story verdicts it found or dropped), not every component it met: so
 * every group an index holds, after any adds into an index built by adds or restored from what a
 * store keeps, must still be what clustering its component again gives. With small caps, and copies
 * of earlier items (exact, or differing in case) that come first in source order, so that
 * representatives change and their pairs are judged again.
 */
class ClusteredGroupsProperties {

  @Property(tries = 40)
  void everyGroupIsWhatClusteringItsComponentAgainGives(
      @ForAll long seed,
      @ForAll @IntRange(min = 2, max = 8) int cap,
      @ForAll @IntRange(min = 1, max = 4) int batches,
      @ForAll boolean restored) {
    RestoredBlocksProperties.Scenario scenario =
        RestoredBlocksProperties.Scenario.of(seed, cap, batches);
    Pipeline pipeline = scenario.pipeline();
    List<NewsItem> first = scenario.stored();
    List<List<NewsItem>> later = scenario.later();

    RestoredBlocksProperties.Stored stored = RestoredBlocksProperties.Stored.of(pipeline, first);
    IncrementalIndex original = stored.original();
    IncrementalIndex index =
        restored ? RestoredBlocksProperties.restore(pipeline, stored) : original;
    assertThat(index.groupsAreClustered()).isTrue();
    for (List<NewsItem> batch : later) {
      index.addAll(batch);
      assertThat(index.groupsAreClustered()).as("after an add of %d", batch.size()).isTrue();
      if (restored) {
        original.addAll(batch);
      }
    }
    assertThat(index.stories()).isEqualTo(original.stories());
  }
}
