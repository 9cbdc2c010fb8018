package org.bulletins.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bulletins.model.ClusterKind;
import org.bulletins.model.ItemField;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;
import org.bulletins.model.SourceSpan;
import org.bulletins.store.internal.StoryIds;
import org.junit.jupiter.api.Test;

class StoryIdsTest {

  private final Map<Object, Long> rows = new IdentityHashMap<>();

  private NewsItem item(long row) {
    NewsItem item =
        new NewsItem(
            Optional.of(LocalDate.of(2026, 1, 1)),
            "Title " + row,
            List.of("Body " + row),
            new SourceSpan("f.txt", (int) row, (int) row, (int) row));
    rows.put(item, row);
    return item;
  }

  private static MergedStory story(NewsItem... members) {
    if (members.length == 1) {
      return MergedStory.singleton(members[0]);
    }
    return new MergedStory(
        ClusterKind.NEAR_DUPLICATE,
        members[0],
        List.of(members),
        Map.of(ItemField.DATE, 0, ItemField.TITLE, 0, ItemField.BODY, 0),
        List.of(members).stream().map(NewsItem::title).toList(),
        List.of());
  }

  private StoryIds.Plan plan(
      List<MergedStory> stories,
      Map<Long, String> storyOfRow,
      Map<String, Long> seq,
      Map<String, Integer> size) {
    int[] fresh = {0};
    return StoryIds.plan(
        stories, rows::get, new StoryIds.Before(storyOfRow, seq, size), s -> "new" + fresh[0]++);
  }

  @Test
  void rowsLookedUpByTheCallerGiveThePlanOfTheMembersAndMustBeOnePerMember() {
    NewsItem a = item(1);
    NewsItem b = item(2);
    NewsItem c = item(3);
    List<MergedStory> stories = List.of(story(b, a, c));
    StoryIds.Before before =
        new StoryIds.Before(
            Map.of(1L, "young", 2L, "old"),
            Map.of("old", 1L, "young", 5L),
            Map.of("old", 1, "young", 1));
    StoryIds.Plan plan =
        StoryIds.planRows(stories, List.of(new long[] {2, 1, 3}), before, s -> "new", false);
    assertThat(plan.written())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.storyId()).isEqualTo("old");
              assertThat(w.rows()).containsExactly(2, 1, 3);
            });
    assertThat(plan.aliases()).containsExactly(Map.entry("young", "old"));
    assertThatThrownBy(
            () -> StoryIds.planRows(stories, List.of(new long[] {2, 1}), before, s -> "new", false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void whenTwoStoriesMergeTheOlderIdSurvivesAndTheOtherBecomesAnAlias() {
    NewsItem a = item(1);
    NewsItem b = item(2);
    NewsItem c = item(3);
    StoryIds.Plan plan =
        plan(
            List.of(story(b, a, c)),
            Map.of(1L, "young", 2L, "old"),
            Map.of("old", 1L, "young", 5L),
            Map.of("old", 1, "young", 1));
    assertThat(plan.written())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.storyId()).isEqualTo("old");
              assertThat(w.fresh()).isFalse();
              assertThat(w.rows()).containsExactly(2, 1, 3);
            });
    assertThat(plan.aliases()).containsExactly(Map.entry("young", "old"));
    assertThat(plan.removed()).isEmpty();
  }

  @Test
  void anUnchangedStoryIsNotWrittenAndANewOneGetsAFreshId() {
    NewsItem a = item(1);
    NewsItem b = item(2);
    StoryIds.Plan plan =
        plan(List.of(story(a), story(b)), Map.of(1L, "s1"), Map.of("s1", 1L), Map.of("s1", 1));
    assertThat(plan.written())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.storyId()).isEqualTo("new0");
              assertThat(w.fresh()).isTrue();
            });
    assertThat(plan.aliases()).isEmpty();
  }

  /**
   * A new row that takes a replaced row's place (row 2 for row 1, with its story s1): the story is
   * written again under s1, not taken as unchanged although its one member answers s1.
   */
  @Test
  void aStoryOfAnInheritedRowKeepsTheIdAndIsWrittenAgain() {
    NewsItem b = item(2);
    Map<Long, String> storyOfRow = Map.of(2L, "s1");
    StoryIds.Plan plan =
        StoryIds.plan(
            List.of(story(b)),
            rows::get,
            new StoryIds.Before(
                storyOfRow::get, id -> 1L, id -> 1, () -> List.of("s1"), row -> row == 2L),
            s -> "new");
    assertThat(plan.written())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.storyId()).isEqualTo("s1");
              assertThat(w.fresh()).isFalse();
              assertThat(w.rows()).containsExactly(2L);
            });
    assertThat(plan.aliases()).isEmpty();
    assertThat(plan.removed()).isEmpty();
  }

  @Test
  void aSplitStoryKeepsItsIdOnItsLargestPartAndAnEmptiedStoryIsRemoved() {
    NewsItem a = item(1);
    NewsItem b = item(2);
    NewsItem c = item(3);
    Map<Long, String> before = new HashMap<>(Map.of(1L, "s", 2L, "s", 3L, "s"));
    StoryIds.Plan plan =
        plan(
            List.of(story(a), story(b, c)),
            before,
            Map.of("s", 1L, "gone", 2L),
            Map.of("s", 3, "gone", 1));
    assertThat(plan.written()).extracting(StoryIds.Assigned::storyId).containsExactly("s", "new0");
    assertThat(plan.written().get(0).rows()).containsExactly(2, 3);
    assertThat(plan.aliases()).isEmpty();
    assertThat(plan.removed()).containsExactly("gone");
  }
}
