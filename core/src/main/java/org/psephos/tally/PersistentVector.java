package org.psephos.tally;

import org.jspecify.annotations.Nullable;

/**
 * A fixed-size persistent vector: {@link #set} returns a new vector sharing every node but the
 * path to the slot it changed, so an update costs O(log16 n) time and allocation, whatever the
 * size. Slots start empty (null). Immutable and thread-safe.
 *
 * <p>A 16-way trie with path copying: one level covers 16 slots, four cover 65,536. Used by the
 * tally to keep one entry per council without copying every council on each declaration. Sixteen
 * ways rather than 32: an update copies one level more at 15,000 slots, but smaller nodes, and
 * allocates a quarter (15,000 slots) to two fifths (150) less.
 *
 * @param <T> the element type
 */
final class PersistentVector<T> {
  private static final int BITS = 4;
  private static final int WIDTH = 1 << BITS;
  private static final int MASK = WIDTH - 1;

  private final int size;
  private final int shift;
  private final @Nullable Object[] root;

  private PersistentVector(int size, int shift, @Nullable Object[] root) {
    this.size = size;
    this.shift = shift;
    this.root = root;
  }

  /**
   * An empty vector of a fixed size.
   *
   * @param size the number of slots, not negative
   * @param <T> the element type
   * @return the vector, every slot empty
   */
  static <T> PersistentVector<T> ofSize(int size) {
    if (size < 0) {
      throw new IllegalArgumentException("size (" + size + ") is negative");
    }
    int shift = 0;
    // stops by shift 28 at the latest: 1L << 32 exceeds every int size
    while ((1L << (shift + BITS)) < size) {
      shift += BITS;
    }
    return new PersistentVector<>(size, shift, new Object[WIDTH]);
  }

  /**
   * The depth of the trie, which is the number of nodes a read or a write visits: 1 up to 16
   * slots, 2 up to 256, 3 up to 4,096, 4 up to 65,536, and one more for each further factor of 16.
   *
   * @return the number of levels, at least 1
   */
  int levels() {
    return shift / BITS + 1;
  }

  /**
   * The number of slots.
   *
   * @return the size fixed at creation
   */
  int size() {
    return size;
  }

  /**
   * The element in a slot.
   *
   * @param index the slot, from 0 to size - 1
   * @return the element, or null if the slot is empty
   */
  @SuppressWarnings("unchecked")
  @Nullable T get(int index) {
    checkIndex(index);
    @Nullable Object[] node = root;
    for (int level = shift; level > 0; level -= BITS) {
      Object child = node[(index >>> level) & MASK];
      if (child == null) {
        return null;
      }
      node = (@Nullable Object[]) child;
    }
    return (T) node[index & MASK];
  }

  /**
   * A vector equal to this one but for one slot.
   *
   * @param index the slot, from 0 to size - 1
   * @param value the new element, or null to empty the slot
   * @return the new vector; this one is unchanged
   */
  PersistentVector<T> set(int index, @Nullable T value) {
    checkIndex(index);
    return new PersistentVector<>(size, shift, setIn(root, shift, index, value));
  }

  private static @Nullable Object[] setIn(
      @Nullable Object @Nullable [] node, int level, int index, @Nullable Object value) {
    @Nullable Object[] copy = node == null ? new Object[WIDTH] : node.clone();
    int slot = (index >>> level) & MASK;
    if (level == 0) {
      copy[slot] = value;
    } else {
      copy[slot] = setIn((@Nullable Object[]) copy[slot], level - BITS, index, value);
    }
    return copy;
  }

  private void checkIndex(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("index " + index + " outside 0.." + (size - 1));
    }
  }
}
