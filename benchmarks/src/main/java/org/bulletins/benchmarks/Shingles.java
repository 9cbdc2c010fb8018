package org.bulletins.benchmarks;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.bulletins.dedup.DedupOptions;
import org.bulletins.dedup.internal.text.TextShape;
import org.bulletins.model.NewsItem;

/**
 * Word shingles of each item's title and body as strings (3 folded words joined by a space): what a
 * plain MinHash library such as java-LSH is given. The engine itself never builds these strings; it
 * hashes the same shingles from token hashes.
 */
final class Shingles {

  private Shingles() {}

  /** Each item's shingle set, as the engine computes it. */
  static List<Set<String>> of(List<NewsItem> items) {
    int size = DedupOptions.defaults().shingleSize();
    return items.parallelStream().map(i -> of(i, size)).toList();
  }

  /** One item's shingles, title and body words together. */
  static Set<String> of(NewsItem item, int size) {
    List<String> words = new java.util.ArrayList<>(TextShape.words(item.title()));
    words.addAll(TextShape.words(String.join("\n\n", item.paragraphs())));
    return TextShape.shingles(words, size);
  }

  /** Each set as sorted distinct 64-bit hashes, for fast exact intersections. */
  static long[][] hashed(List<Set<String>> sets) {
    HashFunction h = Hashing.murmur3_128(7);
    return sets.parallelStream()
        .map(
            s ->
                s.stream()
                    .mapToLong(x -> h.hashString(x, StandardCharsets.UTF_8).asLong())
                    .sorted()
                    .distinct()
                    .toArray())
        .toArray(long[][]::new);
  }

  /** Exact Jaccard similarity of two sorted distinct arrays. */
  static double jaccard(long[] a, long[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) common / (a.length + b.length - common);
  }

  /**
   * Brute force: every pair {@code (i, j), i < j}, packed as {@code i << 32 | j}, with Jaccard at
   * least {@code threshold}. Pairs whose sizes alone rule it out (smaller / larger below the
   * threshold) are skipped without changing the answer.
   */
  static long[] pairsAtLeast(long[][] sets, double threshold) {
    int n = sets.length;
    Integer[] bySize = new Integer[n];
    for (int i = 0; i < n; i++) {
      bySize[i] = i;
    }
    Arrays.sort(bySize, (x, y) -> Integer.compare(sets[x].length, sets[y].length));
    return java.util.stream.IntStream.range(0, n)
        .parallel()
        .mapToObj(
            a -> {
              java.util.stream.LongStream.Builder out = java.util.stream.LongStream.builder();
              int x = bySize[a];
              for (int b = a + 1; b < n; b++) {
                int y = bySize[b];
                if (sets[x].length < threshold * sets[y].length) {
                  break;
                }
                if (jaccard(sets[x], sets[y]) >= threshold) {
                  out.add((long) Math.min(x, y) << 32 | Math.max(x, y));
                }
              }
              return out.build().toArray();
            })
        .flatMapToLong(Arrays::stream)
        .sorted()
        .toArray();
  }
}
