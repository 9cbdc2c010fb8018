package org.bulletins.dedup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class StoredKeysTest {

  /**
   * The kept (key, unit) pairs a filter lets through are, in order, those of a plain scan: each
   * wanted key's first additions, as many as it wants, whether the filter was filled key by key or
   * in parts on several threads ({@code addAll}), and whether it was made for as many keys as it is
   * given or for far fewer (then its tables grow).
   */
  @Property(tries = 300)
  void aFilterTakesEachWantedKeysFirstAdditions(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 300) int units,
      @ForAll @IntRange(min = 0, max = 3) int partBits,
      @ForAll boolean inBulk) {
    SplittableRandom random = new SplittableRandom(seed);
    int alphabet = 1 + random.nextInt(400);
    StoredKeys stored = new StoredKeys();
    List<long[]> kept = new ArrayList<>();
    for (int u = 0; u < units; u++) {
      long[] keys = new long[random.nextInt(12)];
      for (int k = 0; k < keys.length; k++) {
        keys[k] = key(random.nextInt(alphabet));
      }
      stored.add(keys);
      kept.add(keys);
    }
    int adds = random.nextInt(3 * alphabet);
    long[][] given = new long[adds][];
    Map<Long, Integer> additionsOf = new HashMap<>();
    for (int i = 0; i < adds; i++) {
      long key = key(random.nextInt(2 * alphabet)); // half of them kept by no unit
      given[i] = new long[] {key};
      additionsOf.putIfAbsent(key, 1 + random.nextInt(5));
    }
    long expected = random.nextBoolean() ? adds : random.nextInt(4);
    StoredKeys.KeyFilter filter = new StoredKeys.KeyFilter(expected, 1 << partBits);
    Map<Long, Integer> wanted = new HashMap<>();
    if (inBulk) {
      filter.addAll(given, key -> key % 3 != 0, additionsOf::get);
      additionsOf.forEach(
          (key, additions) -> {
            if (key % 3 != 0) {
              wanted.put(key, additions);
            }
          });
    } else {
      for (long[] key : given) {
        boolean fresh = filter.add(key[0], additionsOf.get(key[0]));
        assertThat(fresh).isEqualTo(!wanted.containsKey(key[0]));
        wanted.putIfAbsent(key[0], additionsOf.get(key[0]));
      }
    }
    assertThat(filter.size()).isEqualTo(wanted.size());

    List<String> expectedOut = new ArrayList<>();
    Map<Long, Integer> left = new HashMap<>(wanted);
    for (int u = 0; u < units; u++) {
      for (long key : kept.get(u)) {
        Integer more = left.get(key);
        if (more != null && more > 0) {
          left.put(key, more - 1);
          expectedOut.add(key + "@" + u);
        }
      }
    }
    List<String> out = new ArrayList<>();
    stored.forEachOf(filter, (key, unit) -> out.add(key + "@" + unit));
    assertThat(out).containsExactlyElementsOf(expectedOut);
  }

  @Test
  void aFilterTellsOfEachDistinctKeyOnce() {
    StoredKeys.KeyFilter filter = new StoredKeys.KeyFilter(4, 8);
    filter.addAll(new long[][] {{key(1), key(2), key(1)}, {key(3), key(2)}}, key -> true, key -> 1);
    List<Long> keys = new ArrayList<>();
    filter.forEachKey(keys::add);
    assertThat(filter.size()).isEqualTo(3);
    assertThat(keys).containsExactlyInAnyOrder(key(1), key(2), key(3));
    assertThat(filter.take(key(2))).isTrue();
    assertThat(filter.take(key(2))).isFalse(); // one addition wanted
    assertThat(filter.take(key(4))).isFalse();
  }

  @Test
  void partsAreAPowerOfTwo() {
    assertThatThrownBy(() -> new StoredKeys.KeyFilter(10, 3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Keys spread as hashes are, so that bits and slots differ from one to the next. */
  private static long key(int i) {
    return (i + 1) * 0x9E3779B97F4A7C15L;
  }
}
