package org.psephos.json;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.ControlRule;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.SeatBaseline;
import org.psephos.VoteConvention;
import org.psephos.Ward;
import org.psephos.tally.Tally;
import org.psephos.ward.WardResult;

/**
 * Valid elections with wards, ward results and mixed feeds built from a seed, by construction
 * within core's rules: the inputs of the ward-level round-trip properties.
 *
 * <p>Each generated ward result is valid by construction: distinct vote counts, except, now and
 * then, an exact tie for the last seat between two candidates with one of them drawn; ballot
 * figures, when given, with at least as many valid ballots as any candidate's votes and their
 * total at most seats times the valid ballots; uncontested wards with no votes and no ballots.
 */
final class GeneratedWards {
  private GeneratedWards() {}

  /** An election of {@link Generated#election}, with wards listed for about half its councils. */
  static Election election(long seed) {
    Election base = Generated.election(seed);
    Random random = new Random(seed ^ 0x5DEECE66DL);
    List<Contest> contests = new ArrayList<>();
    for (int c = 0; c < base.contests().size(); c++) {
      Contest contest = base.contests().get(c);
      contests.add(random.nextBoolean() ? withWards(random, c, contest, base) : contest);
    }
    return Election.of(
        base.id(), base.date(), base.name(), base.parties(), base.aliases(), contests);
  }

  private static Contest withWards(Random random, int c, Contest contest, Election election) {
    List<Integer> sizes = new ArrayList<>();
    int left = contest.contested();
    while (left > 0) {
      int seats = Math.min(left, 1 + random.nextInt(3));
      sizes.add(seats);
      left -= seats;
    }
    List<Map<Party, Integer>> defended = new ArrayList<>();
    for (int w = 0; w < sizes.size(); w++) {
      defended.add(new LinkedHashMap<>());
    }
    for (Map.Entry<Party, Integer> entry : contest.defended().asMap().entrySet()) {
      for (int i = 0; i < entry.getValue(); i++) {
        defended.get(random.nextInt(sizes.size())).merge(entry.getKey(), 1, Integer::sum);
      }
    }
    List<Ward> wards = new ArrayList<>();
    for (int w = 0; w < sizes.size(); w++) {
      String id =
          random.nextBoolean()
              ? String.format("E05%03d%03d", c, w)
              : "local.council-" + c + ".ward-" + w + "." + election.date();
      Ward ward = Ward.of(id, "Ward " + w + (w % 3 == 0 ? " & St Mary's" : ""), sizes.get(w),
          Composition.of(defended.get(w)));
      for (VoteConvention convention : VoteConvention.values()) {
        if (random.nextInt(3) == 0) {
          Map<Party, Integer> votes = new LinkedHashMap<>();
          for (Party party : election.parties()) {
            if (random.nextBoolean()) {
              votes.put(party, random.nextInt(3000));
            }
          }
          if (votes.values().stream().mapToInt(Integer::intValue).sum() > 0) {
            ward = ward.withPreviousVotes(convention, votes);
          }
        }
      }
      wards.add(ward);
    }
    return contest.withWards(wards);
  }

  /** A valid result for a ward of a contest. */
  static WardResult result(Random random, Contest contest, Ward ward, List<Party> parties) {
    WardResult.Builder builder =
        WardResult.builder(contest.council(), ward.id(), ward.seats());
    int seats = ward.seats();
    if (random.nextInt(6) == 0) {
      int count = 1 + random.nextInt(seats);
      for (int i = 0; i < count; i++) {
        builder.unopposed(name(ward, i), parties.get(random.nextInt(parties.size())));
      }
      return builder.build();
    }
    int count = seats + 1 + random.nextInt(4);
    List<Integer> votes = new ArrayList<>();
    int next = 50 + random.nextInt(200);
    for (int i = 0; i < count; i++) {
      votes.add(next);
      next += 1 + random.nextInt(400);
    }
    Collections.reverse(votes);
    boolean tie = random.nextInt(4) == 0;
    if (tie) {
      votes.set(seats, votes.get(seats - 1));
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      order.add(i);
    }
    Collections.shuffle(order, random);
    for (int i : order) {
      builder.candidate(name(ward, i), parties.get(random.nextInt(parties.size())), votes.get(i));
    }
    if (tie) {
      builder.drawnWinner(name(ward, seats - 1 + random.nextInt(2)));
    }
    if (random.nextBoolean()) {
      long total = 0;
      for (int v : votes) {
        total += v;
      }
      int valid = (int) Math.max(votes.get(0), (total + seats - 1) / seats) + random.nextInt(500);
      int rejected = random.nextInt(40);
      builder.ballotsCast(valid + rejected).ballotsRejected(rejected);
      if (random.nextBoolean()) {
        builder.electorate(valid + rejected + random.nextInt(20_000));
      }
    }
    return builder.build();
  }

  private static String name(Ward ward, int i) {
    return "Candidate " + (char) ('A' + i) + " of " + ward.name();
  }

  /**
   * A feed for the election: councils with wards declare ward by ward (all their wards or some,
   * with an occasional correction), the others by whole declarations; sequence numbers rise.
   */
  static List<PublishedResult> feed(Election election, SeatBaseline baseline, long seed) {
    Random random = new Random(seed);
    List<PublishedResult> feed = new ArrayList<>();
    long sequence = 0;
    for (Contest contest : election.contests()) {
      int mode = random.nextInt(4);
      if (mode == 0) {
        continue;
      }
      if (contest.hasWards() && mode != 3) {
        List<Ward> wards = new ArrayList<>(contest.wards());
        Collections.shuffle(wards, random);
        int declared = mode == 1 ? wards.size() : 1 + random.nextInt(wards.size());
        for (Ward ward : wards.subList(0, declared)) {
          sequence += 1 + random.nextInt(5);
          feed.add(new PublishedWardResult(election.id(), sequence, time(random),
              result(random, contest, ward, election.parties())));
          if (random.nextInt(8) == 0) {
            sequence++;
            feed.add(PublishedWardResult.of(election.id(), sequence,
                result(random, contest, ward, election.parties())));
          }
        }
      } else {
        Composition won = Generated.spread(random, election.parties(), contest.contested(), 0);
        Declaration declaration = Declaration.of(contest.council(), won.asMap());
        sequence += 1 + random.nextInt(5);
        feed.add(new PublishedDeclaration(election.id(), sequence, time(random), declaration));
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
