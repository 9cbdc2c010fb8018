package org.bulletins.dedup;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/** A growable list of ints without a boxed object per element: the members of one block. */
final class IntList extends AbstractList<Integer> implements RandomAccess {

  private int[] values = new int[2];
  private int size;

  @Override
  public boolean add(Integer value) {
    add(value.intValue());
    return true;
  }

  void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  @Override
  public Integer get(int index) {
    if (index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    return values[index];
  }

  @Override
  public int size() {
    return size;
  }
}
