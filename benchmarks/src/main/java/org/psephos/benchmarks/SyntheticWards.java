package org.psephos.benchmarks;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.psephos.Contest;
import org.psephos.Election;
import org.psephos.Ward;
import org.psephos.testkit.WardNightGenerator;
import org.psephos.testkit.WardSettings;
import org.psephos.ward.WardResult;

/**
 * An election whose councils list their wards, and one counted result per ward, drawn from the
 * testkit's {@link WardNightGenerator} (fixed seed) for {@link JsonBenchmark}: the councils of
 * {@link SyntheticElection#settings} (all-out, 30 to 70 seats, ten parties, nine regions), every
 * council listing wards of 1 to 3 seats with previous votes under both conventions, and for every
 * ward a result from {@link WardNightGenerator#wardResult}: about one in a hundred uncontested, the
 * others with one to four more candidates than seats, votes up to 3,000 (a tie for the last seat,
 * now and then, decided by lot), ballots cast and rejected and, for one in two, the electorate.
 * What is the benchmark's own: every ward declared once, and the times of declaration.
 */
final class SyntheticWards {
  /** The testkit's ward-level knobs for the benchmark. */
  static final WardSettings WARDS = new WardSettings(0, 0, 1, 100, 1, 0, 3_000);

  /** The election, each contest listing its wards. */
  final Election election;

  /** One result per ward, in the election's order. */
  final List<WardResult> results;

  private SyntheticWards(Election election, List<WardResult> results) {
    this.election = election;
    this.results = List.copyOf(results);
  }

  /** The election of a seed with this many councils, and a result for each of its wards. */
  static SyntheticWards generate(int councilCount, long seed) {
    WardNightGenerator generator =
        WardNightGenerator.of(SyntheticElection.settings(councilCount), WARDS);
    Election election = generator.election(seed);
    SplittableRandom seeds = new SplittableRandom(seed);
    List<WardResult> results = new ArrayList<>();
    for (Contest contest : election.contests()) {
      for (Ward ward : contest.wards()) {
        results.add(
            generator.wardResult(seeds.nextLong(), contest.council(), ward, election.parties()));
      }
    }
    return new SyntheticWards(election, results);
  }

  /**
   * When the results are declared, in the order given: from 23:30 on polling night, rising about
   * seven seconds a ward (so a night and most of the next day for 10,000 wards).
   */
  static OffsetDateTime[] declaredAt(Election election, int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    OffsetDateTime[] times = new OffsetDateTime[count];
    OffsetDateTime at = election.date().atTime(23, 30).atOffset(ZoneOffset.ofHours(1));
    for (int i = 0; i < count; i++) {
      at = at.plusSeconds(random.nextInt(15));
      times[i] = at;
    }
    return times;
  }
}
