package org.bulletins.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.bulletins.model.ContentId;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;
import org.junit.jupiter.api.Test;

/** The content ids a result carries are each member's own id, in member order. */
class DedupResultIdsTest {

  @Test
  void memberIdsAreTheMembersComputedIds() {
    List<NewsItem> items = new ArrayList<>(SeedItems.items());
    items.addAll(SeedItems.items().subList(0, 20)); // exact copies: stories of several members
    DedupResult result = DedupEngine.create().deduplicate(items);
    assertThat(result.memberIds()).hasSameSizeAs(result.stories());
    int multi = 0;
    for (int s = 0; s < result.stories().size(); s++) {
      MergedStory story = result.stories().get(s);
      List<ContentId> expected = story.members().stream().map(NewsItem::computeId).toList();
      assertThat(result.memberIds().get(s)).as(story.merged().title()).isEqualTo(expected);
      multi += story.members().size() > 1 ? 1 : 0;
    }
    assertThat(multi).as("stories with several members").isGreaterThan(10);
  }

  @Test
  void resultWithoutIdsHasNoneAndIdsMustMatchTheMembers() {
    DedupResult result = DedupEngine.create().deduplicate(SeedItems.items());
    DedupResult withoutIds = new DedupResult(result.stories(), result.inputCount());
    assertThat(withoutIds.memberIds()).isEmpty();
    assertThat(withoutIds).as("ids are derived: equal results").isEqualTo(result);
    assertThat(withoutIds.hashCode()).isEqualTo(result.hashCode());
    assertThatThrownBy(
            () -> new DedupResult(result.stories(), result.inputCount(), List.of(List.of())))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
