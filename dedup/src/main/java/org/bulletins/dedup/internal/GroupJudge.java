package org.bulletins.dedup.internal;

import java.util.HashMap;
import java.util.Map;
import org.bulletins.dedup.internal.crosslang.CrossLanguageRun;
import org.bulletins.dedup.internal.sketch.ItemSignature;
import org.bulletins.dedup.internal.terms.DistinctiveTerms;
import org.bulletins.model.MatchEvidence;

/**
 * The batch's verdict on pairs of one group while it is merged, each member's terms unpacked once:
 * the merger links every exact copy to the first member with its content and every unit's first
 * member to each earlier one, so one member takes part in many of the links judged again, and
 * unpacking its terms ({@link Pipeline.LazyTerms#get}) for each was a large part of merging. The
 * verdicts are those of the batch's judge. Not thread-safe: one per group, used by the thread that
 * merges it.
 */
final class GroupJudge implements StoryClusterer.Judge {

  private final PairVerifier verifier;
  private final ItemSignature[] signatures;
  private final Pipeline.LazyTerms terms;
  private final CrossLanguageRun cross;
  private final Map<Integer, DistinctiveTerms> unpacked = new HashMap<>();

  /**
   * A judge for one group.
   *
   * @param verifier the batch's verifier
   * @param signatures the batch's signatures
   * @param terms the batch's terms
   * @param cross the batch's cross-language rule
   */
  GroupJudge(
      PairVerifier verifier,
      ItemSignature[] signatures,
      Pipeline.LazyTerms terms,
      CrossLanguageRun cross) {
    this.verifier = verifier;
    this.signatures = signatures;
    this.terms = terms;
    this.cross = cross;
  }

  @Override
  public MatchEvidence judge(int left, int right) {
    return cross.decide(
        verifier.verify(signatures[left], termsOf(left), signatures[right], termsOf(right)),
        left,
        right);
  }

  private DistinctiveTerms termsOf(int item) {
    return unpacked.computeIfAbsent(item, terms::get);
  }
}
