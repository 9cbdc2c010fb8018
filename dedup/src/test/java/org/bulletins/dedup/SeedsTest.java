package org.bulletins.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bulletins.model.ClusterKind;
import org.bulletins.model.ItemField;
import org.bulletins.model.MatchEvidence;
import org.bulletins.model.MatchRule;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;
import org.junit.jupiter.api.Test;

/** The five real seed pages: 48 items, 44 stories. */
class SeedsTest {

  static final String CENTRAL =
      "Central America bolsters protocols for assistance to migrants in crisis situations";
  static final String REGIONAL =
      "Regional mechanisms strengthen actions to include and tend to migrants in crisis situations";

  final List<NewsItem> items = SeedItems.items();
  final DedupResult result = DedupEngine.create().deduplicate(items);

  @Test
  void fortyEightItemsMakeFortyFourStories() {
    assertThat(items).hasSize(48);
    assertThat(result.inputCount()).isEqualTo(48);
    assertThat(result.stories()).hasSize(44);
    assertThat(result.stories().stream().flatMap(s -> s.members().stream()))
        .containsExactlyInAnyOrderElementsOf(items);
  }

  @Test
  void theThreeCopiesOnPages001And002AreMergedExactly() {
    List<MergedStory> exact = result.storiesOfKind(ClusterKind.EXACT);
    assertThat(exact).hasSize(3);
    for (MergedStory story : exact) {
      assertThat(story.members()).hasSize(2);
      assertThat(story.members())
          .extracting(m -> m.span().source())
          .anyMatch(s -> s.contains("001_"))
          .anyMatch(s -> s.contains("002_"));
      assertThat(story.links())
          .singleElement()
          .satisfies(l -> assertThat(l.evidence().rule()).isEqualTo(MatchRule.EXACT_COPY));
    }
  }

  @Test
  void theWorkshopToldTwiceInPage003IsOneRewrite() {
    List<MergedStory> rewrites = result.storiesOfKind(ClusterKind.REWRITE);
    assertThat(rewrites)
        .singleElement()
        .satisfies(
            story -> {
              assertThat(story.titleVariants()).containsExactlyInAnyOrder(CENTRAL, REGIONAL);
              assertThat(story.fieldSources()).containsOnlyKeys(ItemField.values());
              MatchEvidence e = story.links().get(0).evidence();
              assertThat(e.rule()).isEqualTo(MatchRule.REWRITE);
              assertThat(e.sharedTerms())
                  .anyMatch(t -> t.contains("PCGIR"))
                  .anyMatch(t -> t.contains("RCM"));
              assertThat(e.conflictingTerms()).isEmpty();
            });
  }

  @Test
  void everythingElseIsASingleton() {
    assertThat(result.storiesOfKind(ClusterKind.SINGLETON)).hasSize(44 - 3 - 1);
    assertThat(result.storiesOfKind(ClusterKind.NEAR_DUPLICATE)).isEmpty();
  }

  @Test
  void candidateGenerationComparesFarFewerThanAllPairs() {
    int allPairs = items.size() * (items.size() - 1) / 2;
    assertThat(Stages.candidatePairs(DedupEngine.create(), items).size()).isLessThan(allPairs / 3);
  }

  @Test
  void theIndexAgreesWithTheBatchRun() {
    DedupIndex index = DedupEngine.create().newIndex();
    index.addAll(items.subList(0, 20));
    index.addAll(items.subList(20, 48));
    assertThat(index.stories()).isEqualTo(result.stories());
  }
}
