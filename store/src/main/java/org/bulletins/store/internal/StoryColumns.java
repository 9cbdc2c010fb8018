package org.bulletins.store.internal;

import java.util.List;
import java.util.stream.IntStream;
import org.bulletins.model.MatchLink;
import org.bulletins.model.MergedStory;

/**
 * The JSON columns of a story row ({@code stories.merged}, {@code field_sources}, {@code
 * title_variants}) and of its links' {@code evidence}. A file's ingest writes tens of thousands of
 * stories: encoding them is most of the Java work of writing them, and each story's JSON depends on
 * that story alone, so they are encoded on all cores (beside the writer thread that inserts the
 * file's new items) before the statements bind them in order.
 *
 * <pre>{@code
 * StoryColumns[] json = StoryColumns.encode(plan.written());
 * statement.setString(6, json[s].merged());
 * }</pre>
 *
 * @param merged the merged item, or empty if its members give it back ({@link DerivedColumns})
 * @param fieldSources which member gave each field, or empty if all the first
 * @param titleVariants the members' distinct titles, or empty if its members give them back
 * @param evidence each link's evidence, in the order of {@link MergedStory#links()}
 */
record StoryColumns(String merged, String fieldSources, String titleVariants, String[] evidence) {

  /** Encodes the columns of the stories an ingest writes, in their order, on all cores. */
  static StoryColumns[] encode(List<StoryIds.Assigned> written) {
    StoryColumns[] out = new StoryColumns[written.size()];
    IntStream.range(0, out.length).parallel().forEach(s -> out[s] = of(written.get(s).story()));
    return out;
  }

  private static StoryColumns of(MergedStory story) {
    List<MatchLink> links = story.links();
    String[] evidence = new String[links.size()];
    for (int i = 0; i < evidence.length; i++) {
      evidence[i] = Codec.write(links.get(i).evidence());
    }
    return new StoryColumns(
        DerivedColumns.merged(story),
        DerivedColumns.fieldSources(story),
        DerivedColumns.titleVariants(story),
        evidence);
  }
}
