package org.psephos.tally;

import org.jspecify.annotations.Nullable;

/**
 * Values found by the identity of their keys, a fixed set of distinct objects: an open-addressing
 * table at most a quarter full, probed from the key's identity hash, each key stored beside its
 * value so that a hit reads one place in memory. The tally's fast path from a party or a council
 * given by the caller to what the index knows of it: the election's own instances are found in
 * one or two probes, without hashing or comparing their ids; any other instance (an equal copy, or
 * a stranger) is not found, and the caller falls back to a lookup by id. Immutable after
 * construction.
 *
 * @param <V> the values
 */
final class IdentityTable<V> {
  /** Key of pair i at 2i, its value at 2i + 1; both null in a free pair. */
  private final @Nullable Object[] pairs;

  private final int mask;

  /**
   * Indexes distinct keys, each with the value at the same position.
   *
   * @param keys the keys, each distinct from the others
   * @param values their values, as many
   */
  IdentityTable(Object[] keys, V[] values) {
    if (keys.length != values.length) {
      throw new IllegalArgumentException(keys.length + " keys for " + values.length + " values");
    }
    int size = Integer.highestOneBit(Math.max(1, keys.length)) * 4;
    this.pairs = new Object[2 * size];
    this.mask = size - 1;
    for (int i = 0; i < keys.length; i++) {
      int slot = System.identityHashCode(keys[i]) & mask;
      while (pairs[2 * slot] != null) {
        slot = (slot + 1) & mask;
      }
      pairs[2 * slot] = keys[i];
      pairs[2 * slot + 1] = values[i];
    }
  }

  /**
   * The value of this very object.
   *
   * @param key the object
   * @return its value, or null if it is not one of the keys indexed (an equal copy is not)
   */
  @SuppressWarnings("unchecked")
  @Nullable V find(Object key) {
    for (int slot = System.identityHashCode(key) & mask; ; slot = (slot + 1) & mask) {
      Object found = pairs[2 * slot];
      if (found == key) {
        return (V) pairs[2 * slot + 1];
      }
      if (found == null) {
        return null;
      }
    }
  }
}
