package org.psephos.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The physical floor of an update: a bare loop taking a council's old seats out of, and adding its
 * new seats and control into, primitive int arrays updated in place (no validation, no
 * immutability, no history). Compare with {@link ApplyBenchmark#apply()}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FloorBenchmark {
  @Param({"150", "1500", "15000"})
  int councils;

  private SyntheticElection data;
  private int[] seatsWon;
  private int[] baseline;
  private int[] councilsControlled;
  private int noOverallControl;
  private int[] current;
  private int next;

  @Setup
  public void setUp() {
    data = SyntheticElection.generate(councils, 10, 2018L);
    int parties = data.parties.length;
    seatsWon = new int[parties];
    baseline = new int[parties];
    councilsControlled = new int[parties];
    current = new int[councils];
    for (int c = 0; c < councils; c++) {
      add(data.seats[0][c], data.defended[c], +1, c);
    }
  }

  private void add(int[] won, int[] defended, int sign, int c) {
    int majority = data.councils[c].majority();
    int controller = -1;
    for (int p = 0; p < won.length; p++) {
      seatsWon[p] += sign * won[p];
      baseline[p] += sign * defended[p];
      if (won[p] >= majority && p < won.length - 1) {
        controller = p;
      }
    }
    if (controller < 0) {
      noOverallControl += sign;
    } else {
      councilsControlled[controller] += sign;
    }
  }

  @Benchmark
  public int floor() {
    int c = next;
    if (++next == councils) {
      next = 0;
    }
    int version = current[c];
    add(data.seats[version][c], data.defended[c], -1, c);
    add(data.seats[version ^ 1][c], data.defended[c], +1, c);
    current[c] = version ^ 1;
    return seatsWon[0] + councilsControlled[0] + noOverallControl;
  }
}
