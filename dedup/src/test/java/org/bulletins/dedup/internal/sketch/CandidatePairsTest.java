package org.bulletins.dedup.internal.sketch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CandidatePairsTest {

  /** Random keys from a small alphabet, so that blocks of every size occur. */
  private static long[][] keys(int items, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long[][] keys = new long[items][];
    for (int i = 0; i < items; i++) {
      keys[i] = new long[random.nextInt(6)];
      for (int k = 0; k < keys[i].length; k++) {
        long key = random.nextInt(40) * 0x9E3779B97F4A7C15L;
        keys[i][k] = random.nextInt(4) == 0 ? key | Long.MIN_VALUE : key & Long.MAX_VALUE;
      }
    }
    return keys;
  }

  /** The pairs by the definition: every two items that share a key whose block is within cap. */
  private static TreeSet<Long> bruteForce(long[][] keys, int cap, int termCap) {
    TreeSet<Long> out = new TreeSet<>();
    java.util.Map<Long, TreeSet<Integer>> blocks = new java.util.HashMap<>();
    for (int i = 0; i < keys.length; i++) {
      for (long k : keys[i]) {
        blocks.computeIfAbsent(k, x -> new TreeSet<>()).add(i);
      }
    }
    blocks.forEach(
        (k, members) -> {
          if (members.size() <= (k < 0 ? Math.min(cap, termCap) : cap)) {
            List<Integer> m = new ArrayList<>(members);
            for (int x = 0; x < m.size(); x++) {
              for (int y = x + 1; y < m.size(); y++) {
                out.add((long) m.get(x) << 32 | m.get(y));
              }
            }
          }
        });
    return out;
  }

  @Test
  void chunksOfAnySizeGiveTheBlocksPairsOnceEach() {
    for (long seed = 1; seed <= 5; seed++) {
      long[][] keys = keys(300, seed);
      TreeSet<Long> expected = bruteForce(keys, 20, 8);
      for (int chunk : new int[] {1, 7, 100, 1 << 20}) {
        long[][] copy = new long[keys.length][];
        for (int i = 0; i < keys.length; i++) {
          copy[i] = keys[i].clone();
        }
        List<Long> got = new ArrayList<>();
        long[] last = {-1};
        long distinct =
            CandidatePairs.of(copy, 20, 8)
                .forEachChunk(
                    chunk,
                    (pairs, size) -> {
                      for (int p = 0; p < size; p++) {
                        assertThat(pairs[p])
                            .isGreaterThan(last[0]); // sorted, no repeats, chunks in order
                        last[0] = pairs[p];
                        got.add(pairs[p]);
                      }
                    });
        assertThat(got).as("seed %d, chunk %d", seed, chunk).containsExactlyElementsOf(expected);
        assertThat(distinct).isEqualTo(expected.size());
        last[0] = -1;
      }
    }
  }

  /**
   * With dates, the pairs are those without dates less the pairs dated further apart than the
   * window; an undated item pairs with any; block caps count every member, dated or not.
   */
  @Test
  void datedPairsAreTheUndatedPairsWithinTheWindow() {
    for (long seed = 1; seed <= 5; seed++) {
      long[][] keys = keys(300, seed);
      SplittableRandom random = new SplittableRandom(seed * 31);
      long[] day = new long[keys.length];
      for (int i = 0; i < day.length; i++) {
        day[i] = random.nextInt(5) == 0 ? ItemSignature.UNDATED : 19_000 + random.nextInt(12);
      }
      int window = (int) (seed % 4);
      TreeSet<Long> expected = new TreeSet<>();
      for (long p : bruteForce(keys, 20, 8)) {
        long a = day[(int) (p >>> 32)];
        long b = day[(int) p];
        if (a == ItemSignature.UNDATED || b == ItemSignature.UNDATED || Math.abs(a - b) <= window) {
          expected.add(p);
        }
      }
      assertThat(expected).isNotEmpty();
      for (int chunk : new int[] {1, 7, 100, 1 << 20}) {
        long[][] copy = new long[keys.length][];
        for (int i = 0; i < keys.length; i++) {
          copy[i] = keys[i].clone();
        }
        List<Long> got = new ArrayList<>();
        long distinct =
            CandidatePairs.of(copy, 20, 8, day, window)
                .forEachChunk(
                    chunk,
                    (pairs, size) -> {
                      for (int p = 0; p < size; p++) {
                        got.add(pairs[p]);
                      }
                    });
        assertThat(got)
            .as("seed %d, chunk %d, window %d", seed, chunk, window)
            .containsExactlyElementsOf(expected);
        assertThat(distinct).isEqualTo(expected.size());
      }
    }
  }

  /**
   * Days beyond an int's range (dates millions of years away, which {@link java.time.LocalDate}
   * allows) are held at its edges: every pair within the window is still made, and the only pairs
   * added are of two such days on one side (fails if a far day wraps around, or if the days were
   * compared after dropping their high bits).
   */
  @Test
  void daysBeyondAnIntStillPairWithinTheWindow() {
    long[] far = {
      java.time.LocalDate.MIN.toEpochDay(),
      -5_000_000_000L,
      Integer.MIN_VALUE,
      Integer.MIN_VALUE + 1L,
      -1,
      0,
      19_000,
      19_001,
      Integer.MAX_VALUE - 1L,
      Integer.MAX_VALUE,
      Integer.MAX_VALUE + 1L,
      4_294_986_296L, // 19,000 plus 2^32: the same low bits as 19,000
      java.time.LocalDate.MAX.toEpochDay(),
      ItemSignature.UNDATED
    };
    // Every item in one block (one shared key), each day twice.
    long[][] keys = new long[far.length * 2][];
    long[] day = new long[keys.length];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = new long[] {42};
      day[i] = far[i / 2];
    }
    for (int window = 1; window <= 3; window++) {
      assertDaysBeyondAnIntPair(keys, day, window);
    }
  }

  private static void assertDaysBeyondAnIntPair(long[][] keys, long[] day, int window) {
    TreeSet<Long> exact = new TreeSet<>();
    TreeSet<Long> atEdges = new TreeSet<>();
    for (int a = 0; a < keys.length; a++) {
      for (int b = a + 1; b < keys.length; b++) {
        long pair = (long) a << 32 | b;
        boolean undated = day[a] == ItemSignature.UNDATED || day[b] == ItemSignature.UNDATED;
        if (undated || Math.abs(day[a] - day[b]) <= window) {
          exact.add(pair);
        }
        if (undated || Math.abs(edge(day[a]) - edge(day[b])) <= window) {
          atEdges.add(pair);
        }
      }
    }
    assertThat(exact).hasSizeLessThan(atEdges.size());
    assertThat(pairs(CandidatePairs.of(copy(keys), 100, 100, day, window, 1), 1 << 20))
        .as("window %d", window)
        .containsAll(exact)
        .containsExactlyElementsOf(atEdges);
  }

  /** A day held at the edges of an int's range (the undated day aside). */
  private static long edge(long day) {
    return Math.max(Integer.MIN_VALUE + 1L, Math.min(Integer.MAX_VALUE, day));
  }

  /**
   * The passes split among threads give the pairs of one pass, dated or not, whatever the number of
   * parts (more parts than buckets or blocks included); the first chunk (with chunks of 7 pairs)
   * and the only one (with 2^20) are filled by one thread per part, each over its own left items.
   */
  @Test
  void anyNumberOfPartsGivesThePairsOfOnePass() {
    for (long seed = 1; seed <= 5; seed++) {
      long[][] keys = keys(300, seed);
      SplittableRandom random = new SplittableRandom(seed * 17);
      long[] day = new long[keys.length];
      for (int i = 0; i < day.length; i++) {
        day[i] = random.nextInt(5) == 0 ? ItemSignature.UNDATED : 19_000 + random.nextInt(12);
      }
      TreeSet<Long> undated = bruteForce(keys, 20, 8);
      TreeSet<Long> dated = new TreeSet<>();
      for (long p : undated) {
        long a = day[(int) (p >>> 32)];
        long b = day[(int) p];
        if (a == ItemSignature.UNDATED || b == ItemSignature.UNDATED || Math.abs(a - b) <= 2) {
          dated.add(p);
        }
      }
      assertThat(dated).isNotEmpty().hasSizeLessThan(undated.size());
      for (int parts : new int[] {1, 2, 3, 5, 64, 600}) {
        for (int chunk : new int[] {7, 1 << 20}) {
          assertThat(pairs(CandidatePairs.of(copy(keys), 20, 8, null, 0, parts), chunk))
              .as("seed %d, parts %d, chunk %d", seed, parts, chunk)
              .containsExactlyElementsOf(undated);
          assertThat(pairs(CandidatePairs.of(copy(keys), 20, 8, day, 2, parts), chunk))
              .as("dated, seed %d, parts %d, chunk %d", seed, parts, chunk)
              .containsExactlyElementsOf(dated);
        }
      }
    }
  }

  /**
   * The entries are sorted as one bucket per top index bits and a signed sort in each bucket would
   * sort them, though the buckets are finer (fails if the finer buckets' order is not that of the
   * signed sort).
   */
  @Test
  void finerBucketsSortTheEntriesAsOneBucketPerTopIndexBits() {
    for (int n : new int[] {1, 2, 5, 300, 5_000}) {
      SplittableRandom random = new SplittableRandom(n);
      long[][] keys = new long[n][];
      int indexBits = Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1)));
      List<long[]> expected = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        keys[i] = new long[random.nextInt(4)];
        for (int k = 0; k < keys[i].length; k++) {
          keys[i][k] = random.nextLong();
          expected.add(new long[] {keys[i][k] >>> (64 - indexBits), keys[i][k] << indexBits | i});
        }
      }
      expected.sort(
          java.util.Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]));
      long[] want = expected.stream().mapToLong(e -> e[1]).toArray();
      for (int parts : new int[] {1, 3}) {
        assertThat(CandidatePairs.entries(copy(keys), parts))
            .as("%d items, %d parts", n, parts)
            .containsExactly(want);
      }
    }
  }

  /**
   * The placing pass frees a chunk of keys when the last part that reads it has read its last item
   * there, and not before (fails if a chunk is freed early, which would lose keys, or only at the
   * end).
   */
  @Test
  void aChunkOfKeysIsFreedOnceEveryPartHasReadItsLastItem() {
    // Chunks of 4 keys, one thread: items 0-1 in chunk 0, 2-3 in chunk 1, 4-5 in chunk 2.
    BlockingKeys keys = new BlockingKeys(6, 4);
    for (int i = 0; i < 6; i++) {
      keys.put(i, new long[] {i, i + 100}, 2);
    }
    assertThat(keys.chunks().length).isEqualTo(3);
    // Two parts: items 0-2 and 3-5, so chunk 1 is read by both.
    CandidatePairs.ChunkRelease release = new CandidatePairs.ChunkRelease(keys, 2);
    int[] chunkOf = {0, 0, 1, 1, 2, 2};
    for (int i = 0; i < 6; i++) {
      release.uses(i < 3 ? 0 : 1, i, chunkOf[i]);
    }
    release.counted();
    release.read(0, 0, 0);
    assertThat(keys.chunks()[0]).isNotNull();
    release.read(0, 1, 0);
    assertThat(keys.chunks()[0]).isNull();
    release.read(0, 2, 1);
    assertThat(keys.chunks()[1]).as("part 1 still reads chunk 1").isNotNull();
    release.read(1, 3, 1);
    assertThat(keys.chunks()[1]).isNull();
    release.read(1, 4, 2);
    assertThat(keys.chunks()[2]).isNotNull();
    release.read(1, 5, 2);
    assertThat(keys.chunks()[2]).isNull();
  }

  /**
   * Both placing passes give the entries and bucket starts of a plain counting sort, for batches
   * where the fine buckets are none or a few bits (256 and 257 items lie on that edge) and for keys
   * that all fall in the first coarse buckets (the others, and most groups, empty).
   */
  @Test
  void thePlacedEntriesAndBucketStartsAreThoseOfOneCountingSort() {
    for (int n : new int[] {0, 1, 2, 5, 256, 257, 300, 5_000}) {
      for (boolean skewed : new boolean[] {false, true}) {
        SplittableRandom random = new SplittableRandom(n * 31L + (skewed ? 1 : 0));
        long[][] keys = new long[n][];
        for (int i = 0; i < n; i++) {
          keys[i] = new long[random.nextInt(4)];
          for (int k = 0; k < keys[i].length; k++) {
            keys[i][k] = skewed ? random.nextLong() >>> 12 : random.nextLong();
          }
        }
        int indexBits = Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1)));
        int bucketBits = Math.min(indexBits + 2, Math.max(indexBits, 24));
        int extra = bucketBits - indexBits;
        int signFlip = extra == 0 ? 0 : 1 << (extra - 1);
        List<long[]> byBucket = new ArrayList<>();
        int[] count = new int[(1 << bucketBits) + 1];
        for (int i = 0; i < n; i++) {
          for (long key : keys[i]) {
            int bucket = (int) (key >>> (64 - bucketBits)) ^ signFlip;
            count[bucket + 1]++;
            byBucket.add(new long[] {bucket, key << indexBits | i});
          }
        }
        for (int b = 0; b < (1 << bucketBits); b++) {
          count[b + 1] += count[b];
        }
        byBucket.sort(
            java.util.Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]));
        long[] want = byBucket.stream().mapToLong(e -> e[1]).toArray();
        for (int parts : new int[] {1, 2, 3}) {
          String as = n + " items, skewed " + skewed + ", " + parts + " parts";
          assertThat(CandidatePairs.entries(copy(keys), parts)).as(as).containsExactly(want);
          assertThat(CandidatePairs.bucketStarts(copy(keys), parts)).as(as).containsExactly(count);
        }
      }
    }
  }

  private static long[][] copy(long[][] keys) {
    long[][] copy = new long[keys.length][];
    for (int i = 0; i < keys.length; i++) {
      copy[i] = keys[i].clone();
    }
    return copy;
  }

  private static List<Long> pairs(CandidatePairs blocks, int chunk) {
    List<Long> got = new ArrayList<>();
    long distinct =
        blocks.forEachChunk(
            chunk,
            (pairs, size) -> {
              for (int p = 0; p < size; p++) {
                got.add(pairs[p]);
              }
            });
    assertThat(distinct).isEqualTo(got.size());
    return got;
  }

  @Test
  void aConsumerThatFailsStopsThePairingAndItsFailureComesOut() {
    long[][] keys = keys(300, 3);
    int[] seen = {0};
    assertThatThrownBy(
            () ->
                CandidatePairs.of(keys, 20, 8)
                    .forEachChunk(
                        1,
                        (pairs, size) -> {
                          if (++seen[0] == 3) {
                            throw new IllegalArgumentException("consumer failed");
                          }
                        }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("consumer failed");
    assertThat(seen[0]).isEqualTo(3);
    // The maker thread has ended: no thread of that name is left.
    assertThat(Thread.getAllStackTraces().keySet())
        .noneMatch(t -> t.getName().equals("bulletins-candidate-pairs"));
  }
}
