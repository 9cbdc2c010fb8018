package org.bulletins.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One story: the canonical item that deduplication built from a group of items, with every member
 * and the provenance of each field.
 *
 * <p>{@code members} keeps every input item of the group with its own {@link SourceSpan}, so no
 * source position is lost. {@code fieldSources} names, for each {@link ItemField}, the index of the
 * member that supplied it. {@code titleVariants} lists every distinct member title in member order.
 * {@code links} holds the evidence of each comparison that put the group together.
 *
 * <pre>{@code
 * MergedStory story = ...;
 * NewsItem item = story.merged();
 * NewsItem titleFrom = story.members().get(story.fieldSources().get(ItemField.TITLE));
 * story.members().forEach(m -> System.out.println(m.span()));
 * }</pre>
 *
 * @param kind what kind of group this is; {@link ClusterKind#SINGLETON} exactly when there is one
 *     member
 * @param merged the canonical item
 * @param members the input items of the group, at least one
 * @param fieldSources for every field, the index of the member that supplied it
 * @param titleVariants the distinct titles of the members, at least one
 * @param links the evidence of the comparisons that formed the group
 * @since 0.1.0
 */
@JsonPropertyOrder({"id", "kind", "merged", "fieldSources", "titleVariants", "members", "links"})
@JsonIgnoreProperties(value = "id", allowGetters = true)
public record MergedStory(
    ClusterKind kind,
    NewsItem merged,
    List<NewsItem> members,
    Map<ItemField, Integer> fieldSources,
    List<String> titleVariants,
    List<MatchLink> links) {

  /** The field sources of a single-member story, shared: copying it is free. */
  private static final ImmutableSortedMap<ItemField, Integer> SINGLE_SOURCE =
      ImmutableSortedMap.of(ItemField.DATE, 0, ItemField.TITLE, 0, ItemField.BODY, 0);

  private static final Set<ItemField> ALL_FIELDS =
      Collections.unmodifiableSet(EnumSet.allOf(ItemField.class));

  /**
   * Validates the story and makes its collections immutable.
   *
   * @param kind what kind of group this is; {@link ClusterKind#SINGLETON} exactly when there is one
   *     member
   * @param merged the canonical item
   * @param members the input items of the group, at least one
   * @param fieldSources for every field, the index of the member that supplied it
   * @param titleVariants the distinct titles of the members, at least one
   * @param links the evidence of the comparisons that formed the group
   */
  @SuppressWarnings("ReferenceEquality") // the shared singleton map, by identity on purpose
  public MergedStory {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(merged, "merged");
    members = List.copyOf(Objects.requireNonNull(members, "members"));
    checkArgument(!members.isEmpty(), "a story has at least one member");
    checkArgument(
        (kind == ClusterKind.SINGLETON) == (members.size() == 1),
        "kind %s does not fit %s members",
        kind,
        members.size());
    fieldSources = ImmutableSortedMap.copyOf(Objects.requireNonNull(fieldSources, "fieldSources"));
    // The singletons' shared map (most stories of a batch) is valid for any story: not checked
    // again for each of a million.
    if (fieldSources != SINGLE_SOURCE) {
      checkArgument(
          fieldSources.keySet().equals(ALL_FIELDS),
          "fieldSources must name a member for every field, was %s",
          fieldSources);
      // The fields named one by one (the key set is all of them, checked above; MergedStoryTest
      // fails if a field is added and not named here), in their order: a loop over the sorted map's
      // values trapped in the JIT's compiled constructor (a
      // check hoisted from a profile made of singletons, which skip it) and had it compiled again.
      checkMember(fieldSources.get(ItemField.DATE), members.size());
      checkMember(fieldSources.get(ItemField.TITLE), members.size());
      checkMember(fieldSources.get(ItemField.BODY), members.size());
    }
    titleVariants = List.copyOf(Objects.requireNonNull(titleVariants, "titleVariants"));
    checkArgument(!titleVariants.isEmpty(), "a story has at least one title variant");
    // One variant is distinct (and a set of it would hash every singleton's title).
    checkArgument(
        titleVariants.size() == 1 || new HashSet<>(titleVariants).size() == titleVariants.size(),
        "titleVariants must be distinct");
    links = List.copyOf(Objects.requireNonNull(links, "links"));
    for (MatchLink link : links) {
      checkArgument(link.right() < members.size(), "link to missing member %s", link.right());
    }
  }

  private static void checkMember(int index, int members) {
    checkArgument(index >= 0 && index < members, "no member %s", index);
  }

  /**
   * A single item as a story of its own, as deduplication reports items with no copy.
   *
   * @param item the item
   * @return a {@link ClusterKind#SINGLETON} story whose merged item is {@code item}
   */
  public static MergedStory singleton(NewsItem item) {
    return new MergedStory(
        ClusterKind.SINGLETON,
        item,
        List.of(item),
        SINGLE_SOURCE, // a million items' singletons would each sort a map of their own
        List.of(item.title()),
        List.of());
  }

  /**
   * Computes the story's identifier: the content identifier of its merged item (hashes its text on
   * each call, as {@link NewsItem#computeId()} does).
   *
   * @return {@code merged().computeId()}
   */
  @JsonProperty("id")
  public ContentId computeId() {
    return merged.computeId();
  }

  /**
   * The member that supplied a field.
   *
   * @param field a field
   * @return the member named by {@code fieldSources().get(field)}
   */
  public NewsItem sourceOf(ItemField field) {
    return members.get(fieldSources.get(field));
  }

  /** Returns {@code kind: merged item (N members)}. */
  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT)
        + ": "
        + merged
        + " ("
        + members.size()
        + (members.size() == 1 ? " member)" : " members)");
  }
}
