package org.bulletins.dedup;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.bulletins.dedup.internal.ItemFeatures;
import org.bulletins.dedup.internal.ItemSketch;
import org.bulletins.model.NewsItem;

/**
 * Stage 3: blocking keys and candidate pairs, without comparing all pairs. Immutable and
 * thread-safe.
 *
 * <p>An item gets three kinds of keys:
 *
 * <ol>
 *   <li>{@code text:} band keys of the MinHash signature of its word shingles (title and body),
 *       which find copies whose Jaccard similarity is above about 0.55 (see {@link LshBanding});
 *   <li>{@code title:} band keys of the MinHash signature of its title's content words (site
 *       affixes removed), which find teasers and re-dated copies under the same title;
 *   <li>{@code terms:} one key per pair of its distinctive terms (acronyms, names, countries,
 *       numbers of two digits or more), from its first {@code maxTermsPerItem} terms, which find
 *       rewrites: a rewrite must share at least {@code minSharedTerms} (by default 2) terms anyway.
 * </ol>
 *
 * <p>Two items are a candidate pair when they share a key whose block holds at most {@code
 * maxBlockSize} items, or, for a term-pair key, at most {@code maxTermBlockSize} items (see {@link
 * DedupOptions#maxBlockSize(String)}); larger blocks (a term pair that many items mention) are
 * skipped, which bounds the work at {@code cap^2 / 2} comparisons per block.
 *
 * <pre>{@code
 * CandidateGenerator candidates = engine.candidates();
 * List<String> keys = candidates.blockingKeys(item);         // for a distributed shuffle
 * List<CandidatePair> pairs = candidates.candidatePairs(items);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CandidateGenerator {

  /** The prefix of term-pair blocking keys. */
  static final String TERMS_PREFIX = "terms:";

  private final DedupOptions options;
  private final MinHashSigner textSigner;
  private final MinHashSigner titleSigner;
  private final LshBanding textBanding;
  private final LshBanding titleBanding;

  CandidateGenerator(DedupOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.textSigner = new MinHashSigner(options.bands() * options.rows(), options.hashSeed());
    this.titleSigner =
        new MinHashSigner(options.titleBands() * options.titleRows(), options.hashSeed() + 1);
    this.textBanding = new LshBanding(options.bands(), options.rows(), "text");
    this.titleBanding = new LshBanding(options.titleBands(), options.titleRows(), "title");
  }

  /**
   * The signer of title-and-body shingles.
   *
   * @return the text signer
   */
  public MinHashSigner textSigner() {
    return textSigner;
  }

  /**
   * The banding of text signatures.
   *
   * @return the text banding
   */
  public LshBanding textBanding() {
    return textBanding;
  }

  /**
   * The blocking keys of an item, as described in the class comment.
   *
   * @param item an item
   * @return its keys, distinct, in a fixed order
   */
  public List<String> blockingKeys(NewsItem item) {
    return blockingKeys(ItemFeatures.of(item, options.shingleSize()));
  }

  List<String> blockingKeys(ItemFeatures features) {
    ImmutableSet.Builder<String> keys = ImmutableSet.builder();
    keys.addAll(textBanding.bandKeys(textSigner.signature(features.allShingles())));
    keys.addAll(titleBanding.bandKeys(titleSigner.signature(features.titleWords())));
    List<String> list = blockingTermIds(features);
    for (int i = 0; i < list.size(); i++) {
      for (int j = i + 1; j < list.size(); j++) {
        keys.add(TERMS_PREFIX + list.get(i) + "|" + list.get(j));
      }
    }
    return keys.build().asList();
  }

  /**
   * The blocking keys of {@link #blockingKeys(ItemFeatures)} as 64-bit hashes, for batches too
   * large for maps of strings: the top bit is set for a term-pair key (which has the smaller
   * cap), the other 63 bits hash what the key names (band and values, or the two terms), with no
   * string built. Two items share a hashed key exactly when they share the string key, barring a
   * 63-bit collision, which would join two blocks.
   */
  long[] blockingKeyHashes(ItemFeatures features) {
    long[] text = textSigner.signature(features.allShingles());
    long[] title = titleSigner.signature(features.titleWords());
    List<String> terms = blockingTermIds(features);
    long[] termHashes = new long[terms.size()];
    for (int i = 0; i < termHashes.length; i++) {
      termHashes[i] = ItemSketch.hash(terms.get(i));
    }
    long[] out = new long[options.bands() + options.titleBands() + terms.size() * (terms.size() - 1) / 2];
    int n = bandKeyHashes(text, options.bands(), options.rows(), 1, out, 0);
    n = bandKeyHashes(title, options.titleBands(), options.titleRows(), 2, out, n);
    for (int i = 0; i < termHashes.length; i++) {
      for (int j = i + 1; j < termHashes.length; j++) {
        out[n++] = mix(mix(3, termHashes[i]), termHashes[j]) | Long.MIN_VALUE;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** As {@link LshBanding#bandKeys}, one hash per band of the band index and its values. */
  private static int bandKeyHashes(long[] signature, int bands, int rows, long kind, long[] out, int n) {
    boolean empty = true;
    for (long v : signature) {
      empty &= v == -1L;
    }
    if (empty) {
      return n;
    }
    for (int band = 0; band < bands; band++) {
      long h = mix(kind, band);
      for (int row = 0; row < rows; row++) {
        h = mix(h, signature[band * rows + row]);
      }
      out[n++] = h & Long.MAX_VALUE;
    }
    return n;
  }

  /** Combines a hash with a value: MurmurHash3's 64-bit finaliser over their mix. */
  private static long mix(long h, long value) {
    long x = h * 0x9E3779B97F4A7C15L + value;
    x ^= x >>> 33;
    x *= 0xff51afd7ed558ccdL;
    x ^= x >>> 33;
    x *= 0xc4ceb34e3aa20a0dL;
    x ^= x >>> 33;
    return x;
  }

  /**
   * The ids of the terms that feed term-pair blocking, sorted: the first {@code maxTermsPerItem}
   * acronyms, names, countries and numbers of two digits or more.
   */
  private List<String> blockingTermIds(ItemFeatures features) {
    List<String> terms = new ArrayList<>();
    for (Term term : features.terms().terms()) {
      if (terms.size() >= options.maxTermsPerItem()) {
        break;
      }
      boolean blocking =
          switch (term.kind()) {
            case ACRONYM, NAME, COUNTRY -> true;
            case NUMBER -> term.key().length() >= 2;
            case ORDINAL -> false;
          };
      if (blocking) {
        terms.add(term.id());
      }
    }
    return List.copyOf(new TreeSet<>(terms));
  }

  /**
   * Candidate pairs from hashed keys: every item's keys are packed with its index into one array,
   * sorted, and each run of one key is a block. Blocks larger than their cap give no pairs, as
   * in {@link #candidatePairs}.
   *
   * @param keys each item's {@link #blockingKeyHashes}; emptied as they are read
   * @return distinct pairs {@code left << 32 | right}, left below right, sorted
   */
  long[] packedPairs(long[][] keys) {
    // In two steps so that the entries (one long per key of every item) are garbage before the
    // pairs are sorted.
    LongList pairs = blockPairs(keys);
    return sortedDistinct(pairs.values, pairs.size);
  }

  /** Every pair of every block within its cap, in block order, with repeats. */
  private LongList blockPairs(long[][] keys) {
    int n = keys.length;
    // Entries hold a key and an item in one long, without losing key bits: the key's top
    // indexBits bits choose a bucket (a counting sort), and the entry keeps the key's other bits
    // shifted left, with the item index in the freed low bits. Equal entries in one bucket are
    // equal keys.
    int indexBits = Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1)));
    int bucketShift = 64 - indexBits;
    long indexMask = (1L << indexBits) - 1;
    int buckets = 1 << indexBits;
    int[] start = new int[buckets + 1];
    long total = 0;
    for (long[] k : keys) {
      total += k.length;
      for (long key : k) {
        start[(int) (key >>> bucketShift) + 1]++;
      }
    }
    if (total > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException(total + " blocking keys: too many for one batch");
    }
    for (int b = 0; b < buckets; b++) {
      start[b + 1] += start[b];
    }
    int[] next = Arrays.copyOf(start, buckets);
    long[] entries = new long[(int) total];
    for (int i = 0; i < n; i++) {
      for (long key : keys[i]) {
        entries[next[(int) (key >>> bucketShift)]++] = key << indexBits | i;
      }
      keys[i] = null;
    }
    next = null;
    IntStream.range(0, buckets)
        .parallel()
        .forEach(b -> Arrays.sort(entries, start[b], start[b + 1]));
    int termCap = Math.min(options.maxTermBlockSize(), options.maxBlockSize());
    LongList pairs = new LongList();
    int[] members = new int[(int) Math.min((long) Math.max(options.maxBlockSize(), termCap), n) + 1];
    for (int b = 0; b < buckets; b++) {
      // The top key bit, the first bit of the bucket, marks a term-pair key.
      int cap = (b >>> (indexBits - 1)) == 1 ? termCap : options.maxBlockSize();
      for (int first = start[b]; first < start[b + 1]; ) {
        long block = entries[first] & ~indexMask;
        int end = first;
        int size = 0;
        while (end < start[b + 1] && (entries[end] & ~indexMask) == block) {
          int item = (int) (entries[end] & indexMask);
          // Sorted, so an item twice under one key (two of its keys hashed alike) shows as a repeat.
          if (size <= cap && size < members.length && (size == 0 || members[size - 1] != item)) {
            members[size++] = item;
          }
          end++;
        }
        if (size >= 2 && size <= cap) {
          for (int x = 0; x < size; x++) {
            for (int y = x + 1; y < size; y++) {
              pairs.add((long) members[x] << 32 | members[y]);
            }
          }
        }
        first = end;
      }
    }
    return pairs;
  }

  /** A growable array of longs. */
  private static final class LongList {
    private long[] values = new long[1024];
    private int size;

    void add(long value) {
      if (size == values.length) {
        if (values.length >= Integer.MAX_VALUE - 8) {
          throw new IllegalStateException("too many candidate pairs for one batch; lower maxBlockSize");
        }
        values = Arrays.copyOf(values, (int) Math.min(Integer.MAX_VALUE - 8L, values.length * 2L));
      }
      values[size++] = value;
    }

  }

  /**
   * The candidate pairs of a list of items.
   *
   * @param items the items
   * @return the pairs, by index into {@code items}, sorted
   */
  public List<CandidatePair> candidatePairs(List<NewsItem> items) {
    Map<String, List<Integer>> blocks = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      for (String key : blockingKeys(items.get(i))) {
        blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    blocks.entrySet().removeIf(e -> e.getValue().size() > options.maxBlockSize(e.getKey()));
    return pairsFromBlocks(blocks, Integer.MAX_VALUE);
  }

  /**
   * The candidate pairs of blocks built elsewhere (for example by a distributed shuffle on the
   * blocking keys).
   *
   * @param blocks for each key, the indexes of the items that have it
   * @param maxBlockSize blocks with more items are skipped (one cap for every key; to apply the
   *     engine's per-kind caps, drop blocks over {@link DedupOptions#maxBlockSize(String)} first)
   * @return the distinct pairs, sorted
   */
  public static List<CandidatePair> pairsFromBlocks(
      Map<String, ? extends Collection<Integer>> blocks, int maxBlockSize) {
    long[] packed = packedPairs(blocks.values(), maxBlockSize);
    List<CandidatePair> pairs = new ArrayList<>(packed.length);
    for (long p : packed) {
      pairs.add(new CandidatePair((int) (p >>> 32), (int) p));
    }
    return pairs;
  }

  /**
   * The distinct pairs of some blocks, each packed as {@code left << 32 | right}, sorted; what
   * {@link #pairsFromBlocks} returns without an object per pair.
   */
  static long[] packedPairs(Collection<? extends Collection<Integer>> blocks, int maxBlockSize) {
    long total = 0;
    for (Collection<Integer> block : blocks) {
      if (block.size() >= 2 && block.size() <= maxBlockSize) {
        total += (long) block.size() * (block.size() - 1) / 2;
      }
    }
    if (total > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException(
          total + " candidate pairs: too many for one machine; lower maxBlockSize");
    }
    long[] pairs = new long[(int) total];
    int n = 0;
    for (Collection<Integer> block : blocks) {
      if (block.size() < 2 || block.size() > maxBlockSize) {
        continue;
      }
      int[] members = block.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
      for (int i = 0; i < members.length; i++) {
        for (int j = i + 1; j < members.length; j++) {
          pairs[n++] = (long) members[i] << 32 | members[j];
        }
      }
    }
    return sortedDistinct(pairs, n);
  }

  /** The first {@code n} values sorted, without repeats, in a new array; sorts in place. */
  private static long[] sortedDistinct(long[] values, int n) {
    Arrays.parallelSort(values, 0, n);
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      if (distinct == 0 || values[distinct - 1] != values[i]) {
        values[distinct++] = values[i];
      }
    }
    return Arrays.copyOf(values, distinct);
  }
}
