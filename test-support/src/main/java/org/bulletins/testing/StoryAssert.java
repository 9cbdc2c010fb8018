package org.bulletins.testing;

import java.util.List;
import org.assertj.core.api.AbstractObjectAssert;
import org.bulletins.model.ClusterKind;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;

/** Assertions on a {@link MergedStory}; failures list the story's members. */
public final class StoryAssert extends AbstractObjectAssert<StoryAssert, MergedStory> {

  StoryAssert(MergedStory actual) {
    super(actual, StoryAssert.class);
  }

  /** The story is of this kind. */
  public StoryAssert hasKind(ClusterKind kind) {
    isNotNull();
    if (actual.kind() != kind) {
      failWithMessage("Expected a %s story but was %s:%n%s", kind, actual.kind(), members());
    }
    return this;
  }

  /** The story has exactly {@code count} members. */
  public StoryAssert hasMemberCount(int count) {
    isNotNull();
    if (actual.members().size() != count) {
      failWithMessage(
          "Expected %d members but found %d:%n%s", count, actual.members().size(), members());
    }
    return this;
  }

  /** The merged item's title is exactly {@code title}. */
  public StoryAssert hasMergedTitle(String title) {
    isNotNull();
    if (!actual.merged().title().equals(title)) {
      failWithMessage(
          "Expected the merged title <%s> but was <%s>", title, actual.merged().title());
    }
    return this;
  }

  /** Some member was read from {@code source} at {@code titleLine}. */
  public StoryAssert hasMemberAt(String source, int titleLine) {
    isNotNull();
    boolean found =
        actual.members().stream()
            .anyMatch(m -> m.span().source().equals(source) && m.span().titleLine() == titleLine);
    if (!found) {
      failWithMessage("Expected a member at %s:%d among%n%s", source, titleLine, members());
    }
    return this;
  }

  private String members() {
    List<NewsItem> members = actual.members();
    StringBuilder out = new StringBuilder();
    for (NewsItem member : members) {
      out.append("  ").append(member.span()).append("  ").append(member.title()).append('\n');
    }
    return out.toString();
  }
}
