package org.bulletins.dedup.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntUnaryOperator;
import org.bulletins.dedup.DedupOptions;
import org.bulletins.dedup.MergePolicy;
import org.bulletins.dedup.internal.sketch.ItemSignature;
import org.bulletins.dedup.internal.text.TextShape;
import org.bulletins.model.ClusterKind;
import org.bulletins.model.ItemField;
import org.bulletins.model.MatchEvidence;
import org.bulletins.model.MatchLink;
import org.bulletins.model.MatchRule;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;

/**
 * Stage 5: merges one group of items into a {@link MergedStory} by the {@link MergePolicy}.
 * Immutable and thread-safe.
 *
 * <p>Members are sorted by source, line and content id, so the story does not depend on input
 * order. The merged item takes its date, title and body from the members the policy chooses ({@code
 * fieldSources} names them) and the {@link org.bulletins.model.SourceSpan} of the member that
 * supplied the body. Links: every pair of members with different content, plus each exact copy
 * linked to the first member with its content; each link carries the verifier's evidence. The kind
 * is {@link ClusterKind#EXACT} when all members have one content id, {@link ClusterKind#REWRITE}
 * when a link was decided by the {@code rewrite} rule, else {@link ClusterKind#NEAR_DUPLICATE}.
 */
public final class StoryMerger {

  private final DedupOptions options;

  /**
   * A merger for an engine's options.
   *
   * @param options the options (merge policy)
   */
  public StoryMerger(DedupOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * One member of a group.
   *
   * @param item the item
   * @param signature its signature
   * @param index its index in the caller's list, for the caller's evidence lookups
   */
  public record Member(NewsItem item, ItemSignature signature, int index) {}

  /** Looks up or computes the evidence for two members, by their positions in the group. */
  public interface EvidenceSource {
    /**
     * The evidence of two members.
     *
     * @param a one member
     * @param b another, after {@code a} in the merger's order
     * @return the evidence
     */
    MatchEvidence evidence(Member a, Member b);
  }

  /**
   * Merges one group of a batch, reusing the evidence of pairs verified already. Evidence names
   * shared terms as its first item writes them, so a known verdict is reused only when it was
   * computed in the merger's order; other pairs are judged again.
   *
   * @param items the batch
   * @param signatures the batch's signatures, by index
   * @param group indexes of the group's items, at least one
   * @param known verdicts by pair (lower index first), {@link StoryClusterer#APART_BY_SKETCH} for
   *     pairs the sketches showed apart
   * @param judge the verdict on any pair of the batch, as the clusterer got it
   * @return the story
   */
  public MergedStory mergeGroup(
      List<NewsItem> items,
      ItemSignature[] signatures,
      int[] group,
      Map<CandidatePair, MatchEvidence> known,
      StoryClusterer.Judge judge) {
    if (group.length == 1) {
      return MergedStory.singleton(items.get(group[0]));
    }
    List<Member> members = new ArrayList<>(group.length);
    for (int i : group) {
      members.add(new Member(items.get(i), signatures[i], i));
    }
    return merge(members, new KnownOrJudged(known, judge));
  }

  /**
   * A known verdict of two members, or the judge's. A class, not a lambda: the JIT compiled a
   * lambda's body twice, as its own method and inlined into the synthetic class's method that calls
   * it, about 48 kB of code each.
   */
  private static final class KnownOrJudged implements EvidenceSource {
    private final Map<CandidatePair, MatchEvidence> known;
    private final StoryClusterer.Judge judge;

    KnownOrJudged(Map<CandidatePair, MatchEvidence> known, StoryClusterer.Judge judge) {
      this.known = known;
      this.judge = judge;
    }

    // APART_BY_SKETCH is a sentinel instance: identity is the point.
    @SuppressWarnings("ReferenceEquality")
    @Override
    public MatchEvidence evidence(Member a, Member b) {
      MatchEvidence e =
          a.index() < b.index() ? known.get(new CandidatePair(a.index(), b.index())) : null;
      return e != null && e != StoryClusterer.APART_BY_SKETCH
          ? e
          : judge.judge(a.index(), b.index());
    }
  }

  /**
   * Merges a group.
   *
   * @param group the members, at least one, in any order
   * @param evidence the evidence of member pairs
   * @return the story
   */
  public MergedStory merge(List<Member> group, EvidenceSource evidence) {
    if (group.isEmpty()) {
      throw new IllegalArgumentException("a story needs at least one item");
    }
    List<Member> members = new ArrayList<>(group);
    members.sort(Comparator.comparing(Member::item, MemberOrder.ITEMS));
    List<NewsItem> items = new ArrayList<>(members.size());
    for (Member m : members) {
      items.add(m.item());
    }
    if (members.size() == 1) {
      return MergedStory.singleton(items.get(0));
    }
    // Links: each copy to the first member with its content, each first member to every earlier
    // one. The first members of the units (and their content keys) in the order they came, which
    // is ascending: arrays, not a map of boxed keys and a sorted copy of its values per member.
    int[] firsts = new int[members.size()];
    long[] firstKeys = new long[members.size()];
    int units = 0;
    List<MatchLink> links = new ArrayList<>();
    boolean rewrite = false;
    for (int j = 0; j < members.size(); j++) {
      long id = members.get(j).signature().contentKey();
      int first = indexOf(firstKeys, units, id);
      if (first >= 0) {
        links.add(
            new MatchLink(
                firsts[first], j, evidence.evidence(members.get(firsts[first]), members.get(j))));
        continue;
      }
      for (int u = 0; u < units; u++) {
        int i = firsts[u];
        MatchEvidence e = evidence.evidence(members.get(i), members.get(j));
        rewrite |= e.rule() == MatchRule.REWRITE;
        links.add(new MatchLink(i, j, e));
      }
      firsts[units] = j;
      firstKeys[units++] = id;
    }
    // No two links join the same two members: any sort by (left, right) gives this order.
    links.sort(LINK_ORDER);
    ClusterKind kind =
        units == 1 ? ClusterKind.EXACT : rewrite ? ClusterKind.REWRITE : ClusterKind.NEAR_DUPLICATE;
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
    Set<String> titles = new LinkedHashSet<>();
    for (NewsItem item : items) {
      titles.add(item.title());
    }
    List<String> variants = List.copyOf(titles);
    return new MergedStory(kind, merged, items, sources, variants, links);
  }

  private static final Comparator<MatchLink> LINK_ORDER =
      (x, y) ->
          x.left() != y.left()
              ? Integer.compare(x.left(), y.left())
              : Integer.compare(x.right(), y.right());

  /** The place of a key among the first {@code size} of an array, or -1. */
  private static int indexOf(long[] keys, int size, long key) {
    for (int u = 0; u < size; u++) {
      if (keys[u] == key) {
        return u;
      }
    }
    return -1;
  }

  private static int chooseTitle(List<Member> members, MergePolicy.TitleRule rule) {
    return switch (rule) {
      case MOST_COMPLETE -> {
        // Each title's words counted once, when a comparison first needs them (they were counted
        // again for every comparison).
        int[] words = new int[members.size()];
        Arrays.fill(words, -1);
        IntUnaryOperator wordCount =
            i -> {
              if (words[i] < 0) {
                words[i] = TextShape.words(members.get(i).item().title()).size();
              }
              return words[i];
            };
        yield best(
            members.size(),
            (i, j) -> {
              ItemSignature a = members.get(i).signature();
              ItemSignature b = members.get(j).signature();
              int c = Boolean.compare(a.affixedTitle(), b.affixedTitle());
              if (c == 0) {
                c = Boolean.compare(a.allCapsTitle(), b.allCapsTitle());
              }
              if (c == 0) {
                c = Integer.compare(-wordCount.applyAsInt(i), -wordCount.applyAsInt(j));
              }
              return c != 0
                  ? c
                  : Integer.compare(
                      -members.get(i).item().title().length(),
                      -members.get(j).item().title().length());
            });
      }
      case LONGEST ->
          best(
              members.size(),
              (i, j) ->
                  Integer.compare(
                      -members.get(i).item().title().length(),
                      -members.get(j).item().title().length()));
      case FIRST_SEEN -> 0; // every member ranks equal: the first seen is kept
    };
  }

  private static int chooseBody(List<Member> members, MergePolicy.BodyRule rule) {
    return switch (rule) {
      case LONGEST_NON_TEASER ->
          best(
              members.size(),
              (i, j) -> {
                int c =
                    Boolean.compare(
                        members.get(i).signature().teaser(), members.get(j).signature().teaser());
                return c != 0
                    ? c
                    : Integer.compare(
                        -bodyLength(members.get(i).item()), -bodyLength(members.get(j).item()));
              });
      case FIRST_SEEN -> 0; // every member ranks equal: the first seen is kept
    };
  }

  /** {@code item.body().length()} without joining the paragraphs into a new string. */
  static int bodyLength(NewsItem item) {
    List<String> paragraphs = item.paragraphs();
    int length = 2 * Math.max(0, paragraphs.size() - 1); // the blank lines between paragraphs
    for (String paragraph : paragraphs) {
      length += paragraph.length();
    }
    return length;
  }

  /** An order of the members of a group by their positions; negative when the first ranks first. */
  private interface MemberRank {
    int compare(int i, int j);
  }

  /** The first member that no later member ranks before (the stable choice keeps the first). */
  private static int best(int size, MemberRank order) {
    int best = 0;
    for (int i = 1; i < size; i++) {
      if (order.compare(i, best) < 0) {
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
