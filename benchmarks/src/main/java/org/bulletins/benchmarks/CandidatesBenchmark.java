package org.bulletins.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Text candidate generation (MinHash + LSH banding + pairs) on the recall sample, ours against
 * java-LSH, in one run; see {@link PeerCandidates} for what each side does and {@link RecallCheck}
 * for their recall on the same items. One operation handles the whole sample; items/s = items /
 * score. Run by {@code scripts/dedup-peer.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CandidatesBenchmark {

  /** The corpus, made by {@link CorpusGenerator}. */
  @Param("/tmp/bulletins-bench/corpus-1m.txt")
  public String corpus;

  /** How many items of it. */
  @Param("20000")
  public int items;

  private List<Set<String>> shingles;
  private List<Set<Integer>> ids;
  private PeerCandidates candidates;

  /** Parses the sample and computes shingles and shingle ids once. */
  @Setup
  public void setUp() throws IOException {
    shingles = Shingles.of(Corpus.read(Path.of(corpus), items));
    Map<String, Integer> dictionary = new HashMap<>();
    ids = PeerCandidates.ids(shingles, dictionary);
    candidates = new PeerCandidates(dictionary.size());
  }

  /**
   * Ours.
   *
   * @return the pairs
   */
  @Benchmark
  public long[] bulletins() {
    return candidates.bulletins(shingles);
  }

  /**
   * The peer.
   *
   * @return the pairs
   */
  @Benchmark
  public long[] javaLsh() {
    return candidates.javaLsh(ids);
  }
}
