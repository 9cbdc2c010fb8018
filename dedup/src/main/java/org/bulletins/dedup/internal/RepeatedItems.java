package org.bulletins.dedup.internal;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.bulletins.dedup.internal.sketch.Hash64;
import org.bulletins.model.NewsItem;

/**
 * Finds, while a batch is signed in parallel, an earlier item that this one repeats: the same date,
 * title and paragraphs, character for character (the same item on overlapping pages, or scraped
 * again). Signing reads exactly those three, so a repeat takes the earlier item's signature, keys
 * and terms instead of being signed again.
 *
 * <p>Made before signing starts: the items are grouped by a cheap hash of date, title and the
 * paragraphs' lengths and ends (sorted, not probed in a table: a lookup per item in a table of
 * millions of slots was a cache miss each, about 4% of a million items' CPU with the hashes of the
 * whole text), each run of one hash is split by text (a figure corrected in the middle of a
 * paragraph keeps its length and ends), and each group of two or more items of one text keeps the
 * lowest index published so far. {@link #earlierSigned} reads an item's group, {@link #publish}
 * publishes an item once signed. An item whose earlier copy is still being signed on another thread
 * is signed again; so is every item of a run past its {@value #MAX_TEXTS_PER_RUN}th text. Both only
 * cost the saving, never change a result. Thread-safe.
 *
 * <pre>{@code
 * RepeatedItems repeats = new RepeatedItems(items);
 * int earlier = repeats.earlierSigned(i);   // -1: sign item i, then repeats.publish(i)
 * }</pre>
 */
final class RepeatedItems {

  // The most items whose index fits beside a hash in one sorted long; a larger batch finds none.
  private static final int INDEX_BITS = 29;
  static final int MAX_ITEMS = 1 << INDEX_BITS;
  private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

  // Chars of each end of a paragraph in its hash: a copy has them all, a rewrite rarely keeps
  // both ends and the length.
  private static final int END_CHARS = 16;

  // Texts told apart in one run of equal hashes: bounds the comparisons a run of many texts with
  // one hash costs (each item is compared with each text before it, once, on one thread before
  // signing starts); the items of later texts are signed.
  static final int MAX_TEXTS_PER_RUN = 16;

  private final int[] groupOf; // -1: signed on its own (its text alone, or past its run's texts)
  private final AtomicIntegerArray lowestPublished; // per group: index + 1, 0 while none

  /**
   * The groups of a batch, none published yet.
   *
   * @param items the batch's items
   */
  RepeatedItems(List<NewsItem> items) {
    int n = items.size() > MAX_ITEMS ? 0 : items.size();
    long[] sorted = new long[n];
    ParallelLoop.forEach(
        n, 4096, i -> sorted[i] = (hash(items.get(i)) & ~INDEX_MASK) | i); // index in the low bits
    Arrays.parallelSort(sorted);
    this.groupOf = new int[n];
    int groups = 0;
    for (int at = 0; at < n; ) {
      int end = at + 1;
      while (end < n && (sorted[end] & ~INDEX_MASK) == (sorted[at] & ~INDEX_MASK)) {
        end++;
      }
      if (end - at == 1) {
        groupOf[(int) (sorted[at] & INDEX_MASK)] = -1;
      } else {
        groups = groupByText(items, sorted, at, end, groups);
      }
      at = end;
    }
    this.lowestPublished = new AtomicIntegerArray(groups);
  }

  /**
   * Gives each text of two items or more in the run {@code sorted[at, end)} (one hash, items in
   * index order) a group, and every other item of the run -1.
   *
   * @return the number of groups made so far
   */
  private int groupByText(List<NewsItem> items, long[] sorted, int at, int end, int groups) {
    int textsToldApart = Math.min(end - at, MAX_TEXTS_PER_RUN);
    int[] firstOfText = new int[textsToldApart]; // each text's first item
    int[] itemsOfText = new int[textsToldApart];
    int[] textOfItem = new int[end - at]; // by place in the run; -1 past the last text
    int texts = 0;
    for (int k = at; k < end; k++) {
      int item = (int) (sorted[k] & INDEX_MASK);
      int text = textOf(items, item, firstOfText, texts);
      if (text < 0 && texts < textsToldApart) {
        text = texts++;
        firstOfText[text] = item;
      }
      if (text >= 0) {
        itemsOfText[text]++;
      }
      textOfItem[k - at] = text;
    }
    int[] groupOfText = new int[texts];
    int made = groups;
    for (int text = 0; text < texts; text++) {
      groupOfText[text] = itemsOfText[text] > 1 ? made++ : -1;
    }
    for (int k = at; k < end; k++) {
      int text = textOfItem[k - at];
      groupOf[(int) (sorted[k] & INDEX_MASK)] = text < 0 ? -1 : groupOfText[text];
    }
    return made;
  }

  /** Which of the run's first {@code texts} texts item {@code item} has, or -1. */
  private static int textOf(List<NewsItem> items, int item, int[] firstOfText, int texts) {
    NewsItem candidate = items.get(item);
    for (int text = 0; text < texts; text++) {
      if (sameText(items.get(firstOfText[text]), candidate)) {
        return text;
      }
    }
    return -1;
  }

  /**
   * The number of groups: two or more items of one text (tests).
   *
   * @return the groups
   */
  int groupCount() {
    return lowestPublished.length();
  }

  /**
   * An earlier item, signed already, that item {@code i} repeats; called before it is signed.
   *
   * @param i the item's index
   * @return the earlier item's index, or -1: sign this one
   */
  int earlierSigned(int i) {
    int group = i < groupOf.length ? groupOf[i] : -1;
    if (group < 0) {
      return -1;
    }
    int earlier = lowestPublished.get(group) - 1; // a group's items have one text
    return earlier >= 0 && earlier < i ? earlier : -1;
  }

  /**
   * Publishes a signed item: what signing wrote for it before this call is what a later repeat
   * reads.
   *
   * @param i the item's index
   */
  void publish(int i) {
    int group = i < groupOf.length ? groupOf[i] : -1;
    if (group < 0) {
      return;
    }
    // Keep the lowest index: a later repeat finds the earliest copy signed.
    while (true) {
      int held = lowestPublished.get(group);
      if ((held != 0 && held - 1 <= i) || lowestPublished.compareAndSet(group, held, i + 1)) {
        return;
      }
    }
  }

  /**
   * A hash of the date, the title, and each paragraph's length and first and last chars: equal for
   * items of the same text, rarely for others (whose {@link #sameText} then tells them apart). Not
   * the paragraphs' whole text: hashing every char of a million items was a pass over all of it.
   */
  static long hash(NewsItem item) {
    long day = item.date().isPresent() ? item.date().get().toEpochDay() : Long.MIN_VALUE;
    long h = Hash64.combine(Hash64.start(), day);
    h = Hash64.combine(h, item.title().hashCode());
    for (String paragraph : item.paragraphs()) {
      int length = paragraph.length();
      long ends = Hash64.start();
      for (int c = 0, head = Math.min(END_CHARS, length); c < head; c++) {
        ends = Hash64.add(ends, paragraph.charAt(c));
      }
      for (int c = Math.max(END_CHARS, length - END_CHARS); c < length; c++) {
        ends = Hash64.add(ends, paragraph.charAt(c));
      }
      h = Hash64.combine(Hash64.combine(h, length), ends);
    }
    return Hash64.mix(Hash64.combine(h, item.paragraphs().size()));
  }

  /**
   * Whether two items have the same date, title and paragraphs, character for character: all that
   * signing an item, its terms and its facts read of it.
   */
  static boolean sameText(NewsItem a, NewsItem b) {
    return a.title().equals(b.title())
        && a.date().equals(b.date())
        && a.paragraphs().equals(b.paragraphs());
  }
}
