package org.psephos.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;
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
import org.psephos.Composition;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.Declaration;
import org.psephos.Party;

/**
 * The builders against the map factories, at 20,000 parties: a builder that scanned its parties on
 * every insert was quadratic (2.1 s against 48 ms for {@code Composition.of(map)}); with one hash
 * lookup per party it costs about what the map factory costs.
 *
 * <p>Half the parties hold one seat and half none, so that the total stays within the largest
 * composition accepted (10,000 seats) while every one of the 20,000 parties is given, and checked
 * for a duplicate id, by each method.
 *
 * <ul>
 *   <li>{@code compositionOfMap}: the baseline, {@code Composition.of} of a prepared map;
 *   <li>{@code compositionBuilder}: the same parties through {@code Composition.builder()};
 *   <li>{@code declarationOfMap} and {@code declarationBuilder}: the same for a declaration's seats
 *       won.
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BuilderBenchmark {
  @Param({"20000"})
  int parties;

  private Party[] party;
  private int[] seats;
  private Map<Party, Integer> map;
  private Council council;

  @Setup
  public void setUp() {
    party = new Party[parties];
    seats = new int[parties];
    map = new LinkedHashMap<>();
    for (int i = 0; i < parties; i++) {
      party[i] = Party.of("PP" + i, "Party " + i, "P" + i);
      seats[i] = i % 2;
      map.put(party[i], seats[i]);
    }
    council = Council.of("E1", "Largest", CouncilType.SHIRE_DISTRICT, "South East", 10_000);
  }

  /** The baseline: the map factory. */
  @Benchmark
  public Composition compositionOfMap() {
    return Composition.of(map);
  }

  /** The builder, one party at a time. */
  @Benchmark
  public Composition compositionBuilder() {
    Composition.Builder builder = Composition.builder();
    for (int i = 0; i < parties; i++) {
      builder.seats(party[i], seats[i]);
    }
    return builder.build();
  }

  /** The baseline for declarations: the map factory. */
  @Benchmark
  public Declaration declarationOfMap() {
    return Declaration.of(council, map);
  }

  /** The declaration builder, one party at a time. */
  @Benchmark
  public Declaration declarationBuilder() {
    Declaration.Builder builder = Declaration.builder(council);
    for (int i = 0; i < parties; i++) {
      builder.won(party[i], seats[i]);
    }
    return builder.build();
  }
}
