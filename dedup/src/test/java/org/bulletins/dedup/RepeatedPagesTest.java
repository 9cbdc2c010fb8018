package org.bulletins.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.bulletins.dedup.internal.BatchDedup;
import org.bulletins.dedup.internal.Pipeline;
import org.bulletins.dedup.internal.sketch.CandidatePairs;
import org.bulletins.dedup.internal.sketch.ItemSignature;
import org.bulletins.dedup.internal.sketch.ItemSigner;
import org.bulletins.model.NewsItem;
import org.bulletins.model.SourceSpan;
import org.junit.jupiter.api.Test;

/**
 * A batch whose items repeat on other pages, signed one item at a time per thread (so that the
 * threads interleave item by item and repeats find their copies signed, or not yet, in every way),
 * gives the stories and ids of the same batch with every item signed on its own. Pages whose
 * sources sort first make some repeats their content id's representative, whose keys the blocks
 * then read.
 */
class RepeatedPagesTest {

  @Test
  void repeatsTakingTheirCopysSigningGiveTheStoriesOfEveryItemSignedAlone() throws IOException {
    Pipeline pipeline = DedupEngine.create().pipeline();
    List<NewsItem> originals = EvaluationTest.evaluationAndSeedItemsPerturbed();
    for (long seed = 1; seed <= 3; seed++) {
      List<NewsItem> items = onPages(originals, seed);
      BatchDedup.Outcome reused =
          new BatchDedup(pipeline, CandidatePairs.DEFAULT_CHUNK_PAIRS, 1).runWithIds(items);
      BatchDedup.Outcome alone = signedAlone(pipeline, items);
      assertThat(reused.stories()).as("seed %s", seed).isEqualTo(alone.stories());
      assertThat(reused.memberIds()).as("seed %s", seed).isEqualTo(alone.memberIds());
      assertThat(reused.stories().size()).isLessThan(originals.size());
    }
  }

  /**
   * An index that reads pages again: the items added, then twice more on pages that sort before
   * theirs (each reading an add of its own, shuffled), some items word for word and some in
   * capitals with other spacing (the same content id, another text). Every repeat becomes its
   * content's representative: the index keeps the verdicts of a word-for-word repeat whose items'
   * order stays as it was, and judges the others again. Its stories are the batch's of all items.
   */
  @Test
  void anIndexReadingPagesAgainGivesTheBatchStories() throws IOException {
    DedupEngine engine = DedupEngine.create();
    List<NewsItem> originals = EvaluationTest.evaluationAndSeedItemsPerturbed();
    Random random = new Random(7);
    DedupIndex index = engine.newIndex().addAll(originals);
    List<NewsItem> all = new ArrayList<>(originals);
    // Before every source name ("../seeds/..." included): '+' sorts before '-', '-' before '.'.
    for (String prefix : List.of("-again-", "+again-")) {
      List<NewsItem> reading = new ArrayList<>();
      for (NewsItem item : originals) {
        int kind = random.nextInt(4);
        if (kind > 0) {
          NewsItem copy = kind == 1 ? Perturb.apply("case-and-space", item, random) : item;
          reading.add(onPage(copy, prefix));
        }
      }
      Collections.shuffle(reading, random);
      index.addAll(reading);
      all.addAll(reading);
    }
    assertThat(index.stories()).isEqualTo(engine.deduplicate(all).stories());
  }

  /** The items, and each again on two pages of its own: one sorting before it, one after. */
  private static List<NewsItem> onPages(List<NewsItem> originals, long seed) {
    Random random = new Random(seed);
    List<NewsItem> items = new ArrayList<>(originals);
    for (NewsItem item : originals) {
      for (String prefix : List.of("0-early-", "~late-")) {
        if (random.nextInt(3) > 0) {
          items.add(onPage(item, prefix));
        }
      }
    }
    Collections.shuffle(items, random);
    return items;
  }

  /** The item read again on another page: its source's name with a prefix, all else the same. */
  static NewsItem onPage(NewsItem item, String prefix) {
    SourceSpan span = item.span();
    return item.withSpan(
        new SourceSpan(
            prefix + span.source(), span.firstLine(), span.titleLine(), span.lastLine()));
  }

  /** The batch's later stages on signatures, keys and terms made for each item by itself. */
  private static BatchDedup.Outcome signedAlone(Pipeline pipeline, List<NewsItem> items) {
    ItemSignature[] signatures = new ItemSignature[items.size()];
    long[][] keys = new long[items.size()][];
    Pipeline.LazyTerms terms = new Pipeline.LazyTerms(items);
    for (int i = 0; i < items.size(); i++) {
      ItemSigner.Signed signed = pipeline.signer().sign(items.get(i));
      signatures[i] = signed.signature();
      keys[i] = signed.keys();
      terms.offer(i, signed.terms());
    }
    return new BatchDedup(pipeline, CandidatePairs.DEFAULT_CHUNK_PAIRS)
        .runSigned(items, signatures, keys, terms);
  }
}
