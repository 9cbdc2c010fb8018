package org.bulletins.dedup;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Objects;
import org.bulletins.model.ClusterKind;
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
 * }</pre>
 *
 * @param stories the stories, singletons included
 * @param inputCount the number of input items
 * @since 0.1.0
 */
public record DedupResult(List<MergedStory> stories, int inputCount) {

  /**
   * Validates the result: the stories hold exactly {@code inputCount} members.
   *
   * @param stories the stories, singletons included
   * @param inputCount the number of input items
   */
  public DedupResult {
    stories = List.copyOf(Objects.requireNonNull(stories, "stories"));
    int members = stories.stream().mapToInt(s -> s.members().size()).sum();
    checkArgument(
        members == inputCount, "stories hold %s members, input had %s", members, inputCount);
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
