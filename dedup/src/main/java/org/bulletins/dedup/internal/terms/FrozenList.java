package org.bulletins.dedup.internal.terms;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The immutable list that {@link DistinctiveTerms} holds, one final class whatever its size: the
 * verification loops over both lists of every pair, and a call site that the compiler had
 * specialised for one list class (Guava's copy of one element is another class than its copy of
 * several) was compiled again at the first list of the other, several times per run. Its iterator
 * is its own class too, so that the loops' profiles are not shared with other lists.
 *
 * @param <T> the element type
 */
final class FrozenList<T> extends AbstractList<T> implements RandomAccess {

  private static final FrozenList<Object> EMPTY = new FrozenList<>(new Object[0], 0);

  private final Object[] elements;
  private final int size;

  private FrozenList(Object[] elements, int size) {
    this.elements = elements;
    this.size = size;
  }

  /**
   * A list of the elements of a list, or the list itself if it is one already.
   *
   * @param list a list without nulls
   * @return an immutable list of its elements
   * @throws NullPointerException if an element is null
   */
  @SuppressWarnings("unchecked")
  static <T> List<T> copyOf(List<? extends T> list) {
    if (list instanceof FrozenList<?>) {
      return (List<T>) list;
    }
    return owning(list.toArray(), list.size());
  }

  /**
   * A list of the first {@code size} elements of an array that the caller hands over and no longer
   * writes (no copy).
   *
   * @param elements the array, not written after this call
   * @param size how many of its elements are the list's
   * @return the list
   * @throws NullPointerException if one of those elements is null
   */
  @SuppressWarnings("unchecked")
  static <T> List<T> owning(Object[] elements, int size) {
    Objects.checkFromToIndex(0, size, elements.length);
    if (size == 0) {
      return (List<T>) EMPTY;
    }
    for (int i = 0; i < size; i++) {
      Objects.requireNonNull(elements[i], "element");
    }
    return new FrozenList<>(elements, size);
  }

  @Override
  @SuppressWarnings("unchecked")
  public T get(int index) {
    Objects.checkIndex(index, size);
    return (T) elements[index];
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Object[] toArray() {
    return Arrays.copyOf(elements, size);
  }

  @Override
  public Iterator<T> iterator() {
    return new Elements();
  }

  /** The list's own iterator (see the class comment). */
  private final class Elements implements Iterator<T> {
    private int next;

    @Override
    public boolean hasNext() {
      return next < size;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T next() {
      if (next >= size) {
        throw new NoSuchElementException();
      }
      return (T) elements[next++];
    }
  }
}
