package org.bulletins.dedup.internal;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.stream.IntStream;
import org.bulletins.model.NewsItem;
import org.bulletins.model.SourceSpan;

/**
 * The items of an index by position. An item added whole is held; an item restored from a store is
 * held as its span and date only, and its text is read back (by {@code reader}) the first time
 * something asks for the item: verifying one of its pairs, merging its story, signing it again.
 * Opening a store of a million items read and decoded every item's title and paragraphs (about a
 * tenth of its samples in s11-18a's profile, a quarter in earlier ones) for the items a day's file
 * touches. Iterating, {@code equals} or {@code hashCode} read every item: the index only asks for
 * items by position.
 *
 * <p>Appends happen on one thread; {@link #get} may be called on several at once (merges and
 * clusters run in parallel), and reads an item once: the reader is called under this table's lock.
 */
final class ItemTable extends AbstractList<NewsItem> implements RandomAccess {

  private static final long UNDATED = Long.MIN_VALUE;

  private NewsItem[] held = new NewsItem[16];
  // Of every item (held or not): what the member order and the cross-language keys read first.
  private SourceSpan[] spans = new SourceSpan[16];
  private long[] days = new long[16];
  private int size;
  private ItemReader reader = position -> null;

  /**
   * Where the items restored without their text are read from.
   *
   * @param reader the items, by position, as they were added
   */
  void readWith(ItemReader reader) {
    this.reader = reader;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public NewsItem get(int position) {
    if (position < 0 || position >= size) {
      throw new IndexOutOfBoundsException(position);
    }
    NewsItem item = held[position];
    return item != null ? item : read(position);
  }

  // NewsItem is immutable (final fields only), so an item published by one thread is seen whole
  // by another even through the unsynchronised array read above.
  private synchronized NewsItem read(int position) {
    NewsItem item = held[position];
    if (item == null) {
      item = reader.read(position);
      hold(position, item);
    }
    return item;
  }

  private void hold(int position, NewsItem item) {
    if (item == null || !item.span().equals(spans[position])) {
      throw new IllegalStateException("a restored item cannot be read back: " + spans[position]);
    }
    held[position] = item;
  }

  /**
   * Reads back at once those of some items that are not held yet (one query for many), before a
   * step that needs them all, on several threads.
   *
   * @param positions items' positions, in any order, repeats allowed
   */
  synchronized void prefetch(IntStream positions) {
    int[] all = positions.toArray();
    prefetch(all, all.length);
  }

  /**
   * As {@link #prefetch(IntStream)}, for the first {@code count} positions of an array (a stream of
   * a few streams per pair was half of a file's prefetching).
   *
   * @param positions items' positions, in any order, repeats allowed
   * @param count how many of them to read
   */
  synchronized void prefetch(int[] positions, int count) {
    int[] unread = new int[count];
    int n = 0;
    for (int i = 0; i < count; i++) {
      if (held[positions[i]] == null) {
        unread[n++] = positions[i];
      }
    }
    if (n == 0) {
      return;
    }
    Arrays.sort(unread, 0, n);
    int distinct = 1;
    for (int i = 1; i < n; i++) {
      if (unread[i] != unread[distinct - 1]) {
        unread[distinct++] = unread[i];
      }
    }
    unread = Arrays.copyOf(unread, distinct);
    NewsItem[] read = reader.readAll(unread);
    if (read.length != unread.length) {
      throw new IllegalStateException("restored items cannot be read back");
    }
    for (int i = 0; i < unread.length; i++) {
      hold(unread[i], read[i]);
    }
  }

  @Override
  public boolean add(NewsItem item) {
    grow();
    held[size] = item;
    spans[size] = item.span();
    days[size] = item.date().map(LocalDate::toEpochDay).orElse(UNDATED);
    size++;
    return true;
  }

  /**
   * Appends an item whose text is read back when needed.
   *
   * @param span where it was read
   * @param date its date
   */
  void addUnread(SourceSpan span, Optional<LocalDate> date) {
    grow();
    spans[size] = span;
    days[size] = date.map(LocalDate::toEpochDay).orElse(UNDATED);
    size++;
  }

  /**
   * An item's date, without reading its text.
   *
   * @param position the item
   * @return its date
   */
  Optional<LocalDate> date(int position) {
    long day = days[position];
    return day == UNDATED ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(day));
  }

  /**
   * Compares two items as {@link MemberOrder#ITEMS} does, reading their texts only when their spans
   * tie on what that order reads first (source, first line, last line).
   *
   * @param a an item's position
   * @param b another's
   * @return the comparison
   */
  int compareOrder(int a, int b) {
    int bySpan = SPAN_FIRST.compare(spans[a], spans[b]);
    return bySpan != 0 ? bySpan : MemberOrder.ITEMS.compare(get(a), get(b));
  }

  // The leading keys of MemberOrder.ITEMS, in its order.
  private static final Comparator<SourceSpan> SPAN_FIRST =
      Comparator.comparing(SourceSpan::source)
          .thenComparingInt(SourceSpan::firstLine)
          .thenComparingInt(SourceSpan::lastLine);

  private void grow() {
    if (size == spans.length) {
      int capacity = size * 2;
      held = Arrays.copyOf(held, capacity);
      spans = Arrays.copyOf(spans, capacity);
      days = Arrays.copyOf(days, capacity);
    }
  }
}
