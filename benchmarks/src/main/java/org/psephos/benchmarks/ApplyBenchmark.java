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
import org.psephos.Declaration;
import org.psephos.tally.CheckedDeclaration;
import org.psephos.tally.CouncilFilter;
import org.psephos.tally.Standings;
import org.psephos.tally.Tally;

/**
 * The cost of one declaration on a fully declared election of 150, 1,500 and 15,000 councils and
 * 10 parties: each operation replaces the next council's declaration with its other version, the
 * councils taken in a shuffled order (fixed seed), as declarations arrive on the night.
 *
 * <ul>
 *   <li>{@code applyAndRead}: Psephos's incremental update, then the whole-election standings;
 *   <li>{@code applyAndRecompute}: the baseline, the same update then standings recomputed from
 *       every declared council (the tally's scan path over a filter accepting every council);
 *   <li>{@code apply}: the update alone, the declaration checked then applied ({@code
 *       tally.apply(declaration)}), to compare with {@link FloorBenchmark};
 *   <li>{@code applyChecked}: the update of a declaration checked beforehand ({@code
 *       tally.apply(checked)}): the engine's own cost, without the check a reader makes where it
 *       reads the declaration.
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
public class ApplyBenchmark {
  private static final CouncilFilter EVERY_COUNCIL_BY_SCAN =
      CouncilFilter.matching("every council, by scan", council -> true);

  @Param({"150", "1500", "15000"})
  int councils;

  private SyntheticElection data;
  private Tally tally;
  private int[] order;
  private int next;
  private int version;
  private CheckedDeclaration[][] checked;

  @Setup
  public void setUp() {
    data = SyntheticElection.generate(councils, 2018L);
    tally = Tally.of(data.election).applyAll(data.firstVersions());
    order = data.shuffledOrder(6L);
    next = 0;
    version = 1;
    checked = new CheckedDeclaration[2][councils];
    for (int v = 0; v < 2; v++) {
      for (int c = 0; c < councils; c++) {
        checked[v][c] = tally.check(data.declarations[v][c]);
      }
    }
    // Collect the setup's garbage before measuring, as a running service's collector would have:
    // otherwise what is measured stays where the setup left it, scattered among its dead objects,
    // and at 15,000 councils nearly every access misses the caches and the TLB (on a 2-core VM
    // `apply` took 2.5 to 3.5 us so, and 0.8 to 1 us after a collection).
    System.gc();
  }

  private CheckedDeclaration nextChecked() {
    CheckedDeclaration declaration = checked[version][order[next]];
    if (++next == councils) {
      next = 0;
      version ^= 1;
    }
    return declaration;
  }

  private Declaration nextDeclaration() {
    Declaration declaration = data.declarations[version][order[next]];
    if (++next == councils) {
      next = 0;
      version ^= 1;
    }
    return declaration;
  }

  @Benchmark
  public Standings applyAndRead() {
    tally = tally.apply(nextDeclaration());
    return tally.standings();
  }

  @Benchmark
  public Standings applyAndRecompute() {
    tally = tally.apply(nextDeclaration());
    return tally.standings(EVERY_COUNCIL_BY_SCAN);
  }

  @Benchmark
  public Tally applyChecked() {
    tally = tally.apply(nextChecked());
    return tally;
  }

  @Benchmark
  public Tally apply() {
    tally = tally.apply(nextDeclaration());
    return tally;
  }
}
