package org.bulletins.spark.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import scala.Tuple2;

/**
 * A map task's longs per destination partition, handed to Spark as one array per partition and
 * send. All buffers share a budget of longs; past it the largest buffer is sent, so a task's memory
 * follows the budget, not its data. Subclasses say which longs an element gives ({@link #route})
 * and how a buffer is packed when sent ({@link #pack}).
 *
 * @param <T> the elements of the task's input
 */
abstract class PartitionRouter<T> implements Iterator<Tuple2<Integer, long[]>> {
  private final Iterator<T> source;
  private final int budget;
  private final long[][] buffers;
  private final int[] sizes;
  private final ArrayDeque<Tuple2<Integer, long[]>> ready = new ArrayDeque<>();
  private long held;
  private boolean flushed;

  PartitionRouter(Iterator<T> source, int partitions, int budget) {
    this.source = source;
    this.budget = budget;
    this.buffers = new long[partitions][];
    this.sizes = new int[partitions];
  }

  /** Adds the longs of one input element with {@link #add(int, long)} or its two-long form. */
  abstract void route(T element);

  /** The array sent for the first {@code size} longs of a partition's buffer. */
  abstract long[] pack(long[] buffer, int size);

  /** Buffers one long for partition {@code p}. */
  final void add(int p, long value) {
    room(p, 1)[sizes[p]++] = value;
    held(1);
  }

  /** Buffers two longs for partition {@code p}, always sent in the same array. */
  final void add(int p, long first, long second) {
    long[] buffer = room(p, 2);
    buffer[sizes[p]++] = first;
    buffer[sizes[p]++] = second;
    held(2);
  }

  @Override
  public final boolean hasNext() {
    while (ready.isEmpty() && source.hasNext()) {
      route(source.next());
    }
    if (ready.isEmpty() && !flushed) {
      flushed = true;
      for (int p = 0; p < buffers.length; p++) {
        send(p);
      }
    }
    return !ready.isEmpty();
  }

  @Override
  public final Tuple2<Integer, long[]> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return ready.poll();
  }

  private long[] room(int p, int needed) {
    long[] buffer = buffers[p];
    if (buffer == null) {
      buffer = buffers[p] = new long[1024];
    } else if (sizes[p] + needed > buffer.length) {
      buffer = buffers[p] = Arrays.copyOf(buffer, buffer.length * 2);
    }
    return buffer;
  }

  private void held(int added) {
    held += added;
    if (held >= budget) {
      int largest = 0;
      for (int q = 1; q < sizes.length; q++) {
        largest = sizes[q] > sizes[largest] ? q : largest;
      }
      send(largest);
    }
  }

  private void send(int p) {
    if (sizes[p] > 0) {
      ready.add(new Tuple2<>(p, pack(buffers[p], sizes[p])));
      held -= sizes[p];
      sizes[p] = 0;
      buffers[p] = null;
    }
  }

  /**
   * The arrays one destination partition received from the routers of all map tasks, and how many
   * records of {@code width} longs they hold in all.
   */
  record Received(List<long[]> arrays, int records) {

    /**
     * Reads a partition's arrays.
     *
     * @throws IllegalStateException past 2^31 records, which one array cannot hold
     */
    static Received from(Iterator<Tuple2<Integer, long[]>> partition, int width, String what) {
      List<long[]> arrays = new ArrayList<>();
      long total = 0;
      while (partition.hasNext()) {
        long[] array = partition.next()._2();
        arrays.add(array);
        total += array.length / width;
      }
      if (total > Integer.MAX_VALUE - 8) {
        throw new IllegalStateException(
            "over 2^31 " + what + " in one partition; use more partitions");
      }
      return new Received(arrays, (int) total);
    }
  }
}
