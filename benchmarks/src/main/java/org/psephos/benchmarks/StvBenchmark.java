package org.psephos.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
import org.openjdk.jmh.infra.Blackhole;
import org.psephos.stv.BallotProfile;
import org.psephos.stv.CountSheet;
import org.psephos.stv.Lot;
import org.psephos.stv.StvRules;

/**
 * Counting wards by Scottish STV: the library's count ({@code count}), which holds each
 * candidate's papers grouped by preference sequence, against a naive count ({@code naive}) that
 * keeps every paper on its own and re-examines all of them at every stage, in the same run.
 *
 * <ul>
 *   <li>{@code ward}: one 5-seat ward, 12 candidates, 10,000 papers;
 *   <li>{@code council}: 21 wards of 3 or 4 seats, 7 to 11 candidates, 5,000 papers each;
 *   <li>{@code scotland}: 355 wards of 3 or 4 seats, 5,070 papers each (about 1.8 million).
 * </ul>
 *
 * <p>Preferences are drawn from a Plackett-Luce model (candidates of unequal popularity), each
 * paper marking 1 to all candidates. Setup checks that both counts elect the same candidates.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StvBenchmark {
  @Param({"ward", "council", "scotland"})
  String size;

  private final List<BallotProfile> profiles = new ArrayList<>();
  private final List<int[][]> papers = new ArrayList<>();

  @Setup
  public void setUp() {
    Random random = new Random(2007);
    switch (size) {
      case "ward" -> add(random, 5, 12, 10_000);
      case "council" -> wards(random, 21, 5_000);
      case "scotland" -> wards(random, 355, 5_070);
      default -> throw new IllegalArgumentException(size);
    }
    for (int w = 0; w < profiles.size(); w++) {
      List<Integer> elected = StvRules.SCOTLAND.count(profiles.get(w), Lot.seeded(1)).elected();
      List<Integer> naive = NaiveCount.count(papers.get(w), profiles.get(w).candidates().size(),
          profiles.get(w).seats());
      if (!new java.util.HashSet<>(elected).equals(new java.util.HashSet<>(naive))) {
        throw new IllegalStateException("ward " + w + ": " + elected + " against naive " + naive);
      }
    }
  }

  private void wards(Random random, int wards, int ballots) {
    for (int w = 0; w < wards; w++) {
      add(random, 3 + random.nextInt(2), 7 + random.nextInt(5), ballots);
    }
  }

  private void add(Random random, int seats, int candidates, int ballots) {
    BallotProfile.Builder builder = BallotProfile.builder("Synthetic", seats);
    double[] weight = new double[candidates];
    for (int c = 0; c < candidates; c++) {
      builder.candidate("Candidate " + c, "");
      weight[c] = Math.pow(random.nextDouble(), 2) + 0.05;
    }
    int[][] ward = new int[ballots][];
    for (int b = 0; b < ballots; b++) {
      int length = 1 + random.nextInt(candidates);
      int[] marks = new int[length];
      boolean[] used = new boolean[candidates];
      for (int i = 0; i < length; i++) {
        double sum = 0;
        for (int c = 0; c < candidates; c++) {
          sum += used[c] ? 0 : weight[c];
        }
        double pick = random.nextDouble() * sum;
        int chosen = -1;
        for (int c = 0; c < candidates && chosen < 0; c++) {
          pick -= used[c] ? 0 : weight[c];
          if (pick <= 0 && !used[c]) {
            chosen = c;
          }
        }
        if (chosen < 0) {
          for (int c = candidates - 1; c >= 0 && chosen < 0; c--) {
            chosen = used[c] ? -1 : c;
          }
        }
        used[chosen] = true;
        marks[i] = chosen;
      }
      ward[b] = marks;
      int[] numbers = new int[length];
      for (int i = 0; i < length; i++) {
        numbers[i] = marks[i] + 1;
      }
      builder.papers(1, numbers);
    }
    profiles.add(builder.build());
    papers.add(ward);
  }

  /** The library's count of every ward. */
  @Benchmark
  public void count(Blackhole blackhole) {
    for (BallotProfile profile : profiles) {
      CountSheet sheet = StvRules.SCOTLAND.count(profile, Lot.seeded(1));
      blackhole.consume(sheet);
    }
  }

  /** The naive count of every ward. */
  @Benchmark
  public void naive(Blackhole blackhole) {
    for (int w = 0; w < papers.size(); w++) {
      blackhole.consume(
          NaiveCount.count(papers.get(w), profiles.get(w).candidates().size(),
              profiles.get(w).seats()));
    }
  }
}
