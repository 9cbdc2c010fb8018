package org.bulletins.benchmarks;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.bulletins.dedup.DedupEngine;
import org.bulletins.dedup.DedupOptions;
import org.bulletins.dedup.DedupResult;
import org.bulletins.facts.FactExtractor;
import org.bulletins.facts.Language;
import org.bulletins.model.MatchLink;
import org.bulletins.model.MatchRule;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;

/**
 * What the cross-language rule costs: {@link DedupEngine#deduplicate} on the first N items of a
 * generated corpus with the rule off (the baseline) and on, alternating in one JVM, REPEATS times
 * each after one warm-up of each. Run by {@code scripts/dedup-crosslang.sh}.
 *
 * <pre>
 * java -Xmx4g -cp benchmarks.jar org.bulletins.benchmarks.CrossLanguageCost CORPUS N [REPEATS]
 * </pre>
 *
 * <p>Prints each time, the medians and their ratio (on / off), the items' languages, the stories of
 * each run and how many links the rule made.
 */
public final class CrossLanguageCost {

  private CrossLanguageCost() {}

  /**
   * The command line.
   *
   * @param args corpus, item count, optional repeats (default 3)
   * @throws Exception if the corpus cannot be read
   */
  public static void main(String[] args) throws Exception {
    List<NewsItem> items = Corpus.read(Path.of(args[0]), Integer.parseInt(args[1]));
    int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    DedupEngine off = DedupEngine.of(DedupOptions.builder().crossLanguage(false).build());
    DedupEngine on = DedupEngine.create();
    FactExtractor facts = FactExtractor.create();
    Map<Language, Integer> languages = new EnumMap<>(Language.class);
    for (NewsItem item : items) {
      languages.merge(facts.extract(item).language(), 1, Integer::sum);
    }
    System.out.println("# items=" + items.size() + " languages=" + languages);
    off.deduplicate(items);
    on.deduplicate(items);
    double[] offSeconds = new double[repeats];
    double[] onSeconds = new double[repeats];
    DedupResult offResult = null;
    DedupResult onResult = null;
    for (int r = 0; r < repeats; r++) {
      long start = System.nanoTime();
      offResult = off.deduplicate(items);
      offSeconds[r] = (System.nanoTime() - start) / 1e9;
      start = System.nanoTime();
      onResult = on.deduplicate(items);
      onSeconds[r] = (System.nanoTime() - start) / 1e9;
      System.out.printf("run %d: off %.3fs on %.3fs%n", r + 1, offSeconds[r], onSeconds[r]);
    }
    long translationLinks = 0;
    for (MergedStory story : onResult.stories()) {
      for (MatchLink link : story.links()) {
        translationLinks += link.evidence().rule() == MatchRule.TRANSLATION ? 1 : 0;
      }
    }
    Arrays.sort(offSeconds);
    Arrays.sort(onSeconds);
    double medianOff = offSeconds[repeats / 2];
    double medianOn = onSeconds[repeats / 2];
    System.out.printf(
        "median off=%.3fs on=%.3fs ratio=%.3f stories_off=%d stories_on=%d translation_links=%d%n",
        medianOff,
        medianOn,
        medianOn / medianOff,
        offResult.stories().size(),
        onResult.stories().size(),
        translationLinks);
  }
}
