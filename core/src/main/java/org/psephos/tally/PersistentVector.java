package org.psephos.tally;

import org.jspecify.annotations.Nullable;

/**
 * The shape of a fixed-size persistent vector, and the vector's operations: a vector is its root
 * node, an {@code Object[]}; {@link #set} returns a new root sharing every node but the path to
 * the slot it changed, so an update costs O(log8 n) time and allocation, whatever the size. Slots
 * start empty (null). The shape (size and depth) is kept once, here, rather than in each version,
 * so a holder of a vector (a tally) pays for no wrapper object per update. Immutable and
 * thread-safe, as are the nodes once published (they are never written after {@link #set} returns
 * them).
 *
 * <p>An 8-way trie with path copying, its root holding only as many slots as the size needs (at
 * most 8): one level covers 8 slots, four cover 4,096, five 32,768. Used by the tally to keep one
 * entry per council without copying every council on each declaration. Eight ways rather than 16:
 * a node copied on the path is 48 bytes rather than 80, so an update allocates 128 bytes at 150
 * slots (a root of 3 and two levels of 8) rather than 160, 176 at 1,500 rather than 240, and 224
 * at 15,000 rather than 320, for one level more to visit.
 *
 * @param <T> the element type
 */
final class PersistentVector<T> {
  private static final int BITS = 3;
  private static final int WIDTH = 1 << BITS;
  private static final int MASK = WIDTH - 1;

  private final int size;
  /** The bits of an index below the root: the root's slot of index i is {@code i >>> shift}. */
  private final int shift;
  private final int rootWidth;

  private PersistentVector(int size, int shift, int rootWidth) {
    this.size = size;
    this.shift = shift;
    this.rootWidth = rootWidth;
  }

  /**
   * The shape of a vector of a fixed size.
   *
   * @param size the number of slots, not negative
   * @param <T> the element type
   * @return the shape
   */
  static <T> PersistentVector<T> ofSize(int size) {
    if (size < 0) {
      throw new IllegalArgumentException("size (" + size + ") is negative");
    }
    int shift = 0;
    // stops by shift 30 at the latest: 8L << 30 exceeds every int size
    while (((long) WIDTH << shift) < size) {
      shift += BITS;
    }
    int rootWidth = (int) ((size + (1L << shift) - 1) >>> shift);
    return new PersistentVector<>(size, shift, rootWidth);
  }

  /**
   * The depth of the trie, which is the number of nodes a read or a write visits: 1 up to 8 slots,
   * 2 up to 64, 3 up to 512, 4 up to 4,096, 5 up to 32,768, and one more for each further factor
   * of 8.
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
   * The slots of the root node: as many as the size needs, at most 8.
   *
   * @return the root's width
   */
  int rootWidth() {
    return rootWidth;
  }

  /**
   * A vector of this shape with every slot empty.
   *
   * @return its root node
   */
  @Nullable Object[] empty() {
    return new Object[rootWidth];
  }

  /**
   * The element in a slot of a vector of this shape.
   *
   * @param root the vector's root node, from {@link #empty} or {@link #set} of this shape
   * @param index the slot, from 0 to size - 1
   * @return the element, or null if the slot is empty
   */
  @SuppressWarnings("unchecked")
  @Nullable T get(@Nullable Object[] root, int index) {
    checkIndex(index);
    @Nullable Object[] node = root;
    for (int level = shift; level > 0; level -= BITS) {
      // at the root, index >>> shift is below the root's width, at most 8
      Object child = node[(index >>> level) & MASK];
      if (child == null) {
        return null;
      }
      node = (@Nullable Object[]) child;
    }
    return (T) node[index & MASK];
  }

  /**
   * A vector equal to one of this shape but for one slot.
   *
   * @param root the vector's root node, from {@link #empty} or {@link #set} of this shape
   * @param index the slot, from 0 to size - 1
   * @param value the new element, or null to empty the slot
   * @return the new vector's root node; the given vector is unchanged
   */
  @Nullable Object[] set(@Nullable Object[] root, int index, @Nullable T value) {
    checkIndex(index);
    return setIn(root, shift, index, value);
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
