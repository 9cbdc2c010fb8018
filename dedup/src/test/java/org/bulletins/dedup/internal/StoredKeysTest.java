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
import org.bulletins.dedup.internal.sketch.SignedCodec;
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

  /**
   * Units kept with their term-pair keys as term hashes hand out the same (key, unit)s, in the same
   * order, as the same units kept with every key made: with no filter, and with a filter that wants
   * some keys a few times each (repeated keys, units of no terms and of one term among them).
   */
  @Property(tries = 60)
  void termHashesGiveTheKeysOfTheirPairsInOrder(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 300) int units) {
    assertSameScans(new SplittableRandom(seed), units, 12);
  }

  /**
   * As above, for units whose longs cross the keys' chunks (a million longs each), the scans
   * compared by a hash of their sequence and its length.
   */
  @Test
  void unitsAcrossChunksGiveTheSameKeys() {
    SplittableRandom random = new SplittableRandom(18);
    StoredKeys compact = new StoredKeys();
    StoredKeys whole = new StoredKeys();
    long kept = 0;
    for (int u = 0; kept < 3L << 20; u++) {
      long[] keys = new long[1 + random.nextInt(40)];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = random.nextLong();
      }
      int terms = random.nextInt(Math.min(keys.length, 8) + 1);
      compact.add(keys, terms);
      whole.add(new SignedCodec.Compact(null, keys, terms).signed().keys());
      kept += keys.length;
    }
    assertThat(digest(compact)).isEqualTo(digest(whole));
    // A filter in parts over the same units: its scan's batches of made keys end inside units'
    // runs of the kept chunks; each wanted key handed out as often, in order, as by one part.
    long[] wanted = new long[5_000];
    int[] additions = new int[wanted.length];
    List<Long> everyKey = new ArrayList<>();
    whole.forEachOf(null, (key, unit) -> everyKey.add(key));
    for (int i = 0; i < wanted.length; i++) {
      wanted[i] = everyKey.get(random.nextInt(everyKey.size()));
      additions[i] = 1 + random.nextInt(3);
    }
    List<String> onePart = scan(whole, filter(wanted, additions, 1));
    assertThat(onePart).hasSizeGreaterThan(wanted.length / 2);
    assertThat(scan(compact, filter(wanted, additions, 2))).isEqualTo(onePart);
    assertThat(scan(compact, filter(wanted, additions, 8))).isEqualTo(onePart);
  }

  private static List<Long> digest(StoredKeys keys) {
    long[] hashAndCount = new long[2];
    keys.forEachOf(
        null,
        (key, unit) -> {
          hashAndCount[0] = 31 * (31 * hashAndCount[0] + key) + unit;
          hashAndCount[1]++;
        });
    return List.of(hashAndCount[0], hashAndCount[1]);
  }

  private static void assertSameScans(SplittableRandom random, int units, int maxTerms) {
    long[] alphabet = new long[1 + random.nextInt(200)];
    for (int i = 0; i < alphabet.length; i++) {
      alphabet[i] = random.nextLong();
    }
    StoredKeys compact = new StoredKeys();
    StoredKeys whole = new StoredKeys();
    for (int u = 0; u < units; u++) {
      int other = random.nextInt(12);
      int terms = random.nextInt(maxTerms + 1);
      long[] keys = new long[other + terms];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = alphabet[random.nextInt(alphabet.length)];
      }
      compact.add(keys, terms);
      whole.add(new SignedCodec.Compact(null, keys, terms).signed().keys());
    }
    assertThat(scan(compact, null)).isEqualTo(scan(whole, null));
    List<Long> everyKey = new ArrayList<>();
    whole.forEachOf(null, (key, unit) -> everyKey.add(key));
    long[] wanted = new long[1 + random.nextInt(50)];
    int[] additions = new int[wanted.length];
    for (int i = 0; i < wanted.length; i++) {
      wanted[i] =
          everyKey.isEmpty() ? random.nextLong() : everyKey.get(random.nextInt(everyKey.size()));
      additions[i] = 1 + random.nextInt(4);
    }
    List<String> filtered = scan(whole, filter(wanted, additions, 1));
    for (int parts : new int[] {1, 2, 8}) { // a filter in parts scans in batches on all cores
      assertThat(scan(compact, filter(wanted, additions, parts))).isEqualTo(filtered);
    }
    assertThat(filtered.isEmpty()).isEqualTo(everyKey.isEmpty()); // a wanted key is handed out
  }

  private static StoredKeys.KeyFilter filter(long[] wanted, int[] additions, int parts) {
    StoredKeys.KeyFilter filter = new StoredKeys.KeyFilter(wanted.length, parts);
    for (int i = 0; i < wanted.length; i++) {
      filter.add(wanted[i], additions[i]);
    }
    return filter;
  }

  private static List<String> scan(StoredKeys keys, StoredKeys.KeyFilter filter) {
    List<String> out = new ArrayList<>();
    keys.forEachOf(filter, (key, unit) -> out.add(key + "@" + unit));
    return out;
  }

  /** Keys spread as hashes are, so that bits and slots differ from one to the next. */
  private static long key(int i) {
    return (i + 1) * 0x9E3779B97F4A7C15L;
  }
}
