package org.bulletins.dedup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.bulletins.dedup.internal.ItemFeatures;
import org.bulletins.dedup.internal.MemberOrder;
import org.bulletins.dedup.internal.TextShape;
import org.bulletins.model.ClusterKind;
import org.bulletins.model.ContentId;
import org.bulletins.model.ItemField;
import org.bulletins.model.MatchEvidence;
import org.bulletins.model.MatchLink;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;

/**
 * Stage 6: merges one group of items into a {@link MergedStory} by the {@link MergePolicy}.
 * Immutable and thread-safe.
 *
 * <p>Members are sorted by source, line and content id, so the story does not depend on input
 * order. The merged item takes its date, title and body from the members the policy chooses
 * ({@code fieldSources} names them) and the {@link org.bulletins.model.SourceSpan} of the member
 * that supplied the body. Links: every pair of members with different content, plus each exact copy
 * linked to the first member with its content; each link carries the verifier's evidence. The kind
 * is {@link ClusterKind#EXACT} when all members have one content id, {@link ClusterKind#REWRITE}
 * when a link was decided by the {@code rewrite} rule, else {@link ClusterKind#NEAR_DUPLICATE}.
 *
 * <pre>{@code
 * MergedStory story = engine.merger().merge(List.of(copy1, copy2));
 * story.sourceOf(ItemField.TITLE); // the member whose title survived
 * }</pre>
 *
 * @since 0.1.0
 */
public final class StoryMerger {

  private final DedupOptions options;
  private final PairVerifier verifier;

  StoryMerger(DedupOptions options, PairVerifier verifier) {
    this.options = Objects.requireNonNull(options, "options");
    this.verifier = Objects.requireNonNull(verifier, "verifier");
  }

  /**
   * Merges a group of items that tell one story; pairs are verified here.
   *
   * @param group the items, at least one
   * @return the merged story
   */
  public MergedStory merge(List<NewsItem> group) {
    List<ItemFeatures> features = new ArrayList<>();
    for (NewsItem item : group) {
      features.add(ItemFeatures.of(item, options.shingleSize()));
    }
    return mergeFeatures(features, (a, b) -> verifier.verify(a, b));
  }

  /** Looks up or computes the evidence for two members. */
  interface EvidenceSource {
    MatchEvidence evidence(ItemFeatures a, ItemFeatures b);
  }

  MergedStory mergeFeatures(List<ItemFeatures> group, EvidenceSource evidence) {
    if (group.isEmpty()) {
      throw new IllegalArgumentException("a story needs at least one item");
    }
    List<ItemFeatures> members = new ArrayList<>(group);
    members.sort(Comparator.comparing(ItemFeatures::item, MemberOrder.ITEMS));
    List<NewsItem> items = members.stream().map(ItemFeatures::item).toList();
    if (members.size() == 1) {
      return MergedStory.singleton(items.get(0));
    }
    // Links.
    Map<ContentId, Integer> firstOfUnit = new HashMap<>();
    List<MatchLink> links = new ArrayList<>();
    boolean rewrite = false;
    for (int j = 0; j < members.size(); j++) {
      ContentId id = items.get(j).computeId();
      Integer first = firstOfUnit.get(id);
      if (first != null) {
        links.add(new MatchLink(first, j, evidence.evidence(members.get(first), members.get(j))));
        continue;
      }
      for (int i : new java.util.TreeSet<>(firstOfUnit.values())) {
        MatchEvidence e = evidence.evidence(members.get(i), members.get(j));
        rewrite |= e.rule().equals("rewrite");
        links.add(new MatchLink(i, j, e));
      }
      firstOfUnit.put(id, j);
    }
    links.sort(Comparator.comparingInt(MatchLink::left).thenComparingInt(MatchLink::right));
    ClusterKind kind =
        firstOfUnit.size() == 1
            ? ClusterKind.EXACT
            : rewrite ? ClusterKind.REWRITE : ClusterKind.NEAR_DUPLICATE;
    MergePolicy policy = options.mergePolicy();
    int title = chooseTitle(members, policy.title());
    int body = chooseBody(members, policy.body());
    int date = chooseDate(items, policy.date());
    Map<ItemField, Integer> sources = new EnumMap<>(ItemField.class);
    sources.put(ItemField.DATE, date);
    sources.put(ItemField.TITLE, title);
    sources.put(ItemField.BODY, body);
    NewsItem merged =
        new NewsItem(
            items.get(date).date(),
            items.get(title).title(),
            items.get(body).paragraphs(),
            items.get(body).span());
    List<String> variants = List.copyOf(new LinkedHashSet<>(items.stream().map(NewsItem::title).toList()));
    return new MergedStory(kind, merged, items, sources, variants, links);
  }

  private static int chooseTitle(List<ItemFeatures> members, MergePolicy.TitleRule rule) {
    Comparator<ItemFeatures> order =
        switch (rule) {
          case MOST_COMPLETE ->
              Comparator.comparing(ItemFeatures::affixedTitle)
                  .thenComparing(ItemFeatures::allCapsTitle)
                  .thenComparing(f -> -TextShape.words(f.item().title()).size())
                  .thenComparing(f -> -f.item().title().length());
          case LONGEST -> Comparator.comparing(f -> -f.item().title().length());
          case FIRST_SEEN -> (a, b) -> 0;
        };
    return best(members, order);
  }

  private static int chooseBody(List<ItemFeatures> members, MergePolicy.BodyRule rule) {
    Comparator<ItemFeatures> order =
        switch (rule) {
          case LONGEST_NON_TEASER ->
              Comparator.comparing(ItemFeatures::teaser)
                  .thenComparing(f -> -f.item().body().length());
          case FIRST_SEEN -> (a, b) -> 0;
        };
    return best(members, order);
  }

  private static int best(List<ItemFeatures> members, Comparator<ItemFeatures> order) {
    int best = 0;
    for (int i = 1; i < members.size(); i++) {
      if (order.compare(members.get(i), members.get(best)) < 0) {
        best = i;
      }
    }
    return best;
  }

  private static int chooseDate(List<NewsItem> items, MergePolicy.DateRule rule) {
    TreeMap<LocalDate, Integer> votes = new TreeMap<>();
    for (NewsItem item : items) {
      item.date().ifPresent(d -> votes.merge(d, 1, Integer::sum));
    }
    if (votes.isEmpty()) {
      return 0;
    }
    LocalDate chosen =
        switch (rule) {
          case AGREEMENT -> {
            LocalDate top = votes.firstKey();
            for (Map.Entry<LocalDate, Integer> e : votes.entrySet()) {
              if (e.getValue() > votes.get(top)) {
                top = e.getKey();
              }
            }
            yield top;
          }
          case EARLIEST -> votes.firstKey();
          case LATEST -> votes.lastKey();
        };
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).date().equals(Optional.of(chosen))) {
        return i;
      }
    }
    throw new AssertionError("no member has the chosen date");
  }
}
