package org.bulletins.dedup.internal.text;

import java.lang.ref.SoftReference;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One value per live thread, like a {@link ThreadLocal}, but kept for as long as the thread lives:
 * the reused buffers of signing and verification.
 *
 * <p>Not a {@code ThreadLocal} because Java 17's common fork-join pool erases its workers' thread
 * locals each time a worker goes idle, that is between any two parallel stages. A worker then met
 * every buffer empty again in each run of the engine, and the first growth of a buffer, a branch
 * the compiled code had never seen taken (the buffers grew before profiling began), threw away the
 * compiled signing code (an {@code unstable_if} trap) at the start of the second run: the compiler
 * compiled the largest methods again while the run went on in slower code.
 *
 * <p>The values live in a map keyed by thread, and for speed also in a thread local, filled again
 * from the map when the pool has erased it (the map alone cost 1.06x the warm engine's CPU). Values
 * of threads that have ended are dropped when a new thread first asks for one, so the map holds
 * about one value per thread alive at once. The map holds its values softly: a library that runs
 * the engine once a day would otherwise keep a few megabytes of buffers per pool worker between
 * runs; under memory pressure the collector may take them, and the next run makes them again.
 * Thread-safe.
 *
 * @param <T> the value's type
 */
public final class PerThread<T> {

  private final Supplier<? extends T> initial;
  private final ConcurrentHashMap<Thread, SoftReference<T>> values = new ConcurrentHashMap<>();

  // The fast path: a thread local, filled again from the map when the pool erased it. The refill
  // is the thread local's initial value, not a null test here: a test that fails only on a
  // worker's first call of a run is left out of the compiled callers (signing's largest methods),
  // which the next run's first call then throws away. ThreadLocal.get's own test for a missing
  // value is shared by every thread local in the JVM, and its profile has seen it fail.
  @SuppressWarnings("ThreadLocalUsage") // one per holder, and the holders are static
  private final ThreadLocal<T> local = ThreadLocal.withInitial(this::kept);

  private PerThread(Supplier<? extends T> initial) {
    this.initial = Objects.requireNonNull(initial, "initial");
  }

  /**
   * Values made by a supplier, on each thread's first {@link #get}.
   *
   * @param initial makes a thread's first value
   * @param <T> the value's type
   * @return a new holder
   */
  public static <T> PerThread<T> withInitial(Supplier<? extends T> initial) {
    return new PerThread<>(initial);
  }

  /**
   * This thread's value, made on its first call (or the first after {@link #remove}).
   *
   * @return the value
   */
  public T get() {
    return local.get();
  }

  /** This thread's value in the map, made and kept there if it has none: the local's refill. */
  private T kept() {
    Thread thread = Thread.currentThread();
    SoftReference<T> kept = values.get(thread);
    T value = kept == null ? null : kept.get();
    if (value == null) {
      value = Objects.requireNonNull(initial.get(), "initial value");
      put(thread, value);
    }
    return value;
  }

  /**
   * Replaces this thread's value.
   *
   * @param value the new value
   */
  public void set(T value) {
    Objects.requireNonNull(value, "value");
    Thread thread = Thread.currentThread();
    if (values.replace(thread, new SoftReference<>(value)) == null) {
      put(thread, value);
    }
    local.set(value);
  }

  /** Forgets this thread's value: the next {@link #get} makes a new one. */
  public void remove() {
    values.remove(Thread.currentThread());
    local.remove();
  }

  /** The number of threads holding a value, for tests. */
  int size() {
    return values.size();
  }

  private void put(Thread thread, T value) {
    // A thread's first value: the values of ended threads go first, which bounds the map by the
    // threads alive at once (a new thread is rare; the pools keep theirs).
    values.keySet().removeIf(t -> !t.isAlive());
    values.put(thread, new SoftReference<>(value));
  }

  /** Drops what the collector took, as if it were never made (tests). */
  void clearKept() {
    values.values().forEach(SoftReference::clear);
  }
}
