package org.bulletins.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bulletins.model.NewsItem;
import org.bulletins.model.SourceSpan;
import org.bulletins.model.json.BulletinsJson;
import org.junit.jupiter.api.Test;

/**
 * Pairwise precision, recall and F1 of the engine on a labelled set: the hand-written cases of
 * {@code evaluation.json} (rewrites and look-alikes) plus perturbations of every seed story
 * (verbatim, typographic, re-titled, teaser, date-shifted copies). All items are deduplicated
 * together, so every pair across cases is a negative too.
 */
class EvaluationTest {

  /**
   * One labelled item: its story (global label), the kind of copy or look-alike it is, whether it
   * is an original, and the stories of its case (the stories it is meant to be compared with).
   */
  record Labelled(
      NewsItem item, String story, String kind, boolean original, Set<String> related) {}

  static final String[] PERTURBATIONS = {
    "verbatim", "typographic", "retitled", "teaser", "date-shift", "case-and-space"
  };

  @Test
  void precisionAndRecallPerKind() throws IOException {
    List<Labelled> set = new ArrayList<>();
    Map<String, String> seedStoryByTitle = addSeedPerturbations(set);
    loadHandWritten(set, seedStoryByTitle);
    List<NewsItem> items = set.stream().map(Labelled::item).toList();
    DedupResult result = DedupEngine.create().deduplicate(items);

    Map<NewsItem, Integer> clusterOf = new HashMap<>();
    for (int s = 0; s < result.stories().size(); s++) {
      for (NewsItem member : result.stories().get(s).members()) {
        clusterOf.put(member, s);
      }
    }
    Map<String, int[]> counts = new TreeMap<>(); // tp, fp, fn, tn
    for (int i = 0; i < set.size(); i++) {
      for (int j = i + 1; j < set.size(); j++) {
        Labelled a = set.get(i);
        Labelled b = set.get(j);
        boolean truth = a.story().equals(b.story());
        boolean predicted = clusterOf.get(a.item()).equals(clusterOf.get(b.item()));
        String kind = kindOf(a, b);
        int[] c = counts.computeIfAbsent(kind, k -> new int[4]);
        c[truth ? (predicted ? 0 : 2) : (predicted ? 1 : 3)]++;
        if (truth != predicted
            || (truth && kind.equals("rewrite") && System.getProperty("eval.verbose") != null)) {
          System.out.println(
              (truth ? "MISSED " : "FALSE MERGE ")
                  + kind
                  + ": "
                  + a.item().title()
                  + " | "
                  + b.item().title()
                  + "\n    "
                  + DedupEngine.create().explain(a.item(), b.item()));
        }
      }
    }
    int[] total = new int[4];
    StringBuilder table = new StringBuilder();
    table.append(
        String.format(
            "%-22s %6s %5s %5s %5s %7s %9s %7s %7s%n",
            "kind", "pairs", "TP", "FP", "FN", "TN", "precision", "recall", "F1"));
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int[] c = e.getValue();
      for (int k = 0; k < 4; k++) {
        total[k] += c[k];
      }
      table.append(row(e.getKey(), c));
    }
    table.append(row("ALL", total));
    System.out.println(
        "Dedup evaluation: "
            + set.size()
            + " items, "
            + result.stories().size()
            + " stories found\n"
            + table);

    double precision = (double) total[0] / (total[0] + total[1]);
    double recall = (double) total[0] / (total[0] + total[2]);
    double f1 = 2 * precision * recall / (precision + recall);
    assertThat(precision).isGreaterThanOrEqualTo(0.99);
    assertThat(f1).isGreaterThanOrEqualTo(0.95);
  }

  private static String row(String kind, int[] c) {
    return String.format(
        "%-22s %6d %5d %5d %5d %7d %9s %7s %7s%n",
        kind,
        c[0] + c[1] + c[2] + c[3],
        c[0],
        c[1],
        c[2],
        c[3],
        ratio(c[0], c[0] + c[1]),
        ratio(c[0], c[0] + c[2]),
        c[0] + c[2] == 0 && c[1] == 0
            ? "-"
            : String.format("%.3f", 2.0 * c[0] / (2.0 * c[0] + c[1] + c[2])));
  }

  private static String ratio(int num, int den) {
    return den == 0 ? "-" : String.format("%.3f", (double) num / den);
  }

  private static String kindOf(Labelled a, Labelled b) {
    if (a.story().equals(b.story())) {
      return a.original() ? b.kind() : a.kind();
    }
    if (a.related().contains(b.story()) || b.related().contains(a.story())) {
      return a.related().size() > 1 ? a.kind() : b.kind();
    }
    return "cross-case";
  }

  static void loadHandWritten(List<Labelled> out, Map<String, String> seedStoryByTitle)
      throws IOException {
    JsonNode root;
    try (InputStream in = EvaluationTest.class.getResourceAsStream("evaluation.json")) {
      root = BulletinsJson.newMapper().readTree(in);
    }
    int caseId = 0;
    for (JsonNode c : root.get("cases")) {
      Set<String> related = new TreeSet<>();
      for (JsonNode i : c.get("items")) {
        related.add(
            i.has("seed")
                ? Objects.requireNonNull(seedStoryByTitle.get(i.get("seed").asText()), i.toString())
                : "case" + caseId + ":" + i.get("story").asText());
      }
      int line = 1;
      for (JsonNode i : c.get("items")) {
        if (i.has("seed")) {
          continue;
        }
        List<String> paragraphs = new ArrayList<>();
        i.get("body").forEach(p -> paragraphs.add(p.asText()));
        Optional<LocalDate> date =
            i.has("date") ? Optional.of(LocalDate.parse(i.get("date").asText())) : Optional.empty();
        NewsItem item =
            new NewsItem(
                date,
                i.get("title").asText(),
                paragraphs,
                new SourceSpan("evaluation/case" + caseId, line, line, line + 1));
        out.add(
            new Labelled(
                item,
                "case" + caseId + ":" + i.get("story").asText(),
                c.get("kind").asText(),
                true,
                related));
        line += 10;
      }
      caseId++;
    }
  }

  /**
   * Every true seed story, with one perturbed copy of its first member.
   *
   * @return the story label of each seed title
   */
  /**
   * The items of the evaluation set and the seeds, then each of them run through every perturbation
   * (a fixed random seed): the input of the tests that compare two ways of reading the same items.
   */
  static List<NewsItem> evaluationAndSeedItemsPerturbed() throws IOException {
    List<EvaluationTest.Labelled> set = new ArrayList<>();
    EvaluationTest.loadHandWritten(set, EvaluationTest.addSeedPerturbations(set));
    List<NewsItem> items =
        new ArrayList<>(set.stream().map(EvaluationTest.Labelled::item).toList());
    items.addAll(SeedItems.items());
    Random random = new Random(14);
    for (NewsItem item : List.copyOf(items)) {
      for (String kind : EvaluationTest.PERTURBATIONS) {
        items.add(Perturb.apply(kind, item, random));
      }
    }
    return items;
  }

  static Map<String, String> addSeedPerturbations(List<Labelled> out) {
    Map<String, List<NewsItem>> stories = new LinkedHashMap<>();
    for (NewsItem item : SeedItems.items()) {
      String key = "seed:" + item.computeId().value();
      if (item.title().startsWith("Regional mechanisms strengthen actions")
          || item.title().startsWith("Central America bolsters protocols")) {
        key = "seed:003-workshop";
      }
      stories.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
    }
    Map<String, String> byTitle = new HashMap<>();
    Random random = new Random(20210609);
    int n = 0;
    for (Map.Entry<String, List<NewsItem>> story : stories.entrySet()) {
      List<NewsItem> members = story.getValue();
      String kind = PERTURBATIONS[n++ % PERTURBATIONS.length];
      String originalKind =
          members.stream().map(NewsItem::computeId).distinct().count() > 1 ? "rewrite" : "verbatim";
      Set<String> related = Set.of(story.getKey());
      for (NewsItem m : members) {
        out.add(new Labelled(m, story.getKey(), originalKind, true, related));
        byTitle.put(m.title(), story.getKey());
      }
      NewsItem copy = Perturb.apply(kind, members.get(0), random);
      out.add(new Labelled(copy, story.getKey(), kind, false, related));
    }
    return byTitle;
  }
}
