package org.bulletins.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bulletins.dedup.Items.IGM;
import static org.bulletins.dedup.Items.IGM_BODY;
import static org.bulletins.dedup.Items.item;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bulletins.model.ClusterKind;
import org.bulletins.model.ItemField;
import org.bulletins.model.MatchEvidence;
import org.bulletins.model.MatchRule;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;
import org.junit.jupiter.api.Test;

class DedupEngineTest {

  @Test
  void optionsAreValidatedEagerlyAndNamed() {
    assertThatThrownBy(() -> DedupOptions.builder().dateWindowDays(-1))
        .hasMessage("dateWindowDays must be in [0, 36525], was -1");
    assertThatThrownBy(() -> DedupOptions.builder().lsh(0, 5)).hasMessageContaining("bands");
    assertThatThrownBy(() -> DedupOptions.builder().lsh(5, 0)).hasMessageContaining("rows");
    assertThatThrownBy(() -> DedupOptions.builder().nearDuplicateContainment(1.5))
        .hasMessageContaining("nearDuplicateContainment");
    assertThatThrownBy(() -> DedupOptions.builder().maxClusterSize(1))
        .hasMessageContaining("maxClusterSize");
    assertThatThrownBy(() -> DedupOptions.builder().shingleSize(0))
        .hasMessageContaining("shingleSize");
    assertThatThrownBy(() -> DedupOptions.builder().maxTermBlockSize(1))
        .hasMessage("maxTermBlockSize must be in [2, 5000], was 1");
    assertThatThrownBy(() -> DedupOptions.builder().maxBlockSize(Integer.MAX_VALUE))
        .hasMessage("maxBlockSize must be in [2, 5000], was 2147483647");
    assertThatThrownBy(() -> DedupOptions.builder().maxClusterSize(1 << 20))
        .hasMessageContaining("maxClusterSize");
  }

  @Test
  void termPairBlocksHaveTheirOwnSmallerCap() {
    DedupOptions options = DedupOptions.builder().maxBlockSize(100).maxTermBlockSize(20).build();
    assertThat(options.maxTermBlockSize()).isEqualTo(20);
    assertThat(options.toBuilder().maxBlockSize(10).build().maxTermBlockSize()).isEqualTo(20);
    assertThat(DedupOptions.defaults().maxTermBlockSize())
        .isEqualTo(DedupOptions.DEFAULT_MAX_TERM_BLOCK_SIZE);
  }

  @Test
  void builtOptionsAreKept() {
    DedupEngine engine =
        DedupEngine.of(DedupOptions.builder().dateWindowDays(1).lsh(25, 4).hashSeed(7).build());
    assertThat(engine.options().dateWindowDays()).isEqualTo(1);
    assertThat(engine.options().bands() * engine.options().rows()).isEqualTo(100);
    assertThat(engine.options().hashSeed()).isEqualTo(7);
    assertThat(DedupEngine.create().options()).isEqualTo(DedupOptions.defaults());
  }

  @Test
  void emptyInputGivesNoStories() {
    assertThat(DedupEngine.create().deduplicate(List.of()).stories()).isEmpty();
  }

  @Test
  void mergePolicyPicksCleanTitleFullBodyAndAgreedDate() {
    String teaser = IGM_BODY.substring(0, 120) + " Read more";
    NewsItem prefixed = item("b.txt", 1, "2021-06-09", "IOM: " + IGM.title(), teaser);
    NewsItem shouting =
        item("c.txt", 1, "2021-06-10", IGM.title().toUpperCase(java.util.Locale.ROOT), IGM_BODY);
    NewsItem third =
        item("d.txt", 1, "2021-06-09", IGM.title() + " | IOM", IGM_BODY.substring(0, 200) + "…");
    DedupResult result = DedupEngine.create().deduplicate(List.of(prefixed, shouting, IGM, third));
    assertThat(result.stories())
        .singleElement()
        .satisfies(
            story -> {
              assertThat(story.kind()).isEqualTo(ClusterKind.NEAR_DUPLICATE);
              assertThat(story.merged().title()).isEqualTo(IGM.title());
              assertThat(story.merged().paragraphs()).containsExactly(IGM_BODY);
              assertThat(story.merged().date()).contains(LocalDate.of(2021, 6, 9));
              assertThat(story.sourceOf(ItemField.TITLE)).isEqualTo(IGM);
              assertThat(story.sourceOf(ItemField.DATE).date()).contains(LocalDate.of(2021, 6, 9));
              assertThat(story.titleVariants()).hasSize(4);
              assertThat(story.links()).hasSize(6).allMatch(l -> l.evidence().sameStory());
            });
  }

  /**
   * Two units of copies (an item and its copy; a teaser of it and the teaser's copy): a copy links
   * to its unit's first member, and the units are linked through their first members only.
   */
  @Test
  void unitsAreLinkedThroughTheirFirstMembers() {
    String teaser = IGM_BODY.substring(0, 120) + " Read more";
    NewsItem copy = item("a2.txt", 1, "2021-06-09", IGM.title(), IGM_BODY);
    NewsItem prefixed = item("b.txt", 1, "2021-06-09", "IOM: " + IGM.title(), teaser);
    NewsItem prefixedCopy = item("b2.txt", 1, "2021-06-09", "IOM: " + IGM.title(), teaser);
    DedupResult result =
        DedupEngine.create().deduplicate(List.of(IGM, copy, prefixed, prefixedCopy));
    assertThat(result.stories())
        .singleElement()
        .satisfies(
            story -> {
              assertThat(story.members()).containsExactly(IGM, copy, prefixed, prefixedCopy);
              assertThat(story.links())
                  .extracting(link -> link.left() + "-" + link.right())
                  .containsExactly("0-1", "0-2", "2-3");
            });
  }

  @Test
  void otherPoliciesApply() {
    NewsItem early = item("b.txt", 1, "2021-06-08", "IOM: " + IGM.title(), IGM_BODY);
    DedupEngine engine =
        DedupEngine.of(
            DedupOptions.builder()
                .mergePolicy(
                    MergePolicy.defaults()
                        .withDate(MergePolicy.DateRule.LATEST)
                        .withTitle(MergePolicy.TitleRule.LONGEST))
                .build());
    MergedStory story = engine.deduplicate(List.of(IGM, early)).stories().get(0);
    assertThat(story.merged().date()).contains(LocalDate.of(2021, 6, 9));
    assertThat(story.merged().title()).startsWith("IOM: ");
  }

  @Test
  void clustersDoNotChainThroughAMiddleItem() {
    // A ~ B and B ~ C by explain, but A and C are too far apart in time: never one story.
    NewsItem a = item("a", 1, "2021-06-06", IGM.title(), IGM_BODY);
    NewsItem b = item("b", 1, null, IGM.title(), IGM_BODY);
    NewsItem c = item("c", 1, "2021-06-12", IGM.title(), IGM_BODY);
    DedupEngine engine = DedupEngine.create();
    assertThat(engine.explain(a, b).sameStory()).isTrue();
    assertThat(engine.explain(b, c).sameStory()).isTrue();
    assertThat(engine.explain(a, c).sameStory()).isFalse();
    DedupResult result = engine.deduplicate(List.of(a, b, c));
    assertThat(result.stories()).hasSize(2);
    for (MergedStory story : result.stories()) {
      for (int i = 0; i < story.members().size(); i++) {
        for (int j = i + 1; j < story.members().size(); j++) {
          assertThat(engine.explain(story.members().get(i), story.members().get(j)).sameStory())
              .isTrue();
        }
      }
    }
  }

  @Test
  void clusterSizeIsBounded() {
    List<NewsItem> copies = new java.util.ArrayList<>();
    for (int i = 0; i < 6; i++) {
      copies.add(
          item(
              "s" + i,
              1,
              "2021-06-09",
              IGM.title() + " (copy " + "abcdef".charAt(i) + ")",
              IGM_BODY + " Copy " + "abcdef".charAt(i) + "."));
    }
    DedupResult result =
        DedupEngine.of(DedupOptions.builder().maxClusterSize(4).build()).deduplicate(copies);
    assertThat(result.stories()).allMatch(s -> s.members().size() <= 4);
    assertThat(result.stories().stream().mapToInt(s -> s.members().size()).sum()).isEqualTo(6);
  }

  @Test
  void theStagesOneByOneGiveTheEngineResult() {
    List<NewsItem> items =
        List.of(
            IGM,
            item("b", 1, "2021-06-10", "IOM: " + IGM.title(), IGM_BODY),
            item(
                "c",
                1,
                "2021-06-10",
                "Another story entirely",
                "Nothing in common with the other two items at all, none."));
    DedupEngine engine = DedupEngine.create();
    assertThat(Stages.candidatePairs(engine, items))
        .contains(new org.bulletins.dedup.internal.CandidatePair(0, 1));
    List<MergedStory> plain = Stages.plain(engine, items);
    assertThat(plain).hasSize(2);
    assertThat(plain.get(0).members()).hasSize(2);
    assertThat(engine.deduplicate(items).stories()).isEqualTo(plain);
    MatchEvidence e = engine.explain(items.get(0), items.get(1));
    assertThat(e.rule()).isEqualTo(MatchRule.SAME_TEXT);
    assertThat(e.sameStory()).isTrue();
    assertThat(e.strength()).isEqualTo(e.scores().get("strength")).isGreaterThan(0.9);
  }

  @Test
  void exactCopiesAreOneUnit() {
    NewsItem copy = IGM.withSpan(new org.bulletins.model.SourceSpan("z.txt", 5, 5, 7));
    MergedStory story = DedupEngine.create().deduplicate(List.of(copy, IGM)).stories().get(0);
    assertThat(story.kind()).isEqualTo(ClusterKind.EXACT);
    assertThat(story.members()).containsExactly(IGM, copy); // by source, then line
    assertThat(story.merged()).isEqualTo(IGM);
    assertThat(story.merged().date()).isEqualTo(Optional.of(LocalDate.of(2021, 6, 9)));
  }
}
