package org.bulletins.cli;

import java.util.Locale;

/**
 * Fails fast when the heap is clearly too small for a deduplication, instead of letting the garbage
 * collector thrash for minutes before the out-of-memory error, and names the heap to ask for.
 *
 * <p>The estimate is a lower bound: {@value #BYTES_PER_ITEM} bytes per item, below what one million
 * generated items need (engine v2 deduplicates them in a 4 GiB heap, about 4 KiB per item with the
 * parsed items; benchmarks/RESULTS.md), so a run it lets through may still run out of memory, but a
 * run it stops would not have fitted. (It was 8 KiB, half of engine v1's peak, and stopped the
 * million items that fit in 4 GiB.)
 */
final class HeapBudget {

  /** Heap per item that deduplication needs at least. */
  static final long BYTES_PER_ITEM = 3 * 1024;

  /** How often, in items read, the budget is checked while reading. */
  static final int CHECK_EVERY = 4096;

  private static final long MIB = 1024 * 1024;
  private static final long GIB = 1024 * MIB;

  private HeapBudget() {}

  /** Too little heap for the input; exit status 3 with the message. */
  static final class TooLittleHeap extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLittleHeap(String message) {
      super(message);
    }
  }

  /**
   * Throws when {@code items} items cannot fit in a heap of {@code maxHeap} bytes.
   *
   * @param items the items read so far
   * @param maxHeap the heap's limit, {@link Runtime#maxMemory()}
   */
  static void require(long items, long maxHeap) {
    long needed = items * BYTES_PER_ITEM;
    if (needed > maxHeap) {
      throw new TooLittleHeap(
          "too little memory: deduplicating "
              + items
              + " items or more needs at least "
              + size(needed)
              + " of heap, and this Java has "
              + size(maxHeap)
              + "; give it more, e.g. BULLETINS_JAVA_OPTS="
              + xmx(2 * needed)
              + " ./bulletins ...");
    }
  }

  /** The message for an {@link OutOfMemoryError}: the heap this run had and one twice as large. */
  static String outOfMemory(long maxHeap) {
    return "out of memory with a heap of "
        + size(maxHeap)
        + "; give Java more, e.g. BULLETINS_JAVA_OPTS="
        + xmx(2 * maxHeap)
        + " ./bulletins ...";
  }

  /** A heap size for people: {@code 64 MiB}, {@code 6.0 GiB}. */
  static String size(long bytes) {
    if (bytes < GIB) {
      return ceil(bytes, MIB) + " MiB";
    }
    return String.format(Locale.ROOT, "%.1f GiB", (double) bytes / GIB);
  }

  /** The {@code -Xmx} option for at least {@code bytes}: {@code -Xmx128m}, {@code -Xmx12g}. */
  static String xmx(long bytes) {
    return bytes < GIB ? "-Xmx" + ceil(bytes, MIB) + "m" : "-Xmx" + ceil(bytes, GIB) + "g";
  }

  private static long ceil(long value, long unit) {
    return (value + unit - 1) / unit;
  }
}
