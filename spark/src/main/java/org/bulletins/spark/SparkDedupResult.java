package org.bulletins.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.bulletins.dedup.DedupResult;
import org.bulletins.dedup.internal.MemberOrder;
import org.bulletins.model.MergedStory;
import org.bulletins.spark.internal.DistributedDedup;
import org.bulletins.spark.internal.Rows;

/**
 * What {@link SparkDedup#run} found: the stories as a Dataset, the blocks that were over their cap,
 * and the counts of each stage.
 *
 * <pre>{@code
 * SparkDedupResult result = SparkDedup.run(items);
 * result.stories().write().parquet("stories/");
 * if (result.cappedBlockCount() > 0) result.cappedBlocks().show();
 * }</pre>
 */
public final class SparkDedupResult {

  private final DistributedDedup.Outcome outcome;

  SparkDedupResult(DistributedDedup.Outcome outcome) {
    this.outcome = outcome;
  }

  /**
   * The stories, rows of {@link SparkDedup#STORY_SCHEMA}, every input item in exactly one, in no
   * particular order (cached).
   *
   * @return the stories
   */
  public Dataset<Row> stories() {
    return outcome.stories();
  }

  /**
   * The stories on the driver, as {@link org.bulletins.dedup.DedupEngine#deduplicate} gives them
   * (sorted by first member): for results that fit in the driver's memory.
   *
   * <pre>{@code
   * DedupResult local = SparkDedup.run(items).collect();
   * }</pre>
   *
   * @return the stories and the item count
   */
  public DedupResult collect() {
    List<MergedStory> stories = new ArrayList<>();
    for (Row row : outcome.stories().collectAsList()) {
      stories.add(Rows.story(row));
    }
    stories.sort(Comparator.comparing((MergedStory s) -> s.members().get(0), MemberOrder.ITEMS));
    return new DedupResult(stories, Math.toIntExact(outcome.items()));
  }

  /**
   * Converts one row of {@link #stories()} to a story.
   *
   * @param row a row of {@link SparkDedup#STORY_SCHEMA}
   * @return the story
   */
  public static MergedStory toStory(Row row) {
    return Rows.story(row);
  }

  /**
   * The blocks that gave no pairs because they were over their cap: {@code key} (the 64-bit key in
   * hex), {@code kind} ({@code band} for a text or title band, {@code term-pair}) and {@code size}
   * (items in the block).
   *
   * @return the capped blocks
   */
  public Dataset<Row> cappedBlocks() {
    return outcome.cappedBlocks();
  }

  /**
   * How many blocks were over their cap.
   *
   * @return the count
   */
  public long cappedBlockCount() {
    return outcome.cappedBlockCount();
  }

  /**
   * The number of input items.
   *
   * @return the count
   */
  public long inputCount() {
    return outcome.items();
  }

  /**
   * The distinct candidate pairs that the blocks gave.
   *
   * @return the count
   */
  public long candidatePairs() {
    return outcome.candidatePairs();
  }

  /**
   * The candidate pairs that verification found to be one story.
   *
   * @return the count
   */
  public long matches() {
    return outcome.matches();
  }

  /**
   * The connected components of matches and copies (items in none are stories alone).
   *
   * @return the count
   */
  public long components() {
    return outcome.components();
  }

  /**
   * The items in the largest component: one executor clusters it.
   *
   * @return the count
   */
  public long largestComponent() {
    return outcome.largestComponent();
  }

  /**
   * The rounds of large-star/small-star that the components took.
   *
   * @return the count
   */
  public int componentRounds() {
    return outcome.componentRounds();
  }

  /**
   * Wall-clock milliseconds of each stage of the run, in order ({@code sign}, {@code copies},
   * {@code blocks}, {@code verify}, {@code components}, {@code stories}): where the time went.
   *
   * @return the stages' times
   */
  public java.util.Map<String, Long> stageMillis() {
    return outcome.stageMillis();
  }
}
