package org.bulletins.dedup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class LongSetTest {

  /** Any sequence of additions answers as a HashSet does, 0 and repeats included. */
  @Property(tries = 200)
  void answersAsAHashSet(@ForAll long seed, @ForAll @IntRange(min = 0, max = 3000) int additions) {
    SplittableRandom random = new SplittableRandom(seed);
    int alphabet = 1 + random.nextInt(additions + 2);
    LongSet set = new LongSet();
    Set<Long> expected = new HashSet<>();
    for (int a = 0; a < additions; a++) {
      // Packed pairs as the index makes them, from a small alphabet so that repeats occur.
      long value = ((long) random.nextInt(alphabet) << 32) | random.nextInt(alphabet);
      assertThat(set.add(value)).isEqualTo(expected.add(value));
    }
    for (long value : expected) {
      assertThat(set.contains(value)).isTrue();
    }
    for (int probe = 0; probe < 200; probe++) {
      long value = random.nextLong();
      assertThat(set.contains(value)).isEqualTo(expected.contains(value));
    }
  }
}
