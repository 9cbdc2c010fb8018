package org.bulletins.dedup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class UnitKeysTest {

  /**
   * Any puts (0, negative and repeated keys, changed units) answer as a HashMap does, with room
   * reserved first or not.
   */
  @Property(tries = 100)
  void answersAsAHashMap(@ForAll long seed, @ForAll @IntRange(min = 0, max = 5000) int puts) {
    SplittableRandom random = new SplittableRandom(seed);
    long[] alphabet = new long[1 + random.nextInt(puts + 1)];
    for (int i = 0; i < alphabet.length; i++) {
      alphabet[i] = i < 3 ? i - 1 : random.nextLong(); // -1, 0 and 1 among them
    }
    UnitKeys table = new UnitKeys();
    if (random.nextBoolean()) {
      table.reserve(random.nextInt(2 * alphabet.length + 1)); // room for fewer or more keys
    }
    Map<Long, Integer> expected = new HashMap<>();
    for (int p = 0; p < puts; p++) {
      long key = alphabet[random.nextInt(alphabet.length)];
      int unit = random.nextInt(1 << 20);
      table.put(key, unit);
      expected.put(key, unit);
    }
    for (long key : alphabet) {
      assertThat(table.unitOf(key)).isEqualTo(expected.getOrDefault(key, -1));
    }
    for (int probe = 0; probe < 100; probe++) {
      long key = random.nextLong();
      assertThat(table.unitOf(key)).isEqualTo(expected.getOrDefault(key, -1));
    }
  }
}
