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
 * The physical floor of an update, to compare with {@link ApplyBenchmark#apply()}: the same
 * replacements, in the same shuffled order, as bare loops over primitive int arrays updated in
 * place (no validation, no immutability, no history, no maps to read: the seats are given as
 * dense per-party arrays).
 *
 * <ul>
 *   <li>{@code floor}: the floor: a council's old seats taken out of, and its new seats and
 *       control added into, whole-election totals of seats won, baseline seats, councils
 *       controlled and no overall control;
 *   <li>{@code floorSameFigures}: the floor of the engine's own bookkeeping: the same figures the
 *       tally keeps (seats won, baseline, holdings, councils after and before, no overall control
 *       after and before, councils and seats declared) for the three groups it keeps (the whole
 *       election, the council's region and its type), each group updated in one pass taking the
 *       old seats out and putting the new ones in, and only the figures a replacement changes.
 * </ul>
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
  private int parties;
  private int[] order;
  private int next;
  private int[] current;
  // the floor
  private int[] seatsWon;
  private int[] baseline;
  private int[] councilsControlled;
  private int noOverallControl;
  // the engine's figures per group: per party won, baseline, holdings, councils, councils before,
  // then no overall control, no overall control before, declared, seats declared
  private int[][] groups;
  private int[][] continuing;
  private int[] controlBefore;

  @Setup
  public void setUp() {
    data = SyntheticElection.generate(councils, 2018L);
    parties = data.parties.length;
    order = data.shuffledOrder(6L);
    seatsWon = new int[parties];
    baseline = new int[parties];
    councilsControlled = new int[parties];
    current = new int[councils];
    groups = new int[data.groups][5 * parties + 4];
    continuing = new int[councils][parties];
    controlBefore = new int[councils];
    for (int c = 0; c < councils; c++) {
      controlBefore[c] = controller(data.defended[c], c);
      add(data.seats[0][c], data.defended[c], +1, c);
      addSameFigures(data.seats[0][c], +1, c);
    }
    // Collect the setup's garbage before measuring, as a running service's collector would have:
    // otherwise what is measured stays where the setup left it, scattered among its dead objects,
    // and at 15,000 councils nearly every access misses the caches and the TLB (on a 2-core VM
    // `apply` took 2.5 to 3.5 us so, and 0.8 to 1 us after a collection).
    System.gc();
  }

  private int controller(int[] seats, int c) {
    int majority = data.councils[c].majority();
    int controller = -1;
    for (int p = 0; p < seats.length; p++) {
      if (seats[p] >= majority && p != data.independent) {
        controller = p;
      }
    }
    return controller;
  }

  private void add(int[] won, int[] defended, int sign, int c) {
    int majority = data.councils[c].majority();
    int controller = -1;
    for (int p = 0; p < won.length; p++) {
      seatsWon[p] += sign * won[p];
      baseline[p] += sign * defended[p];
      if (won[p] >= majority && p != data.independent) {
        controller = p;
      }
    }
    if (controller < 0) {
      noOverallControl += sign;
    } else {
      councilsControlled[controller] += sign;
    }
  }

  /** Adds (sign +1) or takes out (sign -1) a council's seats, as a first declaration does. */
  private void addSameFigures(int[] won, int sign, int c) {
    int[] defended = data.defended[c];
    int[] kept = continuing[c];
    int controller = controllerAfter(won, c);
    int before = controlBefore[c];
    int seats = 0;
    for (int n : won) {
      seats += n;
    }
    for (int[] t : new int[][] {groups[0], groups[region(c)], groups[type(c)]}) {
      int n = parties;
      for (int p = 0; p < n; p++) {
        t[p] += sign * won[p];
        t[n + p] += sign * defended[p];
        t[2 * n + p] += sign * (won[p] + kept[p]);
      }
      t[controller < 0 ? 5 * n : 3 * n + controller] += sign;
      t[before < 0 ? 5 * n + 1 : 4 * n + before] += sign;
      t[5 * n + 2] += sign;
      t[5 * n + 3] += sign * seats;
    }
  }

  /**
   * Replaces a council's seats in place: one pass per group taking the old seats out and putting
   * the new ones in (seats won and holdings), then the councils controlled and the seats declared.
   * The baseline, control before and councils declared are the same for both versions of a
   * council, so a floor leaves them alone.
   */
  private void replaceSameFigures(int[] old, int[] now, int c) {
    int oldController = controllerAfter(old, c);
    int newController = controllerAfter(now, c);
    int seats = 0;
    for (int p = 0; p < now.length; p++) {
      seats += now[p] - old[p];
    }
    replaceIn(groups[0], old, now, oldController, newController, seats);
    replaceIn(groups[region(c)], old, now, oldController, newController, seats);
    replaceIn(groups[type(c)], old, now, oldController, newController, seats);
  }

  private void replaceIn(
      int[] t, int[] old, int[] now, int oldController, int newController, int seats) {
    int n = parties;
    for (int p = 0; p < n; p++) {
      int change = now[p] - old[p];
      t[p] += change;
      t[2 * n + p] += change;
    }
    t[oldController < 0 ? 5 * n : 3 * n + oldController] -= 1;
    t[newController < 0 ? 5 * n : 3 * n + newController] += 1;
    t[5 * n + 3] += seats;
  }

  private int controllerAfter(int[] won, int c) {
    int[] kept = continuing[c];
    int majority = data.councils[c].majority();
    int controller = -1;
    for (int p = 0; p < won.length; p++) {
      if (won[p] + kept[p] >= majority && p != data.independent) {
        controller = p;
      }
    }
    return controller;
  }

  private int region(int c) {
    return data.regionGroup[c];
  }

  private int type(int c) {
    return data.typeGroup[c];
  }

  private int nextCouncil() {
    int c = order[next];
    if (++next == councils) {
      next = 0;
    }
    return c;
  }

  @Benchmark
  public int floor() {
    int c = nextCouncil();
    int version = current[c];
    add(data.seats[version][c], data.defended[c], -1, c);
    add(data.seats[version ^ 1][c], data.defended[c], +1, c);
    current[c] = version ^ 1;
    return seatsWon[0] + councilsControlled[0] + noOverallControl;
  }

  @Benchmark
  public int floorSameFigures() {
    int c = nextCouncil();
    int version = current[c];
    replaceSameFigures(data.seats[version][c], data.seats[version ^ 1][c], c);
    current[c] = version ^ 1;
    return groups[0][0] + groups[0][3 * parties];
  }
}
