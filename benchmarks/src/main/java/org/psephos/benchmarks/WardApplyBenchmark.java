package org.psephos.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.psephos.tally.CheckedWardResult;
import org.psephos.tally.Tally;
import org.psephos.ward.WardResult;

/**
 * The cost of one ward result on election night: the ward results of {@link JsonBenchmark}'s
 * election (400 councils, 10,038 wards) arrive in a shuffled order (fixed seed), one per
 * operation, each applied to the tally of those before it; after the last, the night starts again
 * from the empty tally. A council is declared when its last ward is in. So the figures are an
 * average over a whole night: most results join a council in progress, 400 complete one.
 *
 * <ul>
 *   <li>{@code applyWardResult}: {@code tally.apply(result)}, the result checked then applied;
 *   <li>{@code applyCheckedWardResult}: {@code tally.apply(checked)} of a result checked
 *       beforehand, as a reader checks each line where it reads it.
 * </ul>
 *
 * Run with {@code -prof gc} for the allocation per operation ({@code gc.alloc.rate.norm}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WardApplyBenchmark {
  private static final int COUNCILS = 400;

  private Tally empty;
  private WardResult[] results;
  private CheckedWardResult[] checked;
  private Tally tally;
  private int next;

  @Setup
  public void setUp() {
    SyntheticWards data = SyntheticWards.generate(COUNCILS, 2018L);
    empty = Tally.of(data.election);
    results = data.results.toArray(new WardResult[0]);
    SplittableRandom random = new SplittableRandom(6L);
    for (int i = results.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      WardResult swap = results[i];
      results[i] = results[j];
      results[j] = swap;
    }
    checked = new CheckedWardResult[results.length];
    for (int i = 0; i < results.length; i++) {
      checked[i] = empty.check(results[i]);
    }
    tally = empty;
    next = 0;
  }

  @Benchmark
  public Tally applyWardResult() {
    if (next == results.length) {
      next = 0;
      tally = empty;
    }
    tally = tally.apply(results[next++]);
    return tally;
  }

  @Benchmark
  public Tally applyCheckedWardResult() {
    if (next == checked.length) {
      next = 0;
      tally = empty;
    }
    tally = tally.apply(checked[next++]);
    return tally;
  }
}
