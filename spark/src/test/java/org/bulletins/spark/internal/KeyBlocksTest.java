package org.bulletins.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import scala.Tuple2;

/** The blocks gathered from (key, item) entries equal those of a plain grouping by key. */
class KeyBlocksTest {

  @Property
  void blocksAreTheKeysOfTwoOrMoreItems(
      @ForAll @Size(max = 60) List<@Size(max = 8) Set<@LongRange(min = -12, max = 12) Long>> keys,
      @ForAll @IntRange(min = 1, max = 6) int bandCap,
      @ForAll @IntRange(min = 1, max = 6) int termCap) {
    // Item i holds keys.get(i); entries in item order.
    List<Long> entryKeys = new ArrayList<>();
    List<Long> entryItems = new ArrayList<>();
    Map<Long, List<Long>> byKey = new TreeMap<>();
    for (int i = 0; i < keys.size(); i++) {
      for (long key : keys.get(i)) {
        entryKeys.add(key);
        entryItems.add((long) i);
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add((long) i);
      }
    }
    KeyBlocks.Caps caps = new KeyBlocks.Caps(bandCap, termCap);
    KeyBlocks blocks =
        KeyBlocks.gather(
            entryKeys.stream().mapToLong(Long::longValue).toArray(),
            entryItems.stream().mapToLong(Long::longValue).toArray(),
            caps);

    List<Tuple2<Long, Long>> capped = new ArrayList<>();
    List<Long> pairs = new ArrayList<>();
    int multi = 0;
    for (Map.Entry<Long, List<Long>> e : byKey.entrySet()) {
      List<Long> members = e.getValue();
      if (members.size() < 2) {
        continue;
      }
      multi++;
      if (members.size() > caps.of(e.getKey())) {
        capped.add(new Tuple2<>(e.getKey(), (long) members.size()));
        continue;
      }
      for (int x = 0; x < members.size(); x++) {
        for (int y = x + 1; y < members.size(); y++) {
          pairs.add(PairShuffle.pair(members.get(x), members.get(y)));
        }
      }
    }
    List<Long> got = new ArrayList<>();
    blocks.pairs(got::add);

    assertThat(blocks.size()).isEqualTo(multi);
    assertThat(blocks.capped()).containsExactlyElementsOf(capped);
    assertThat(got).containsExactlyInAnyOrderElementsOf(pairs);
  }
}
