package org.bulletins.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bulletins.dedup.Items.IGM;
import static org.bulletins.dedup.Items.IGM_BODY;
import static org.bulletins.dedup.Items.item;

import java.util.List;
import org.bulletins.dedup.internal.IncrementalIndex;
import org.bulletins.dedup.internal.Pipeline;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;
import org.bulletins.model.SourceSpan;
import org.junit.jupiter.api.Test;

/** What an incremental batch merges again: only the stories whose members changed. */
class IncrementalMergeCostTest {

  @Test
  void aCandidateThatDoesNotJoinLeavesTheStoryItMetAsMerged() {
    NewsItem copy = IGM.withSpan(new org.bulletins.model.SourceSpan("b.txt", 1, 1, 3));
    DedupIndex index = DedupEngine.create().newIndex().addAll(List.of(IGM, copy));
    List<MergedStory> before = index.stories();
    assertThat(before).hasSize(1);
    assertThat(before.get(0).members()).hasSize(2);
    long merges = index.merges();
    long verified = index.verifications();

    // The same words two years later: every shingle is shared, but no rule joins two items dated
    // further apart than the window, so the pair is not even made (as in the batch engine).
    NewsItem later =
        item(
            "c.txt",
            1,
            "2023-06-09",
            "Guatemala: IOM Trains IGM Staff to Protect Vulnerable Migrants",
            IGM_BODY);
    index.addAll(List.of(later));
    List<MergedStory> after = index.stories();

    assertThat(index.verifications()).isEqualTo(verified);
    assertThat(after).hasSize(2);
    assertThat(after).contains(before.get(0));
    assertThat(index.merges()).isEqualTo(merges + 1); // the new item's story, not the old one
    assertThat(after)
        .isEqualTo(DedupEngine.create().deduplicate(List.of(IGM, copy, later)).stories());
  }

  @Test
  void theChangedStoriesTakeTheSameStoryVerdictsTheAddFound() {
    String title = IGM.title();
    List<NewsItem> items =
        List.of(
            IGM,
            item("b.txt", 1, "2021-06-09", title, IGM_BODY + " Copy a."),
            item("c.txt", 1, "2021-06-10", title, IGM_BODY + " Copy b."),
            IGM.withSpan(new SourceSpan("d.txt", 1, 1, 3)));
    DedupEngine engine = DedupEngine.create();
    IncrementalIndex index = new IncrementalIndex(new Pipeline(engine.options()));
    index.trackChanges(); // as a store does: the changed stories are taken after every add
    index.addAll(items);

    List<MergedStory> changed = index.takeChangedStories();

    assertThat(changed).isEqualTo(engine.deduplicate(items).stories());
    assertThat(changed).hasSize(1);
    assertThat(changed.get(0).links()).hasSize(4);
    // The three units' links were verified by the add, same-story: only the exact copy's link to
    // the first item with its content is verified again.
    assertThat(index.mergeVerifications()).isEqualTo(1);
  }
}
