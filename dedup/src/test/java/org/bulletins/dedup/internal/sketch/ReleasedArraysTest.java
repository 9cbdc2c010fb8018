package org.bulletins.dedup.internal.sketch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The large arrays of the blocks stage are let go of by the objects that held them, not only with
 * those objects: in a large run such an object may sit dead in G1's old generation until the next
 * marking, and an array it still points at stays with it (see {@link BlockingKeys#release()}). Each
 * test holds the object and checks that the arrays it had can be collected (each fails when the
 * object keeps a reference, as the fields did before they were dropped).
 */
class ReleasedArraysTest {

  /** Collects until every reference is cleared, or gives up after some rounds. */
  private static boolean collected(List<WeakReference<Object>> refs) throws InterruptedException {
    for (int round = 0; round < 50; round++) {
      if (refs.stream().allMatch(r -> r.get() == null)) {
        return true;
      }
      System.gc();
      Thread.sleep(20);
    }
    return refs.stream().allMatch(r -> r.get() == null);
  }

  /**
   * Weak references to some arrays, made in a frame of its own: a loop's variables in the caller's
   * frame would hold the last array strongly while the caller collects.
   */
  private static List<WeakReference<Object>> weakly(List<?> arrays) {
    List<WeakReference<Object>> refs = new ArrayList<>();
    for (Object array : arrays) {
      refs.add(new WeakReference<>(array));
    }
    return refs;
  }

  /** Keys of many items in chunks of 4: more chunks than the first list of chunks holds. */
  private static BlockingKeys keysInManyChunks(int items) {
    BlockingKeys keys = new BlockingKeys(items, 4);
    for (int i = 0; i < items; i++) {
      keys.put(i, new long[] {i, i + 1_000_000L}, 2);
    }
    return keys;
  }

  @Test
  void releasedKeysHoldNoneOfTheirChunksNorTheItemsPlaces() throws InterruptedException {
    BlockingKeys keys = keysInManyChunks(100);
    assertThat(keys.chunks().length).as("more chunks than the first list holds").isEqualTo(50);
    List<Object> held = new ArrayList<>(List.of(keys.chunks()));
    held.add(keys.starts());
    List<WeakReference<Object>> refs = weakly(held);
    held = null;
    keys.release();
    assertThat(collected(refs)).as("chunks and places collected while the keys are held").isTrue();
    assertThat(keys.items()).isEqualTo(100);
  }

  @Test
  void releasedBlocksHoldNoneOfTheirMembers() throws InterruptedException {
    // Ten items share one key: one block of ten members.
    long[][] keys = new long[10][];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = new long[] {42};
    }
    CandidatePairs blocks = CandidatePairs.of(keys, 200, 24);
    assertThat(blocks.all()).hasSize(45);
    List<WeakReference<Object>> refs = weakly(blocks.heldArrays());
    assertThat(refs).hasSize(3);
    blocks.release();
    assertThat(collected(refs)).as("blocks collected while the pairs object is held").isTrue();
    assertThatThrownBy(blocks::all).isInstanceOf(IllegalStateException.class);
  }
}
