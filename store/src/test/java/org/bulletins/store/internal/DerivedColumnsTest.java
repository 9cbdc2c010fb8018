package org.bulletins.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bulletins.model.ClusterKind;
import org.bulletins.model.ItemField;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;
import org.bulletins.model.SourceSpan;
import org.junit.jupiter.api.Test;

/** A story column is left empty only when the story's members give its value back exactly. */
class DerivedColumnsTest {

  private final NewsItem first =
      new NewsItem(
          Optional.of(LocalDate.of(2026, 11, 2)),
          "Flood gates opened at Tarvin",
          List.of("The river board opened the gates.", "Residents moved their cars."),
          new SourceSpan("a.txt", 1, 3, 5),
          List.of("English"));
  private final NewsItem second =
      new NewsItem(
          Optional.empty(),
          "Tarvin flood gates opened",
          List.of("The river board opened the flood gates on Monday."),
          new SourceSpan("b.txt", 7, 9, 9),
          List.of());

  /** The story as a reader makes it again from its three columns and its members. */
  private static MergedStory readBack(MergedStory story) {
    Map<ItemField, Integer> sources =
        DerivedColumns.fieldSources(DerivedColumns.fieldSources(story));
    return new MergedStory(
        story.kind(),
        DerivedColumns.merged(DerivedColumns.merged(story), story.members(), sources),
        story.members(),
        sources,
        DerivedColumns.titleVariants(DerivedColumns.titleVariants(story), story.members()),
        story.links());
  }

  private MergedStory pair(NewsItem merged, List<String> variants) {
    return new MergedStory(
        ClusterKind.NEAR_DUPLICATE,
        merged,
        List.of(first, second),
        Map.of(ItemField.DATE, 0, ItemField.TITLE, 1, ItemField.BODY, 0),
        variants,
        List.of());
  }

  @Test
  void aSingleItemStoryKeepsNoColumnAndIsReadBackWithItsLabels() {
    MergedStory story = MergedStory.singleton(first);
    assertThat(DerivedColumns.merged(story)).isEmpty();
    assertThat(DerivedColumns.fieldSources(story)).isEmpty();
    assertThat(DerivedColumns.titleVariants(story)).isEmpty();
    assertThat(readBack(story)).isEqualTo(story);
    assertThat(readBack(story).merged().labels()).containsExactly("English");
  }

  @Test
  void aMergedItemOfItsFieldSourcesIsLeftEmptyAndOtherwiseKeptAsJson() {
    NewsItem merged =
        new NewsItem(first.date(), second.title(), first.paragraphs(), first.span(), List.of());
    MergedStory derived = pair(merged, List.of(first.title(), second.title()));
    assertThat(DerivedColumns.merged(derived)).isEmpty();
    assertThat(DerivedColumns.fieldSources(derived)).startsWith("{");
    assertThat(DerivedColumns.titleVariants(derived)).isEmpty();
    assertThat(readBack(derived)).isEqualTo(derived);

    // with the first member's labels, a title the sources do not name, variants in another order
    for (NewsItem other :
        List.of(
            new NewsItem(
                first.date(), second.title(), first.paragraphs(), first.span(), List.of("x")),
            new NewsItem(
                first.date(), first.title(), first.paragraphs(), first.span(), List.of()))) {
      MergedStory kept = pair(other, List.of(second.title(), first.title()));
      assertThat(DerivedColumns.merged(kept)).startsWith("{");
      assertThat(DerivedColumns.titleVariants(kept)).startsWith("[");
      assertThat(readBack(kept)).isEqualTo(kept);
    }
  }

  @Test
  void anEmptyColumnWithoutMembersIsADamagedRow() {
    assertThatThrownBy(
            () ->
                DerivedColumns.merged(
                    DerivedColumns.DERIVED, List.of(), DerivedColumns.fieldSources("")))
        .isInstanceOf(IllegalStateException.class);
  }
}
