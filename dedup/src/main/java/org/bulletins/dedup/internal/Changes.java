package org.bulletins.dedup.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bulletins.model.MatchEvidence;

/**
 * What changed in an {@link IncrementalIndex} since a store last wrote it back: the groups created
 * or changed, and the unit pairs whose verdict was recorded. Off until {@link #track} is called, so
 * that an index nobody writes back (the library's {@code DedupIndex}) keeps nothing twice.
 */
final class Changes {

  private boolean tracking;
  private final Set<Integer> groups = new HashSet<>();
  private final Map<CandidatePair, MatchEvidence> pairs = new LinkedHashMap<>();

  void track() {
    tracking = true;
  }

  boolean tracking() {
    return tracking;
  }

  void group(int group) {
    if (tracking && group >= 0) {
      groups.add(group);
    }
  }

  /** Records a verdict; a verdict apart matters only where the pair was same-story before. */
  void pair(CandidatePair pair, MatchEvidence evidence, MatchEvidence before) {
    boolean wasSame = before != null && before.sameStory();
    if (tracking && (evidence.sameStory() || wasSame)) {
      pairs.put(pair, evidence);
    }
  }

  /** The changed groups, forgotten here. */
  List<Integer> takeGroups() {
    List<Integer> out = new ArrayList<>(groups);
    groups.clear();
    return out;
  }

  /** The recorded pairs with their latest verdict, in order of first record, forgotten here. */
  Map<CandidatePair, MatchEvidence> takePairs() {
    Map<CandidatePair, MatchEvidence> out = new LinkedHashMap<>(pairs);
    pairs.clear();
    return out;
  }
}
