package org.psephos.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
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
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.Ward;
import org.psephos.feeds.tables.CandidateTable;
import org.psephos.feeds.tables.LeapReader;
import org.psephos.feeds.tables.TableWard;
import org.psephos.tally.Tally;

/**
 * Importing LEAP's file of 2 May 2019 (25,848 rows, 5,281 ballots) and tallying it, against reading
 * the same bytes with Apache Commons CSV alone.
 *
 * <ul>
 *   <li>{@code importAndTally}: the bytes decoded strictly as UTF-8 and parsed by {@code LeapReader}
 *       (every value checked, ballots gathered, every ward's elected flags checked against most
 *       votes), made into ward results against the election (councils and parties resolved, the
 *       core's count of every ward) and applied to a tally ward by ward;
 *   <li>{@code commonsCsvAlone}: the baseline: the same bytes made a string and parsed by Commons
 *       CSV, every value materialised, nothing checked or built.
 * </ul>
 *
 * The election (one party per party code, each council's wards as the file gives them, no
 * history: every seat vacant before) is made once in {@code @Setup}. Run from the repository root
 * (the file is read from {@code leapFile}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LeapImportBenchmark {
  @Param("feeds/src/test/resources/leap-2019/leap-2019-05-02.csv.gz")
  public String leapFile;

  private byte[] bytes = new byte[0];
  private @Nullable Election election;

  /** Reads the file and makes the election its wards belong to. */
  @Setup
  public void setUp() {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(Path.of(leapFile)))) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CandidateTable table = LeapReader.read(leapFile, bytes, null);
    Election.Builder builder =
        Election.builder("local.2019-05-02", LocalDate.of(2019, 5, 2), "LEAP 2019");
    for (String code : table.seatsByFlag().keySet()) {
      builder.parties(
          code.equals("Ind")
              ? Party.independent(code, "Independent", code)
              : Party.of(code, "Party " + code, code));
    }
    Map<String, List<Ward>> wards = new LinkedHashMap<>();
    for (TableWard ward : table.wards()) {
      wards.computeIfAbsent(ward.councilId(), id -> new ArrayList<>())
          .add(Ward.of(ward.wardId(), ward.wardName(), ward.seats(), Composition.empty()));
    }
    for (Map.Entry<String, String> council : table.councils().entrySet()) {
      List<Ward> list = wards.get(council.getKey());
      int size = list.stream().mapToInt(Ward::seats).sum();
      CouncilType type = CouncilType.ofGssCode(council.getKey()).orElseThrow();
      builder.contest(
          Contest.builder(Council.of(council.getKey(), council.getValue(), type, "England", size))
              .previous(Composition.of(Map.of(), size))
              .defended(Composition.empty())
              .wards(list)
              .build());
    }
    election = builder.build();
    if (importAndTally().standings().seatsWon() != 8435) {
      throw new IllegalStateException("LEAP 2019 should elect 8,435 councillors");
    }
  }

  /**
   * Imports the file and tallies it.
   *
   * @return the tally
   */
  @Benchmark
  public Tally importAndTally() {
    Election made = Objects.requireNonNull(election, "election");
    CandidateTable table = LeapReader.read(leapFile, bytes, null);
    return Tally.of(made).applyWardResults(table.wardResults(made));
  }

  /**
   * Parses the same bytes with Commons CSV alone.
   *
   * @return a sum over the values, so that nothing is optimised away
   */
  @Benchmark
  public long commonsCsvAlone() {
    long sum = 0;
    try (CSVParser parser =
        CSVParser.parse(new String(bytes, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
      for (CSVRecord record : parser) {
        for (String value : record) {
          sum += value.length();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sum;
  }
}
