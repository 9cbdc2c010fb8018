package org.bulletins.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bulletins.facts.FactExtractor;
import org.bulletins.facts.Language;
import org.bulletins.facts.internal.LanguageGuesser;
import org.bulletins.facts.internal.Token;
import org.bulletins.facts.internal.Tokenizer;
import org.bulletins.model.NewsItem;
import org.bulletins.parser.BulletinParser;

/**
 * What the language guess of every item costs the dedup engine's cross-language step: {@code
 * FactExtractor.language} (the in-place scan) against the tokenising path it replaced ({@link
 * Tokenizer} then {@link LanguageGuesser}), on the first N items of a file, alternating rounds on
 * one thread. Checks that both give the same guess for every item, then prints each round's
 * microseconds per item and the median ratio. Run by {@code scripts/language-guess-cost.sh}.
 */
public final class LanguageGuessCost {

  private LanguageGuessCost() {}

  /**
   * Runs the comparison.
   *
   * @param args the file, the number of items and the rounds (the first two are warm-up)
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    List<NewsItem> all = BulletinParser.create().parse(Path.of(args[0])).items();
    List<NewsItem> items = all.subList(0, Math.min(all.size(), Integer.parseInt(args[1])));
    int rounds = Integer.parseInt(args[2]);
    FactExtractor extractor = FactExtractor.create();
    for (NewsItem item : items) {
      if (extractor.language(item) != tokenised(item)) {
        throw new IllegalStateException("the two guesses differ on " + item.span());
      }
    }
    double[] ratios = new double[rounds - 2];
    long sink = 0;
    for (int round = 0; round < rounds; round++) {
      long start = System.nanoTime();
      for (NewsItem item : items) {
        sink += tokenised(item).hashCode();
      }
      long before = System.nanoTime() - start;
      start = System.nanoTime();
      for (NewsItem item : items) {
        sink += extractor.language(item).hashCode();
      }
      long after = System.nanoTime() - start;
      System.out.printf(
          "round %d: tokenise+guess %.2f us/item, scan %.2f us/item, ratio %.3f%n",
          round, before / 1e3 / items.size(), after / 1e3 / items.size(), (double) after / before);
      if (round >= 2) {
        ratios[round - 2] = (double) after / before;
      }
    }
    Arrays.sort(ratios);
    System.out.printf(
        "median ratio scan / tokenise+guess over %d rounds: %.3f (%d items; %d)%n",
        ratios.length, ratios[ratios.length / 2], items.size(), sink & 1);
  }

  private static Language tokenised(NewsItem item) {
    List<Token> tokens = new ArrayList<>(Tokenizer.tokenize(item.title()));
    for (String paragraph : item.paragraphs()) {
      tokens.addAll(Tokenizer.tokenize(paragraph));
    }
    return LanguageGuesser.guess(tokens);
  }
}
