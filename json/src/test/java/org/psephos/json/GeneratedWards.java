package org.psephos.json;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.psephos.ControlRule;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.SeatBaseline;
import org.psephos.tally.Tally;
import org.psephos.testkit.WardNight;
import org.psephos.testkit.WardNightGenerator;
import org.psephos.ward.WardResult;

/**
 * Valid elections with wards, ward results and mixed feeds built from a seed: the inputs of the
 * ward-level round-trip properties. The elections and nights are the testkit's ({@link
 * WardNightGenerator}: wards with and without previous votes, contested and uncontested results,
 * ties decided by lot, ballot figures, corrections, councils declared whole), named by {@link
 * HardText}, of every type counted by most votes and given a few party aliases; the feed's
 * envelopes (rising sequence numbers, declaration times or none) and its interleaving of whole
 * declarations are drawn here.
 */
final class GeneratedWards {
  private GeneratedWards() {}

  /** An election of the testkit's ward generator, with hard names and aliases. */
  static Election election(long seed) {
    Random random = new Random(seed);
    Election generated =
        WardNightGenerator.withDefaults().withNaming(new HardText(random)).election(seed);
    return Generated.withAliases(Generated.retyped(generated, random), random);
  }

  /**
   * A feed for the election: a generated night's ward results (a corrected ward's earlier result
   * before its current one) with the whole declarations of councils listing no wards interleaved
   * (with the seats held still to fill, which the format carries); sequence numbers rise. Valid under either baseline: the baseline is not used.
   */
  static List<PublishedResult> feed(Election election, SeatBaseline baseline, long seed) {
    Random random = new Random(seed);
    WardNight night =
        WardNightGenerator.withDefaults().withNaming(new HardText(random)).night(seed, election);
    List<WardResult> results = night.arrivals();
    List<Declaration> wholes = night.wholes();
    List<PublishedResult> feed = new ArrayList<>();
    long sequence = 0;
    int r = 0;
    int w = 0;
    while (r < results.size() || w < wholes.size()) {
      sequence += 1 + random.nextInt(5);
      boolean whole = r == results.size() || (w < wholes.size() && random.nextInt(4) == 0);
      if (whole) {
        feed.add(new PublishedDeclaration(election.id(), sequence, time(random),
            wholes.get(w++)));
      } else if (random.nextInt(8) == 0) {
        feed.add(PublishedWardResult.of(election.id(), sequence, results.get(r++)));
      } else {
        feed.add(new PublishedWardResult(election.id(), sequence, time(random), results.get(r++)));
      }
    }
    return feed;
  }

  private static @Nullable OffsetDateTime time(Random random) {
    return random.nextBoolean()
        ? null
        : OffsetDateTime.of(2020, 5, 8, random.nextInt(24), random.nextInt(60), 0, 0,
            ZoneOffset.ofHours(1));
  }

  /** The ward results of a feed. */
  static List<PublishedWardResult> wardResults(List<PublishedResult> feed) {
    List<PublishedWardResult> results = new ArrayList<>();
    for (PublishedResult result : feed) {
      if (result instanceof PublishedWardResult ward) {
        results.add(ward);
      }
    }
    return results;
  }

  /** A tally of the election with random choices and the feed applied. */
  static Tally tally(Election election, long seed) {
    Random random = new Random(seed);
    SeatBaseline baseline = SeatBaseline.values()[random.nextInt(2)];
    ControlRule rule = random.nextBoolean() ? ControlRule.cohesiveOnly() : ControlRule.anyParty();
    Tally tally = Tally.of(election, baseline, rule);
    for (PublishedResult result : feed(election, baseline, seed)) {
      tally = result.applyTo(tally);
    }
    return tally;
  }
}
