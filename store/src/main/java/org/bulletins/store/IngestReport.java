package org.bulletins.store;

import java.util.List;
import java.util.Objects;
import org.bulletins.model.Diagnostic;

/**
 * What {@link BulletinStore#ingest(String, byte[])} did with one file.
 *
 * <pre>{@code
 * IngestReport r = store.ingest("monday.txt", bytes);
 * if (r.outcome() == IngestReport.Outcome.UNCHANGED) System.out.println("already stored");
 * }</pre>
 *
 * @param source the source name the file is stored under
 * @param outcome added, replaced or left as it was
 * @param items the file's items (0 when unchanged)
 * @param newStories stories that no stored story had before (0 when unchanged)
 * @param diagnostics the parser's diagnostics on the file (none when unchanged)
 * @since 0.2.0
 */
public record IngestReport(
    String source, Outcome outcome, int items, int newStories, List<Diagnostic> diagnostics) {

  /** What happened to a file. */
  public enum Outcome {
    /** A file the store did not have: its items were added. */
    ADDED,
    /** A file stored before with other contents: its old items were replaced by the new ones. */
    REPLACED,
    /** A file stored before with the same checksum: nothing was done. */
    UNCHANGED
  }

  /**
   * Validates the report.
   *
   * @param source the source name
   * @param outcome what happened
   * @param items the file's items
   * @param newStories the new stories
   * @param diagnostics the diagnostics
   */
  public IngestReport {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(outcome, "outcome");
    diagnostics = List.copyOf(diagnostics);
  }
}
