package org.psephos.benchmarks;

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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.psephos.tally.LiveTally;
import org.psephos.tally.Tally;

/**
 * Throughput of declarations applied through the thread-safe {@link LiveTally} by 1, 2 and 4
 * threads sharing one holder (1,500 councils, 10 parties). Each thread applies its own sequence of
 * replacement declarations, the councils in a shuffled order; the time to replay 1,000,000
 * declarations is 10^6 divided by the score.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LiveTallyBenchmark {

  /** The shared holder. */
  @State(Scope.Benchmark)
  public static class Shared {
    SyntheticElection data;
    int[] order;
    LiveTally live;

    @Setup
    public void setUp() {
      data = SyntheticElection.generate(1500, 2018L);
      order = data.shuffledOrder(6L);
      live = LiveTally.of(Tally.of(data.election).applyAll(data.firstVersions()));
    }
  }

  /** Each thread's position in the replay. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
    int version = 1;
  }

  private static Tally applyNext(Shared shared, Cursor cursor) {
    int c = shared.order[cursor.next];
    if (++cursor.next == shared.data.councils.length) {
      cursor.next = 0;
      cursor.version ^= 1;
    }
    return shared.live.apply(shared.data.declarations[cursor.version][c]);
  }

  @Benchmark
  @Threads(1)
  public Tally oneThread(Shared shared, Cursor cursor) {
    return applyNext(shared, cursor);
  }

  @Benchmark
  @Threads(2)
  public Tally twoThreads(Shared shared, Cursor cursor) {
    return applyNext(shared, cursor);
  }

  @Benchmark
  @Threads(4)
  public Tally fourThreads(Shared shared, Cursor cursor) {
    return applyNext(shared, cursor);
  }
}
