package org.bulletins.dedup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.bulletins.dedup.internal.sketch.SignedCodec;
import org.junit.jupiter.api.Test;

class StoredKeysTest {

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
    List<String> filtered = scan(compact, filter(wanted, additions));
    assertThat(filtered).isEqualTo(scan(whole, filter(wanted, additions)));
    assertThat(filtered.isEmpty()).isEqualTo(everyKey.isEmpty()); // a wanted key is handed out
  }

  private static StoredKeys.KeyFilter filter(long[] wanted, int[] additions) {
    StoredKeys.KeyFilter filter = new StoredKeys.KeyFilter(wanted.length);
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
}
