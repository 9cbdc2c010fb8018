package org.bulletins.dedup;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Objects;
import org.bulletins.model.ClusterKind;
import org.bulletins.model.ContentId;
import org.bulletins.model.MergedStory;

/**
 * What {@link DedupEngine#deduplicate(List)} found: one story per group, covering every input item
 * exactly once.
 *
 * <p>Stories are sorted by their first member's source and line, so the order follows the bulletins
 * and does not depend on the order of the input list.
 *
 * <pre>{@code
 * DedupResult result = engine.deduplicate(items);
 * result.stories().size();   // distinct stories
 * result.duplicateCount();   // items folded into another
 * ContentId first = result.memberIds().get(0).get(0); // = stories().get(0).members().get(0).computeId()
 * }</pre>
 *
 * @param stories the stories, singletons included
 * @param inputCount the number of input items
 * @param memberIds each story's members' content ids, in member order, as the engine computed them
 *     (so that a caller need not fold and hash every member again); empty when the result was made
 *     without them ({@link #DedupResult(List, int)})
 * @since 0.1.0
 */
public record DedupResult(
    List<MergedStory> stories, int inputCount, List<List<ContentId>> memberIds) {

  /**
   * Validates the result: the stories hold exactly {@code inputCount} members, and the ids, if
   * given, name each member of each story.
   *
   * @param stories the stories, singletons included
   * @param inputCount the number of input items
   * @param memberIds each story's members' content ids in member order, or an empty list
   */
  public DedupResult {
    stories = List.copyOf(Objects.requireNonNull(stories, "stories"));
    int members = stories.stream().mapToInt(s -> s.members().size()).sum();
    checkArgument(
        members == inputCount, "stories hold %s members, input had %s", members, inputCount);
    memberIds = memberIds(Objects.requireNonNull(memberIds, "memberIds"), stories);
  }

  /**
   * A result without the members' content ids ({@link #memberIds()} is empty).
   *
   * <pre>{@code
   * DedupResult result = new DedupResult(stories, items.size());
   * }</pre>
   *
   * @param stories the stories, singletons included
   * @param inputCount the number of input items
   */
  public DedupResult(List<MergedStory> stories, int inputCount) {
    this(stories, inputCount, List.of());
  }

  private static List<List<ContentId>> memberIds(
      List<List<ContentId>> ids, List<MergedStory> stories) {
    if (ids.isEmpty()) {
      return List.of();
    }
    checkArgument(
        ids.size() == stories.size(), "%s stories, ids for %s", stories.size(), ids.size());
    List<List<ContentId>> copy = new java.util.ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      List<ContentId> story = List.copyOf(ids.get(i)); // no copy when immutable already
      checkArgument(
          story.size() == stories.get(i).members().size(),
          "story %s has %s members, ids for %s",
          i,
          stories.get(i).members().size(),
          story.size());
      copy.add(story);
    }
    return List.copyOf(copy);
  }

  /**
   * Equal when the stories and the input count are equal: the ids are derived from the members
   * (each is its member's {@link org.bulletins.model.NewsItem#computeId()}), so a result with them
   * equals the same result without them, as another engine (Spark) or a store gives it.
   *
   * @param o another object
   * @return true for a result with equal stories and input count
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof DedupResult other
        && inputCount == other.inputCount
        && stories.equals(other.stories);
  }

  @Override
  public int hashCode() {
    return 31 * stories.hashCode() + inputCount;
  }

  /**
   * How many items were merged into another story's item.
   *
   * @return {@code inputCount - stories().size()}
   */
  public int duplicateCount() {
    return inputCount - stories.size();
  }

  /**
   * The stories of one kind.
   *
   * @param kind a kind
   * @return the stories of that kind, in order
   */
  public List<MergedStory> storiesOfKind(ClusterKind kind) {
    return stories.stream().filter(s -> s.kind() == kind).toList();
  }
}
