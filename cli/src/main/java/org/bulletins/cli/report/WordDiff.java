package org.bulletins.cli.report;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletins.cli.report.ReportData.Segment;

/**
 * A word-level diff of two texts, computed by java-diff-utils (Myers) over words and the spaces
 * between them. Runs of the same kind are joined, so the result alternates between kinds. Joining
 * the {@code =} and {@code -} runs gives back the left text, the {@code =} and {@code +} runs the
 * right one.
 */
final class WordDiff {

  static final String SAME = "=";
  static final String REMOVED = "-";
  static final String ADDED = "+";

  /** A word, or a run of spaces; a paragraph break is its own token so that it can align. */
  private static final Pattern TOKEN = Pattern.compile("\n|[^\\S\n]+|[^\\s]+");

  /**
   * Texts longer than this many tokens are shown as replaced whole: Myers' algorithm takes time and
   * memory that grow with the product of length and difference, and no one reads such a diff.
   */
  static final int MAX_TOKENS = 20_000;

  private WordDiff() {}

  /** The diff from {@code left} to {@code right}; empty when both are empty. */
  static List<Segment> diff(String left, String right) {
    List<String> a = tokens(left);
    List<String> b = tokens(right);
    if (a.size() > MAX_TOKENS || b.size() > MAX_TOKENS) {
      Runs whole = new Runs();
      whole.add(left.equals(right) ? SAME : REMOVED, a);
      if (!left.equals(right)) {
        whole.add(ADDED, b);
      }
      return whole.segments;
    }
    Patch<String> patch = DiffUtils.diff(a, b);
    Runs runs = new Runs();
    int next = 0; // the next token of a not yet written
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      int start = delta.getSource().getPosition();
      runs.add(SAME, a.subList(next, start));
      runs.add(REMOVED, delta.getSource().getLines());
      runs.add(ADDED, delta.getTarget().getLines());
      next = start + delta.getSource().size();
    }
    runs.add(SAME, a.subList(next, a.size()));
    return joinAcrossSpaces(runs.segments);
  }

  /**
   * Folds a change that is split only by an unchanged space into one change: "Volunteers" to "Local
   * volunteers" reads as one replacement, not as three pieces around a shared space.
   */
  static List<Segment> joinAcrossSpaces(List<Segment> segments) {
    List<Segment> out = new ArrayList<>();
    int i = 0;
    while (i < segments.size()) {
      if (segments.get(i).op().equals(SAME)) {
        append(out, SAME, segments.get(i++).text());
        continue;
      }
      // A group: changes, possibly joined by equal runs of spaces between two changes.
      int end = i;
      while (true) {
        while (end < segments.size() && !segments.get(end).op().equals(SAME)) {
          end++;
        }
        if (end + 1 < segments.size()
            && isSpace(segments.get(end).text())
            && !segments.get(end + 1).op().equals(SAME)) {
          end++;
        } else {
          break;
        }
      }
      StringBuilder removed = new StringBuilder();
      StringBuilder added = new StringBuilder();
      for (Segment segment : segments.subList(i, end)) {
        if (!segment.op().equals(ADDED)) {
          removed.append(segment.text());
        }
        if (!segment.op().equals(REMOVED)) {
          added.append(segment.text());
        }
      }
      // A space that ends both sides is not part of the change.
      String common = "";
      while (removed.length() > common.length()
          && added.length() > common.length()
          && removed.charAt(removed.length() - common.length() - 1) == ' '
          && added.charAt(added.length() - common.length() - 1) == ' ') {
        common += " ";
      }
      append(out, REMOVED, removed.substring(0, removed.length() - common.length()));
      append(out, ADDED, added.substring(0, added.length() - common.length()));
      append(out, SAME, common);
      i = end;
    }
    return out;
  }

  private static void append(List<Segment> out, String op, String text) {
    if (text.isEmpty()) {
      return;
    }
    int last = out.size() - 1;
    if (last >= 0 && out.get(last).op().equals(op)) {
      out.set(last, new Segment(op, out.get(last).text() + text));
    } else {
      out.add(new Segment(op, text));
    }
  }

  private static boolean isSpace(String text) {
    return text.isBlank() && !text.contains("\n");
  }

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher matcher = TOKEN.matcher(text);
    while (matcher.find()) {
      tokens.add(matcher.group());
    }
    return tokens;
  }

  /** Builds the segments, joining consecutive tokens of one kind. */
  private static final class Runs {
    final List<Segment> segments = new ArrayList<>();

    void add(String op, List<String> tokens) {
      if (tokens.isEmpty()) {
        return;
      }
      String text = String.join("", tokens);
      int last = segments.size() - 1;
      if (last >= 0 && segments.get(last).op().equals(op)) {
        segments.set(last, new Segment(op, segments.get(last).text() + text));
      } else {
        segments.add(new Segment(op, text));
      }
    }
  }
}
