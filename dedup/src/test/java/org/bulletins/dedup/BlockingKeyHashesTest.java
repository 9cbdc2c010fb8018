package org.bulletins.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bulletins.dedup.internal.ItemFeatures;
import org.junit.jupiter.api.Test;

/**
 * The hashed blocking keys of batch deduplication make the same blocks as the string keys that
 * {@link DedupIndex} and {@link CandidateGenerator#candidatePairs} use, so batch and incremental
 * runs meet the same candidates.
 */
class BlockingKeyHashesTest {

  @Test
  void hashedKeysMakeTheSameBlocksAsStringKeys() throws IOException {
    List<EvaluationTest.Labelled> set = new ArrayList<>();
    EvaluationTest.loadHandWritten(set, EvaluationTest.addSeedPerturbations(set));
    DedupEngine engine = DedupEngine.create();
    CandidateGenerator generator = engine.candidates();
    Map<String, Set<Integer>> byString = new HashMap<>();
    Map<Long, Set<Integer>> byHash = new HashMap<>();
    int termKeys = 0;
    for (int i = 0; i < set.size(); i++) {
      ItemFeatures f = ItemFeatures.of(set.get(i).item(), engine.options().shingleSize());
      List<String> strings = generator.blockingKeys(f);
      long[] hashes = generator.blockingKeyHashes(f);
      assertThat(hashes).hasSize(strings.size());
      long strTerms = strings.stream().filter(k -> k.startsWith(CandidateGenerator.TERMS_PREFIX)).count();
      long hashTerms = java.util.Arrays.stream(hashes).filter(h -> h < 0).count();
      assertThat(hashTerms).as("term-pair keys carry the top bit").isEqualTo(strTerms);
      termKeys += (int) strTerms;
      for (String k : strings) {
        byString.computeIfAbsent(k, x -> new TreeSet<>()).add(i);
      }
      for (long h : hashes) {
        byHash.computeIfAbsent(h, x -> new TreeSet<>()).add(i);
      }
    }
    Set<Set<Integer>> stringBlocks = new HashSet<>(byString.values());
    Set<Set<Integer>> hashBlocks = new HashSet<>(byHash.values());
    assertThat(hashBlocks).isEqualTo(stringBlocks);
    assertThat(byHash).hasSameSizeAs(byString);
    assertThat(termKeys).isGreaterThan(1000);
    assertThat(stringBlocks.stream().filter(b -> b.size() >= 2).count()).isGreaterThan(100);
  }
}
