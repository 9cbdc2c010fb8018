package org.bulletins.dedup.internal;

import java.util.Arrays;

/** A growable list of ints without a boxed object per element. */
public final class IntList {

  private int[] values = new int[2];
  private int size;

  /** An empty list. */
  public IntList() {}

  /**
   * A list of one value.
   *
   * @param value the value
   */
  public IntList(int value) {
    add(value);
  }

  /**
   * Appends a value.
   *
   * @param value the value
   */
  public void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  /**
   * A value.
   *
   * @param index its place
   * @return the value
   */
  public int get(int index) {
    if (index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    return values[index];
  }

  /**
   * Replaces a value.
   *
   * @param index its place
   * @param value the new value
   */
  public void set(int index, int value) {
    if (index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    values[index] = value;
  }

  /**
   * Copies the first values.
   *
   * @param count how many, at most {@link #size}
   * @param into where they go, from index 0
   */
  public void copyTo(int count, int[] into) {
    if (count > size) {
      throw new IndexOutOfBoundsException(count);
    }
    System.arraycopy(values, 0, into, 0, count);
  }

  /**
   * The number of values.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * The values in a new array.
   *
   * @return a copy
   */
  public int[] toArray() {
    return Arrays.copyOf(values, size);
  }

  /**
   * The values sorted, each once, in a new array.
   *
   * @return the distinct values, ascending
   */
  public int[] toSortedDistinctArray() {
    int[] sorted = toArray();
    Arrays.sort(sorted);
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (n == 0 || sorted[n - 1] != sorted[i]) {
        sorted[n++] = sorted[i];
      }
    }
    return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
  }
}
