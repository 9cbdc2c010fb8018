package org.bulletins.store.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import org.bulletins.model.MergedStory;

/**
 * Gives every story after an ingest its stable id, from the ids its members had before.
 *
 * <ul>
 *   <li>A story whose members are exactly those of one stored story is unchanged: it keeps the id
 *       and is not written again.
 *   <li>A story whose members had no id is new: it gets a fresh id.
 *   <li>A story whose members had one or more ids takes the oldest of them (lowest creation
 *       sequence) that no other story took; the larger stories choose first, so when a story is
 *       split its largest part keeps the id. The ids it did not take become aliases of its id.
 *   <li>A stored id that no story holds any more and that no story's members had (its file was
 *       replaced by one without those items) is removed.
 *   <li>A new row that the caller names as taking a replaced row's place ({@link Before#inherited};
 *       the ingest matches a replaced file's items to the new file's by content id) counts that
 *       row's story as its own: a page saved again under its name, with an item added, keeps the
 *       ids of its stories.
 * </ul>
 */
public final class StoryIds {

  /** A story to write: its id, its members' rows in member order, and whether the id is new. */
  public record Assigned(String storyId, MergedStory story, long[] rows, boolean fresh) {}

  /** The outcome: stories to write, ids that become aliases (old id to new), ids to remove. */
  public record Plan(List<Assigned> written, Map<String, String> aliases, Set<String> removed) {}

  /**
   * The stored state before the ingest, asked about the stories that the plan meets only (an open
   * store names its items' stories by seq and does not map every stored id).
   *
   * @param storyOfRow each stored row's story id, or null for a row it does not know; a new row
   *     that takes the place of a stored one (see {@code inherited}) answers that one's story id
   * @param seqOfStory the sequence number of a stored story that {@code storyOfRow} gave
   * @param sizeOf the member count of a stored story that {@code storyOfRow} gave
   * @param stored every stored story id (asked for by a complete plan only)
   * @param inherited whether a row is new and answers a replaced row's story: such a story is
   *     written again (its rows changed), never taken as unchanged
   */
  public record Before(
      LongFunction<String> storyOfRow,
      ToLongFunction<String> seqOfStory,
      ToIntFunction<String> sizeOf,
      Supplier<Collection<String>> stored,
      LongPredicate inherited) {

    /**
     * The state in maps, no row inherited.
     *
     * @param storyOfRow each stored row's story id
     * @param seqOfStory each stored story's sequence number
     * @param sizeOf each stored story's member count
     */
    public Before(
        Map<Long, String> storyOfRow, Map<String, Long> seqOfStory, Map<String, Integer> sizeOf) {
      this(storyOfRow::get, seqOfStory::get, sizeOf::get, seqOfStory::keySet, row -> false);
    }
  }

  private StoryIds() {}

  /**
   * Plans the ids.
   *
   * @param stories every story after the ingest
   * @param rowOf each member's row
   * @param before the stored state
   * @param freshId a new, unused id for a story
   * @return the plan
   */
  public static Plan plan(
      List<MergedStory> stories,
      Function<Object, Long> rowOf,
      Before before,
      Function<MergedStory, String> freshId) {
    return plan(stories, rowOf, before, freshId, true);
  }

  /**
   * Plans the ids from some of the stories: those that changed since the stored state was written,
   * when every other story is exactly a stored story. Then no id is removed: without a deleted
   * item, each stored id's members are in some story, which keeps the id or makes it an alias.
   *
   * @param stories every story after the ingest ({@code complete}), or every changed one
   * @param rowOf each member's row
   * @param before the stored state
   * @param freshId a new, unused id for a story
   * @param complete whether {@code stories} are all the stories
   * @return the plan
   */
  public static Plan plan(
      List<MergedStory> stories,
      Function<Object, Long> rowOf,
      Before before,
      Function<MergedStory, String> freshId,
      boolean complete) {
    List<long[]> rows = new ArrayList<>(stories.size());
    for (MergedStory story : stories) {
      long[] members = new long[story.members().size()];
      for (int i = 0; i < members.length; i++) {
        members[i] = rowOf.apply(story.members().get(i));
      }
      rows.add(members);
    }
    return planRows(stories, rows, before, freshId, complete);
  }

  /**
   * Plans the ids, as {@link #plan(List, Function, Before, Function, boolean)} does, from the
   * members' rows that the caller looked up already (an ingest reads them before the plan, to read
   * the stored stories they name; the identity map's lookups were most of the plan's Java samples).
   *
   * @param stories every story after the ingest ({@code complete}), or every changed one
   * @param rows each story's members' rows, in member order, in the order of {@code stories}
   * @param before the stored state
   * @param freshId a new, unused id for a story
   * @param complete whether {@code stories} are all the stories
   * @return the plan
   */
  public static Plan planRows(
      List<MergedStory> stories,
      List<long[]> rows,
      Before before,
      Function<MergedStory, String> freshId,
      boolean complete) {
    Set<String> claimed = new HashSet<>();
    List<Touched> touched = new ArrayList<>();
    for (int s = 0; s < stories.size(); s++) {
      MergedStory story = stories.get(s);
      touch(story, rows.get(s), before, claimed, touched);
    }
    touched.sort(
        Comparator.comparingInt((Touched t) -> -t.rows.length).thenComparingLong(t -> min(t.rows)));
    List<Assigned> written = new ArrayList<>();
    Map<String, String> aliasOf = new LinkedHashMap<>();
    for (Touched t : touched) {
      String id = null;
      for (String candidate : t.ids) {
        if (claimed.add(candidate)) {
          id = candidate;
          break;
        }
      }
      boolean fresh = id == null;
      if (fresh) {
        id = freshId.apply(t.story);
        claimed.add(id);
      }
      written.add(new Assigned(id, t.story, t.rows, fresh));
      for (String other : t.ids) {
        aliasOf.putIfAbsent(other, id);
      }
    }
    Map<String, String> aliases = new HashMap<>();
    for (Map.Entry<String, String> e : aliasOf.entrySet()) {
      if (!claimed.contains(e.getKey())) {
        aliases.put(e.getKey(), e.getValue());
      }
    }
    Set<String> removed = new HashSet<>();
    for (String id : complete ? before.stored().get() : Set.<String>of()) {
      if (!claimed.contains(id) && !aliases.containsKey(id)) {
        removed.add(id);
      }
    }
    return new Plan(written, aliases, removed);
  }

  private record Touched(MergedStory story, long[] rows, List<String> ids) {}

  /** Marks a story unchanged (its id claimed) or adds it to those to write. */
  private static void touch(
      MergedStory story, long[] rows, Before before, Set<String> claimed, List<Touched> touched) {
    if (rows.length != story.members().size()) {
      throw new IllegalArgumentException("a story's rows are not one per member");
    }
    TreeSet<String> ids = new TreeSet<>(Comparator.comparingLong(before.seqOfStory()));
    boolean allKnown = true;
    for (long row : rows) {
      String id = before.storyOfRow().apply(row);
      if (id == null || before.inherited().test(row)) {
        allKnown = false;
      }
      if (id != null) {
        ids.add(id);
      }
    }
    if (allKnown && ids.size() == 1 && before.sizeOf().applyAsInt(ids.first()) == rows.length) {
      claimed.add(ids.first()); // unchanged
    } else {
      touched.add(new Touched(story, rows, List.copyOf(ids)));
    }
  }

  private static long min(long[] rows) {
    long min = Long.MAX_VALUE;
    for (long row : rows) {
      min = Math.min(min, row);
    }
    return min;
  }
}
