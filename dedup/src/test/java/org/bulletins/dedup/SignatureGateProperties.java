package org.bulletins.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.bulletins.dedup.internal.PairVerifier;
import org.bulletins.dedup.internal.sketch.ItemSignature;
import org.bulletins.dedup.internal.sketch.ItemSigner;
import org.bulletins.model.NewsItem;

/**
 * {@code PairVerifier.mayBeSame} (the signature gate: least counts, merges cut short) answers
 * exactly as the rules on full intersections, for pairs of items made to lie near every threshold:
 * a random item and a copy with a few words changed, from a small vocabulary.
 */
class SignatureGateProperties {

  /** 150 made-up words (3 syllables of 50 by 3): enough that unrelated bodies share little. */
  private static final List<String> WORDS = words();

  private static List<String> words() {
    String[] a = {"ka", "lo", "mi", "tu", "re", "sa", "vo", "ni", "pe", "du"};
    String[] b = {"ran", "mel", "dos", "fik", "tal"};
    String[] c = {"ber", "gon", "lis"};
    List<String> out = new ArrayList<>();
    for (String x : a) {
      for (String y : b) {
        for (String z : c) {
          out.add(x + y + z);
        }
      }
    }
    return List.copyOf(out);
  }

  private static final ItemSigner SIGNER = new ItemSigner(DedupOptions.defaults());
  private static final PairVerifier VERIFIER = new PairVerifier(DedupOptions.defaults());

  @Property(tries = 3000)
  void theGateAnswersAsTheRules(@ForAll("pairs") Tuple.Tuple2<NewsItem, NewsItem> pair) {
    ItemSignature a = SIGNER.sign(pair.get1()).signature();
    ItemSignature b = SIGNER.sign(pair.get2()).signature();
    assertThat(VERIFIER.mayBeSame(a, b))
        .as("%s / %s", pair.get1(), pair.get2())
        .isEqualTo(VERIFIER.mayBeSameByRules(a, b));
    assertThat(VERIFIER.mayBeSame(b, a)).isEqualTo(VERIFIER.mayBeSameByRules(b, a));
    // Both answers must be common, or the property would check little.
    Statistics.label("may be same").collect(VERIFIER.mayBeSameByRules(a, b));
    Statistics.label("may be same")
        .coverage(
            coverage -> {
              coverage.check(true).percentage(p -> p > 10);
              coverage.check(false).percentage(p -> p > 10);
            });
  }

  /**
   * An item and another made from it: a copy with a few words changed, its body cut short (a
   * teaser: containment high, Jaccard low) with a few words changed, or another body under the same
   * title with a few words changed (the title rules).
   */
  @Provide
  Arbitrary<Tuple.Tuple2<NewsItem, NewsItem>> pairs() {
    Arbitrary<List<String>> title = word().list().ofMinSize(1).ofMaxSize(9);
    Arbitrary<List<String>> body = word().list().ofMinSize(0).ofMaxSize(60);
    Arbitrary<List<Integer>> edits = Arbitraries.integers().between(0, 1 << 20).list().ofMaxSize(8);
    Arbitrary<String> date =
        Arbitraries.of("2024-03-01", "2024-03-02", "2024-03-09", "2024-05-20").injectNull(0.2);
    Arbitrary<Integer> how = Arbitraries.integers().between(0, 2);
    Arbitrary<Integer> cut = Arbitraries.integers().between(0, 60);
    return Combinators.combine(title, body, body, edits, how, cut, date, date)
        .as(
            (t, bo, other, e, h, c, d1, d2) -> {
              List<String> t2 = new ArrayList<>(t);
              List<String> b2 =
                  new ArrayList<>(
                      switch (h) {
                        case 0 -> bo;
                        case 1 -> bo.subList(0, Math.min(c, bo.size()));
                        default -> other;
                      });
              for (int x : e) {
                edit((x & 1) == 0 ? b2 : t2, x >>> 1);
              }
              return Tuple.of(
                  Items.item("one", 1, d1, String.join(" ", t), paragraphs(bo)),
                  Items.item("other", 5, d2, String.join(" ", t2), paragraphs(b2)));
            });
  }

  /** Adds, removes or replaces a word, as {@code x} says; a title keeps one word at least. */
  private static void edit(List<String> words, int x) {
    String w = WORDS.get(x % WORDS.size());
    int at = words.isEmpty() ? 0 : (x >>> 8) % words.size();
    switch ((x >>> 4) % 3) {
      case 0 -> words.add(at, w);
      case 1 -> {
        if (words.size() > 1) {
          words.remove(at);
        }
      }
      default -> {
        if (!words.isEmpty()) {
          words.set(at, w);
        }
      }
    }
  }

  /** No paragraph for no words, else one. */
  private static String[] paragraphs(List<String> words) {
    return words.isEmpty() ? new String[0] : new String[] {String.join(" ", words)};
  }

  private static Arbitrary<String> word() {
    return Arbitraries.of(WORDS);
  }
}
