package org.bulletins.testing;

import java.util.List;
import org.bulletins.model.Diagnostic;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;

/**
 * Entry point of the project's AssertJ assertions: import statically beside AssertJ's own.
 *
 * <pre>{@code
 * import static org.bulletins.testing.BulletinsAssertions.assertThat;
 *
 * assertThat(item).hasTitle("Ministers meet").hasDate("2021-06-09").spansLines(1, 6);
 * assertThat(story).hasKind(ClusterKind.EXACT).hasMemberCount(2);
 * assertThatDiagnostics(doc.diagnostics()).hasCode(DiagnosticCode.DATE_IMPOSSIBLE).atLine(12);
 * }</pre>
 */
public final class BulletinsAssertions {

  private BulletinsAssertions() {}

  /** Assertions on one item. */
  public static NewsItemAssert assertThat(NewsItem actual) {
    return new NewsItemAssert(actual);
  }

  /** Assertions on one merged story. */
  public static StoryAssert assertThat(MergedStory actual) {
    return new StoryAssert(actual);
  }

  /** Assertions on a document's or a run's diagnostics. */
  public static DiagnosticsAssert assertThatDiagnostics(List<Diagnostic> actual) {
    return new DiagnosticsAssert(actual);
  }
}
