package org.bulletins.dedup.internal;

import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import org.bulletins.dedup.internal.sketch.Hash64;
import org.bulletins.model.NewsItem;

/**
 * Finds, while a batch is signed in parallel, an earlier item that this one repeats: the same date,
 * title and paragraphs, character for character (the same item on overlapping pages, or scraped
 * again). Signing reads exactly those three, so a repeat takes the earlier item's signature, keys
 * and terms instead of being signed again.
 *
 * <p>A lock-free table from a hash of the three to the lowest index signed so far: {@link
 * #earlierSigned} looks an item up before it is signed, {@link #publish} publishes it after, on the
 * same thread (the lookup keeps the item's hash for it). An item whose earlier copy is still being
 * signed on another thread is signed again, as before; so is an item whose hash another, different
 * item took first. Both only cost the saving, never change a result. Thread-safe.
 *
 * <pre>{@code
 * RepeatedItems repeats = new RepeatedItems(items);
 * int earlier = repeats.earlierSigned(i);   // -1: sign item i, then repeats.publish(i)
 * }</pre>
 */
final class RepeatedItems {

  // The most items whose table fits an array (2^30 slots).
  static final int MAX_ITEMS = 1 << 29;

  private final List<NewsItem> items;
  private final long[] itemHash;
  private final AtomicLongArray slotHash;
  private final AtomicIntegerArray slotIndex; // index + 1, 0 while none is published
  private final int mask;

  /**
   * A table for a batch, empty.
   *
   * @param items the batch's items
   */
  RepeatedItems(List<NewsItem> items) {
    this.items = items;
    this.itemHash = new long[items.size()];
    // At least twice the items, so that a probe always meets an empty slot; a batch too large for
    // such a table finds no repeat (its capacity 0: every item is signed).
    int capacity =
        items.size() > MAX_ITEMS
            ? 0
            : Integer.highestOneBit(Math.max(8, items.size()) * 2 - 1) << 1;
    this.slotHash = new AtomicLongArray(capacity);
    this.slotIndex = new AtomicIntegerArray(capacity);
    this.mask = capacity - 1;
  }

  /**
   * An earlier item, signed already, that item {@code i} repeats; called once per item, before it
   * is signed.
   *
   * @param i the item's index
   * @return the earlier item's index, or -1: sign this one
   */
  int earlierSigned(int i) {
    if (mask < 0) {
      return -1;
    }
    NewsItem item = items.get(i);
    long h = hash(item);
    itemHash[i] = h;
    for (int slot = slotOf(h); ; slot = (slot + 1) & mask) {
      long s = slotHash.get(slot);
      if (s == 0) {
        return -1;
      }
      if (s == h) {
        int earlier = slotIndex.get(slot) - 1;
        return earlier >= 0 && earlier < i && sameText(items.get(earlier), item) ? earlier : -1;
      }
    }
  }

  /**
   * Publishes a signed item: what signing wrote for it before this call is what a later repeat
   * reads.
   *
   * @param i the item's index, looked up by {@link #earlierSigned} first on this thread
   */
  void publish(int i) {
    if (mask < 0) {
      return;
    }
    long h = itemHash[i];
    if (h == 0) {
      throw new IllegalStateException("item " + i + " was not looked up on this thread");
    }
    for (int slot = slotOf(h); ; slot = (slot + 1) & mask) {
      long s = slotHash.get(slot);
      if (s == 0 && slotHash.compareAndSet(slot, 0, h)) {
        s = h;
      }
      if (s == h) {
        // Keep the lowest index: a later repeat finds the earliest copy signed.
        while (true) {
          int held = slotIndex.get(slot);
          if ((held != 0 && held - 1 <= i) || slotIndex.compareAndSet(slot, held, i + 1)) {
            return;
          }
        }
      }
      if (s == 0) {
        slot = (slot - 1) & mask; // another thread took this slot: read it again
      }
    }
  }

  private int slotOf(long h) {
    return (int) (h ^ (h >>> 32)) & mask;
  }

  /** A hash of what signing reads, never 0 (an empty slot). */
  private static long hash(NewsItem item) {
    long day = item.date().isPresent() ? item.date().get().toEpochDay() : Long.MIN_VALUE;
    long h = Hash64.combine(Hash64.start(), day);
    h = Hash64.combine(h, item.title().hashCode());
    for (String paragraph : item.paragraphs()) {
      h = Hash64.combine(h, paragraph.hashCode());
    }
    h = Hash64.mix(Hash64.combine(h, item.paragraphs().size()));
    return h == 0 ? 1 : h;
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
