package org.bulletins.store.internal;

import com.google.common.collect.Maps;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.bulletins.model.ItemField;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;

/**
 * The story columns that a reader can make again from the story's members (read with the story in
 * any case), stored as {@link #DERIVED} (an empty string, which no JSON value is) instead of their
 * JSON since schema 4. A column is left empty only when what is derived from the members equals the
 * story's own value, checked when the row is written; otherwise its JSON is stored, as before. Most
 * stories are single items, whose merged item repeated the item's whole text (a fifth of a store's
 * bytes).
 *
 * <ul>
 *   <li>{@code merged}: a single member's story has that member as its merged item; a larger
 *       story's merged item takes the date, title, paragraphs and span of the members its field
 *       sources name, with no labels (what the engine's merger builds).
 *   <li>{@code field_sources}: every field from the first member.
 *   <li>{@code title_variants}: the members' distinct titles, in member order.
 * </ul>
 */
final class DerivedColumns {

  /** What a derived column holds. */
  static final String DERIVED = "";

  /** Every field from the first member: one map for every story row written and read. */
  private static final Map<ItemField, Integer> FIRST_MEMBER =
      Maps.immutableEnumMap(Maps.asMap(EnumSet.allOf(ItemField.class), field -> 0));

  private DerivedColumns() {}

  /** The column value of a story's merged item: empty if its members give it back. */
  static String merged(MergedStory story) {
    return mergedOf(story.members(), story.fieldSources()).equals(story.merged())
        ? DERIVED
        : Codec.write(story.merged());
  }

  /** The column value of a story's field sources: empty if every field is the first member's. */
  static String fieldSources(MergedStory story) {
    return FIRST_MEMBER.equals(story.fieldSources()) ? DERIVED : Codec.write(story.fieldSources());
  }

  /** The column value of a story's title variants: empty if its members give them back. */
  static String titleVariants(MergedStory story) {
    return titleVariantsOf(story.members()).equals(story.titleVariants())
        ? DERIVED
        : Codec.write(story.titleVariants());
  }

  /**
   * A story's merged item from its column.
   *
   * @param column the {@code merged} column
   * @param members the story's members, in member order
   * @param fieldSources the story's field sources
   * @return the merged item
   */
  static NewsItem merged(
      String column, List<NewsItem> members, Map<ItemField, Integer> fieldSources) {
    if (!column.equals(DERIVED)) {
      return Codec.item(column);
    }
    try {
      return mergedOf(members, fieldSources);
    } catch (IndexOutOfBoundsException | NullPointerException e) {
      // no members, or field sources that name no member: what a damaged JSON column gives
      throw new IllegalStateException("damaged story row: its members do not give its item", e);
    }
  }

  /** A story's field sources from their column. */
  static Map<ItemField, Integer> fieldSources(String column) {
    return column.equals(DERIVED) ? FIRST_MEMBER : Codec.fieldSources(column);
  }

  /** A story's title variants from their column and its members. */
  static List<String> titleVariants(String column, List<NewsItem> members) {
    return column.equals(DERIVED) ? titleVariantsOf(members) : Codec.strings(column);
  }

  private static NewsItem mergedOf(List<NewsItem> members, Map<ItemField, Integer> fieldSources) {
    if (members.size() == 1) {
      return members.get(0);
    }
    NewsItem body = members.get(fieldSources.get(ItemField.BODY));
    return new NewsItem(
        members.get(fieldSources.get(ItemField.DATE)).date(),
        members.get(fieldSources.get(ItemField.TITLE)).title(),
        body.paragraphs(),
        body.span());
  }

  private static List<String> titleVariantsOf(List<NewsItem> members) {
    if (members.size() == 1) {
      return List.of(members.get(0).title());
    }
    LinkedHashSet<String> titles = new LinkedHashSet<>();
    for (NewsItem member : members) {
      titles.add(member.title());
    }
    return List.copyOf(titles);
  }
}
