package org.psephos.tally;

import org.jspecify.annotations.Nullable;

/**
 * The positions of a fixed list of objects, found by identity: an open-addressing table of at
 * most half full, probed from the object's identity hash. The tally's fast path from a party or a
 * council given by the caller to its position: the election's own instances are found in one or
 * two probes, without hashing or comparing their ids; any other instance (an equal copy, or a
 * stranger) is not found, and the caller falls back to a lookup by id. Immutable after
 * construction.
 */
final class IdentityPositions {
  private final @Nullable Object[] keys;
  private final int[] positions;
  private final int mask;

  /**
   * Indexes distinct objects by their position in an array.
   *
   * @param objects the objects, each distinct from the others
   */
  IdentityPositions(Object[] objects) {
    int size = Integer.highestOneBit(Math.max(1, objects.length)) * 4;
    this.keys = new Object[size];
    this.positions = new int[size];
    this.mask = size - 1;
    for (int i = 0; i < objects.length; i++) {
      int slot = System.identityHashCode(objects[i]) & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = objects[i];
      positions[slot] = i;
    }
  }

  /**
   * The position of this very object.
   *
   * @param object the object
   * @return its position, or -1 if it is not one of the objects indexed (an equal copy is not)
   */
  int find(Object object) {
    for (int slot = System.identityHashCode(object) & mask; ; slot = (slot + 1) & mask) {
      Object key = keys[slot];
      if (key == object) {
        return positions[slot];
      }
      if (key == null) {
        return -1;
      }
    }
  }
}
