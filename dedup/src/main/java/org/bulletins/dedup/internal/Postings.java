package org.bulletins.dedup.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The blocks of an incremental index: for each hashed blocking key, the units that carry it, in the
 * order they were added. Most keys are carried by one unit only, so a block of one is kept inline
 * in an open-addressing table of primitive arrays (no object per key), and only blocks of two or
 * more units get a list. A map of boxed keys to lists cost an entry, a boxed key and a list per key
 * (about 60 keys per item): most of the time and memory of opening a store of 100k items.
 *
 * <p>Lookups go by slot: {@link #find} gives the slot of a key (or -1), {@link #size} and {@link
 * #get} read its block. A slot stays valid until the next {@link #add}.
 */
final class Postings {

  // slots[s] == 0: empty; > 0: the block is the one unit slots[s] - 1; < 0: blocks.get(-slots[s] -
  // 1). Keys are hashes already, but hashing them again spreads keys that differ in high bits only.
  private long[] keys = new long[16];
  private int[] slots = new int[16];
  private final Blocks blocks = new Blocks();
  private int used;

  /**
   * The slot of a key's block.
   *
   * @param key a blocking key
   * @return its slot, or -1 if no unit carries it
   */
  int find(long key) {
    int mask = keys.length - 1;
    for (int s = hash(key) & mask; ; s = (s + 1) & mask) {
      if (slots[s] == 0) {
        return -1;
      }
      if (keys[s] == key) {
        return s;
      }
    }
  }

  /**
   * How many units a slot's block holds.
   *
   * @param slot a slot from {@link #find}, or -1
   * @return the count, 0 for -1
   */
  int size(int slot) {
    if (slot < 0) {
      return 0;
    }
    int v = slots[slot];
    return v > 0 ? 1 : blocks.get(-v - 1).size();
  }

  /**
   * A unit of a slot's block.
   *
   * @param slot a slot from {@link #find}
   * @param i the unit's place in the block, in order of addition
   * @return the unit
   */
  int get(int slot, int i) {
    int v = slots[slot];
    if (v > 0) {
      if (i != 0) {
        throw new IndexOutOfBoundsException(i);
      }
      return v - 1;
    }
    return blocks.get(-v - 1).get(i);
  }

  /**
   * Appends a unit to a key's block, creating the block if the key is new.
   *
   * @param key the blocking key
   * @param unit the unit, at least 0
   */
  void add(long key, int unit) {
    addCapped(key, unit, Integer.MAX_VALUE);
  }

  /**
   * Appends a unit to a key's block unless the block already holds more than {@code cap} units
   * (what an index keeps: a block never grows past cap + 1), in one probe of the table. Opening a
   * store adds every stored unit's keys this way; a find, then an add, probed twice.
   *
   * @param key the blocking key
   * @param unit the unit, at least 0
   * @param cap the block's cap
   */
  void addCapped(long key, int unit, int cap) {
    if (2 * (used + 1) > keys.length) {
      grow(2 * keys.length);
    }
    int mask = keys.length - 1;
    int s = hash(key) & mask;
    while (slots[s] != 0 && keys[s] != key) {
      s = (s + 1) & mask;
    }
    int v = slots[s];
    if (v == 0) {
      keys[s] = key;
      slots[s] = unit + 1;
      used++;
    } else if (v > 0) {
      if (cap >= 1) {
        IntList block = new IntList(v - 1);
        block.add(unit);
        blocks.add(block);
        slots[s] = -blocks.size();
      }
    } else {
      IntList block = blocks.get(-v - 1);
      if (block.size() <= cap) {
        block.add(unit);
      }
    }
  }

  private void grow(int capacity) {
    long[] oldKeys = keys;
    int[] oldSlots = slots;
    keys = new long[capacity];
    slots = new int[capacity];
    int mask = capacity - 1;
    for (int o = 0; o < oldSlots.length; o++) {
      if (oldSlots[o] != 0) {
        int s = hash(oldKeys[o]) & mask;
        while (slots[s] != 0) {
          s = (s + 1) & mask;
        }
        keys[s] = oldKeys[o];
        slots[s] = oldSlots[o];
      }
    }
  }

  /**
   * The blocks of two or more units, in pages of a fixed size: one list of them all grew by copying
   * an array of tens of millions of references (a quarter of the samples of opening a store of 1M
   * items, s9-18a's profile), and its last copies were humongous objects for G1.
   */
  private static final class Blocks {
    private static final int PAGE_BITS = 12;
    private static final int PAGE = 1 << PAGE_BITS;
    private final List<IntList[]> pages = new ArrayList<>();
    private int size;

    void add(IntList block) {
      if ((size & (PAGE - 1)) == 0) {
        pages.add(new IntList[PAGE]);
      }
      pages.get(size >>> PAGE_BITS)[size & (PAGE - 1)] = block;
      size++;
    }

    IntList get(int i) {
      return pages.get(i >>> PAGE_BITS)[i & (PAGE - 1)];
    }

    int size() {
      return size;
    }
  }

  private static int hash(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
