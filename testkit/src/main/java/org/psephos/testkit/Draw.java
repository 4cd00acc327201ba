package org.psephos.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The random draws of the generators, all from one seeded {@link SplittableRandom}. */
final class Draw {
  private final SplittableRandom random;

  Draw(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** A number from {@code min} to {@code max}, both included. */
  int between(int min, int max) {
    return random.nextInt(min, max + 1);
  }

  /** True once in {@code n} draws; never when {@code n} is 0 (a knob switched off). */
  boolean oneIn(int n) {
    return n > 0 && random.nextInt(n) == 0;
  }

  boolean coin() {
    return random.nextBoolean();
  }

  long seed() {
    return random.nextLong();
  }

  <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  /** A uniformly random permutation (Fisher-Yates). */
  <T> List<T> shuffle(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    for (int i = copy.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T swapped = copy.get(i);
      copy.set(i, copy.get(j));
      copy.set(j, swapped);
    }
    return copy;
  }
}
