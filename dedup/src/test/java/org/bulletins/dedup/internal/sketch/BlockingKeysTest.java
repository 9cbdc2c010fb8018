package org.bulletins.dedup.internal.sketch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bulletins.dedup.Items.item;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.bulletins.dedup.DedupOptions;
import org.bulletins.model.NewsItem;
import org.junit.jupiter.api.Test;

class BlockingKeysTest {

  /** Random key counts, some larger than a chunk; keys unique to their item and place. */
  private static long[][] keys(int items, int most, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long[][] keys = new long[items][];
    for (int i = 0; i < items; i++) {
      keys[i] = new long[random.nextInt(most + 1)];
      for (int k = 0; k < keys[i].length; k++) {
        keys[i][k] = (long) i << 32 | k | (random.nextBoolean() ? Long.MIN_VALUE : 0);
      }
    }
    return keys;
  }

  @Property(tries = 200)
  void everyItemGetsBackItsKeysWhateverTheThreadsAndChunks(
      @ForAll @IntRange(min = 0, max = 400) int items,
      @ForAll @IntRange(min = 1, max = 64) int chunkSize,
      @ForAll @IntRange(min = 0, max = 100) int most,
      @ForAll long seed) {
    long[][] keys = keys(items, most, seed);
    BlockingKeys held = new BlockingKeys(items, chunkSize);
    IntStream.range(0, items)
        .parallel()
        .forEach(
            i -> {
              // A longer array than the count, as the signer may hand over: only count are kept.
              long[] given = java.util.Arrays.copyOf(keys[i], keys[i].length + 3);
              given[keys[i].length] = -1;
              held.put(i, given, keys[i].length);
            });
    assertThat(held.items()).isEqualTo(items);
    for (int i = 0; i < items; i++) {
      assertThat(held.keys(i)).as("item %d", i).containsExactly(keys[i]);
      assertThat(held.length(i)).isEqualTo(keys[i].length);
      long[] chunk = held.chunk(i);
      for (int k = 0; k < keys[i].length; k++) {
        assertThat(chunk[held.from(i) + k]).isEqualTo(keys[i][k]);
      }
    }
  }

  @Test
  void aClearedItemHasNoKeysAndTheOthersKeepTheirs() {
    long[][] keys = keys(50, 9, 7);
    long[][] copy = new long[keys.length][];
    for (int i = 0; i < keys.length; i++) {
      copy[i] = keys[i].clone();
    }
    BlockingKeys held = BlockingKeys.of(copy);
    assertThat(java.util.Arrays.stream(copy).allMatch(k -> k == null)).isTrue(); // emptied
    held.clear(3);
    assertThat(held.keys(3)).isEmpty();
    for (int i = 0; i < keys.length; i++) {
      if (i != 3) {
        assertThat(held.keys(i)).containsExactly(keys[i]);
      }
    }
  }

  @Test
  void theBlocksOfHeldKeysAreThoseOfTheArrays() {
    long[][] keys = new long[300][];
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < keys.length; i++) {
      keys[i] = new long[random.nextInt(6)];
      for (int k = 0; k < keys[i].length; k++) {
        keys[i][k] = random.nextInt(40) * 0x9E3779B97F4A7C15L;
      }
    }
    // Put from many threads into small chunks: the sorted entries do not depend on where the keys
    // were held.
    BlockingKeys held = new BlockingKeys(keys.length, 5);
    IntStream.range(0, keys.length).parallel().forEach(i -> held.put(i, keys[i], keys[i].length));
    long[][] copy = new long[keys.length][];
    for (int i = 0; i < keys.length; i++) {
      copy[i] = keys[i].clone();
    }
    for (int parts = 1; parts <= 3; parts++) {
      BlockingKeys again = new BlockingKeys(keys.length, 5);
      IntStream.range(0, keys.length)
          .parallel()
          .forEach(i -> again.put(i, keys[i], keys[i].length));
      assertThat(CandidatePairs.entries(again, parts))
          .containsExactly(CandidatePairs.entries(copy.clone(), 1));
    }
    assertThat(CandidatePairs.of(held, 20, 8, null, 0).all())
        .containsExactly(CandidatePairs.of(keys, 20, 8).all());
  }

  /** An item's band keys followed by the pair keys of its term hashes, as the signer makes them. */
  private static long[] expanded(long[] bands, long[] terms) {
    long[] all = Arrays.copyOf(bands, bands.length + SignedCodec.pairCount(terms.length));
    SignedCodec.pairKeys(terms, 0, terms.length, all, bands.length);
    return all;
  }

  @Property(tries = 200)
  void termHashesComeBackAsTheirPairKeys(
      @ForAll @IntRange(min = 0, max = 300) int items,
      @ForAll @IntRange(min = 1, max = 64) int chunkSize,
      @ForAll @IntRange(min = 0, max = 12) int mostTerms,
      @ForAll long seed) {
    long[][] bands = keys(items, 6, seed);
    long[][] terms = keys(items, mostTerms, ~seed);
    BlockingKeys held = new BlockingKeys(items, chunkSize);
    IntStream.range(0, items)
        .parallel()
        .forEach(
            i -> {
              long[] given = Arrays.copyOf(bands[i], bands[i].length + terms[i].length + 2);
              System.arraycopy(terms[i], 0, given, bands[i].length, terms[i].length);
              held.put(i, given, bands[i].length + terms[i].length, terms[i].length);
            });
    long[] reused = new long[1];
    for (int i = 0; i < items; i++) {
      long[] want = expanded(bands[i], terms[i]);
      assertThat(held.keys(i)).as("item %d", i).containsExactly(want);
      assertThat(held.keyCount(i)).isEqualTo(want.length);
      assertThat(held.length(i)).isEqualTo(bands[i].length + terms[i].length);
      reused = held.keysOf(i, held.chunks(), reused);
      assertThat(Arrays.copyOf(reused, want.length)).containsExactly(want);
    }
  }

  @Test
  void aSharedItemReadsTheOthersPairKeysAndAClearedOneNone() {
    long[] bands = {11, 12};
    long[] terms = {5, 6, 7, 8};
    long[] given = {11, 12, 5, 6, 7, 8};
    BlockingKeys held = new BlockingKeys(3, 16);
    held.put(0, given, given.length, terms.length);
    held.share(1, 0);
    held.put(2, given, given.length, terms.length);
    held.clear(2);
    assertThat(held.keys(0)).hasSize(2 + 6).containsExactly(expanded(bands, terms));
    assertThat(held.keys(1)).containsExactly(held.keys(0));
    assertThat(held.keys(2)).isEmpty();
    assertThat(held.keyCount(2)).isZero();
    // The item shared from may be cleared first (the batch drops all but a unit's
    // representative): the sharing one keeps the keys.
    held.clear(0);
    assertThat(held.keys(0)).isEmpty();
    assertThat(held.keys(1)).containsExactly(expanded(bands, terms));
    assertThat(held.keyCount(1)).isEqualTo(2 + 6);
  }

  @Test
  void aSignedItemHoldsTheKeysItsSignatureExpandsTo() {
    ItemSigner signer = new ItemSigner(DedupOptions.defaults());
    NewsItem named =
        item(
            "2024-03-05",
            "IOM and UNHCR Open a Centre in Guatemala",
            "The Guatemalan Migration Institute (IGM) and the International Organization for"
                + " Migration (IOM) opened a centre for 260 officials in Quetzaltenango.");
    List<NewsItem> items =
        List.of(
            named,
            item("2024-03-06", "A note", "Nothing here is a name."), // no term hashes
            item("2024-03-06", "Notes", "the IOM met."), // one term hash: no pair
            named); // signed twice, put twice
    BlockingKeys held = new BlockingKeys(items.size(), 8); // small chunks: items cross them
    long[] reused = new long[1];
    int[] termHashes = new int[items.size()];
    for (int i = 0; i < items.size(); i++) {
      ItemSigner.CompactSigned signed = signer.signCompact(items.get(i));
      held.put(i, signed);
      termHashes[i] = signed.termHashes();
    }
    assertThat(termHashes[0]).isGreaterThan(2);
    assertThat(termHashes).containsExactly(termHashes[0], 0, 1, termHashes[0]);
    for (int i = 0; i < items.size(); i++) {
      long[] want = signer.sign(items.get(i)).keys();
      assertThat(held.keys(i)).as("item %d", i).containsExactly(want);
      assertThat(held.keyCount(i)).isEqualTo(want.length);
      reused = held.keysOf(i, held.chunks(), reused);
      assertThat(Arrays.copyOf(reused, want.length)).containsExactly(want);
    }
    assertThat(Arrays.stream(held.keys(0)).filter(key -> key < 0)).isNotEmpty(); // pair keys
  }

  @Test
  void moreTermHashesThanKeysAreRefused() {
    BlockingKeys held = new BlockingKeys(1, 16);
    assertThatThrownBy(() -> held.put(0, new long[] {1, 2}, 2, 3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theBlocksOfTermHashesAreThoseOfTheirPairKeys() {
    SplittableRandom random = new SplittableRandom(5);
    int items = 400;
    long[][] whole = new long[items][];
    BlockingKeys held = new BlockingKeys(items, 7);
    for (int i = 0; i < items; i++) {
      // Few distinct values, so that blocks of band keys and of term pairs form.
      long[] bands = {random.nextInt(30) * 0x9E3779B97F4A7C15L & Long.MAX_VALUE};
      long[] terms = new long[random.nextInt(5)];
      for (int t = 0; t < terms.length; t++) {
        terms[t] = t * 100 + random.nextInt(3);
      }
      whole[i] = expanded(bands, terms);
      long[] given = Arrays.copyOf(bands, 1 + terms.length);
      System.arraycopy(terms, 0, given, 1, terms.length);
      held.put(i, given, given.length, terms.length);
    }
    assertThat(CandidatePairs.of(held, 50, 20, null, 0).all())
        .isNotEmpty()
        .containsExactly(CandidatePairs.of(whole, 50, 20).all());
  }

  @Test
  void aFullChunkIsEightMebibytesWithItsHeader() {
    // A multiple of G1's 1, 2 and 4 MiB regions; the header is 16 bytes with compressed class
    // pointers (the default).
    long bytes = 16 + 8L * BlockingKeys.DEFAULT_CHUNK; // the array's header, then the longs
    assertThat(bytes).isEqualTo(8L << 20);
  }

  @Test
  void aSmallBatchGetsASmallChunkAndALargeOneEightMebibytes() {
    assertThat(BlockingKeys.chunkFor(1)).isEqualTo(BlockingKeys.MIN_CHUNK);
    assertThat(BlockingKeys.chunkFor(1_000)).isEqualTo(64_000);
    assertThat(BlockingKeys.chunkFor(100_000)).isEqualTo(BlockingKeys.DEFAULT_CHUNK);
    assertThat(BlockingKeys.chunkFor(Integer.MAX_VALUE)).isEqualTo(BlockingKeys.DEFAULT_CHUNK);
  }
}
