package org.psephos.testkit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What {@link TallyLaws} and {@link WardLaws} share: the reference they compare with, the number of
 * examples per law and the run's seed (immutable); the examples' seeds and growing sizes; judging a
 * law on a case, a system that throws breaking it; and shrinking a failing case to a minimal one.
 *
 * @param <C> the cases: nights of either generator
 */
final class LawRun<C> {
  /** A failing case shrunk as far as it goes, with what its law found wrong on it. */
  record Shrunk<C>(C minimalCase, String detail) {}

  private final ReferenceTally reference;
  private final int examples;
  private final long seed;
  private final int shrinkBudget;

  private LawRun(ReferenceTally reference, int examples, long seed, int shrinkBudget) {
    if (examples < 1) {
      throw new IllegalArgumentException("examples must be at least 1, not " + examples);
    }
    this.reference = Objects.requireNonNull(reference, "reference");
    this.examples = examples;
    this.seed = seed;
    this.shrinkBudget = shrinkBudget;
  }

  /**
   * The defaults: {@link ReferenceTally#withDefaults()}, 100 examples per law unless the system
   * property {@code psephos.examples} says otherwise, and a random seed unless {@code
   * psephos.seed} fixes it.
   */
  static <C> LawRun<C> withDefaults(int shrinkBudget) {
    return new LawRun<>(
        ReferenceTally.withDefaults(),
        Integer.getInteger("psephos.examples", 100),
        Long.getLong("psephos.seed", new SplittableRandom().nextLong()),
        shrinkBudget);
  }

  LawRun<C> withReference(ReferenceTally otherReference) {
    return new LawRun<>(otherReference, examples, seed, shrinkBudget);
  }

  LawRun<C> withExamples(int count) {
    return new LawRun<>(reference, count, seed, shrinkBudget);
  }

  LawRun<C> withSeed(long fixedSeed) {
    return new LawRun<>(reference, examples, fixedSeed, shrinkBudget);
  }

  ReferenceTally reference() {
    return reference;
  }

  int examples() {
    return examples;
  }

  long seed() {
    return seed;
  }

  /** The seed of the i-th example, derived from the run's seed. */
  long exampleSeed(int i) {
    return new SplittableRandom(seed + i * 0x9E3779B97F4A7C15L).nextLong();
  }

  /** Sizes grow from 1 to 100 over the first half of the examples, then stay at 100. */
  int exampleSize(int i) {
    return (int) Math.min(100, 1 + 200L * i / examples);
  }

  /** The case a generator makes from a seed at a size. */
  interface Generator<C> {
    C generate(long seed, int size);
  }

  /** Each example's case, in turn, from the generator. */
  void forEachExample(Generator<C> generator, Consumer<C> check) {
    for (int i = 0; i < examples; i++) {
      check.accept(generator.generate(exampleSeed(i), exampleSize(i)));
    }
  }

  /** What a law found wrong with the system, if anything: a system that throws breaks the law. */
  static Optional<String> judged(Supplier<Optional<String>> law) {
    try {
      return law.get();
    } catch (RuntimeException e) {
      return Optional.of("the system threw " + e);
    }
  }

  /**
   * The smallest case found by taking a step down (a case of {@code smaller}) while the law stays
   * broken, until no step keeps it broken or the budget of cases tried is spent.
   */
  Shrunk<C> shrink(
      C failing,
      String detail,
      Function<C, List<C>> smaller,
      Function<C, Optional<String>> judge) {
    C smallest = failing;
    String smallestDetail = detail;
    int budget = shrinkBudget;
    boolean shrunk = true;
    while (shrunk && budget > 0) {
      shrunk = false;
      for (C candidate : smaller.apply(smallest)) {
        if (budget-- <= 0) {
          break;
        }
        Optional<String> broken = judge.apply(candidate);
        if (broken.isPresent()) {
          smallest = candidate;
          smallestDetail = broken.get();
          shrunk = true;
          break;
        }
      }
    }
    return new Shrunk<>(smallest, smallestDetail);
  }
}
