package org.bulletins.cli.report;

import java.util.List;
import java.util.Locale;
import org.bulletins.model.MatchEvidence;
import org.bulletins.model.MatchLink;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;

/**
 * The one place where the report reads the dedup engine's stories and evidence. The evidence types
 * are being reworked (a rule enum, a strength); when they change, only this class changes.
 */
final class EvidenceView {

  private EvidenceView() {}

  /** The story's kind as the JSON formats name it: {@code singleton}, {@code near-duplicate}... */
  static String kind(MergedStory story) {
    return story.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Every copy of the story, in the engine's member order. */
  static List<NewsItem> copies(MergedStory story) {
    return story.members();
  }

  /** The canonical item the engine built from the copies. */
  static NewsItem merged(MergedStory story) {
    return story.merged();
  }

  /** The story's stable identifier. */
  static String id(MergedStory story) {
    return story.computeId().value();
  }

  /** The evidence of every comparison that formed the story, in the engine's order. */
  static List<ReportData.Link> links(MergedStory story) {
    return story.links().stream().map(EvidenceView::link).toList();
  }

  private static ReportData.Link link(MatchLink link) {
    MatchEvidence e = link.evidence();
    return new ReportData.Link(
        link.left(),
        link.right(),
        e.sameStory(),
        e.rule().id(),
        e.titleSimilarity(),
        e.bodySimilarity(),
        e.containment(),
        e.dateDistanceDays().orElse(null),
        e.sharedTerms(),
        e.conflictingTerms(),
        e.scores());
  }
}
