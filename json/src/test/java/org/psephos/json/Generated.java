package org.psephos.json;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.ControlRule;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.SeatBaseline;
import org.psephos.tally.Tally;

/**
 * Valid elections, tallies and published declarations built from a seed, by construction within
 * core's rules: the inputs of the round-trip properties.
 */
final class Generated {
  /** Types whose wards are counted by most votes: generated ward results are not STV counts. */
  private static final CouncilType[] TYPES =
      java.util.Arrays.stream(CouncilType.values())
          .filter(t -> t != CouncilType.SCOTTISH_COUNCIL && t != CouncilType.NORTHERN_IRISH_DISTRICT)
          .toArray(CouncilType[]::new);
  private static final String[] REGIONS = {"London", "North West", "South East", "Wales"};

  private Generated() {}

  static Election election(long seed) {
    Random random = new Random(seed);
    int partyCount = 1 + random.nextInt(6);
    List<Party> parties = new ArrayList<>();
    for (int p = 0; p < partyCount; p++) {
      String id = random.nextBoolean() ? "PP" + (50 + p) : "ynmp-party:" + (2 + p);
      String name = "Party \u00e9 " + p + (random.nextInt(4) == 0 ? " \"quoted\"/slash~" : "");
      parties.add(new Party(id, name, "P" + p, random.nextInt(4) != 0));
    }
    int year = 2000 + random.nextInt(30);
    LocalDate date = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
    Election.Builder builder =
        Election.builder("local." + date, date, "Elections of " + date)
            .parties(parties.toArray(new Party[0]));
    int aliasCount = random.nextInt(3);
    for (int a = 0; a < aliasCount; a++) {
      builder.alias("alias " + a, parties.get(random.nextInt(partyCount)));
    }
    int councilCount = 1 + random.nextInt(8);
    for (int c = 0; c < councilCount; c++) {
      builder.contest(contest(random, c, parties));
    }
    return builder.build();
  }

  private static Contest contest(Random random, int c, List<Party> parties) {
    int size = 1 + random.nextInt(80);
    CouncilType type = TYPES[random.nextInt(TYPES.length)];
    // one draw in REGIONS.length + 1 gives no region
    int region = random.nextInt(REGIONS.length + 1);
    Council council =
        new Council(type.gssPrefix() + String.format("%06d", c), "Council " + c, type,
            region == REGIONS.length ? Optional.empty() : Optional.of(REGIONS[region]), size);
    if (size == 1 || random.nextBoolean()) {
      int oldSize = Math.max(1, size + random.nextInt(21) - 10);
      Composition previous = spread(random, parties, oldSize, random.nextInt(3));
      Composition defended = spread(random, parties, Math.max(0, size + random.nextInt(7) - 3), 0);
      return Contest.builder(council).previous(previous).defended(defended).build();
    }
    Composition previous = spread(random, parties, size, random.nextInt(3));
    int contested = 1 + random.nextInt(size - 1);
    Composition continuing = subset(random, previous, size - contested);
    Composition defended = spread(random, parties, contested, 0);
    return Contest.builder(council)
            .contested(contested)
            .continuing(continuing)
            .previous(previous)
            .defended(defended)
            .build();
  }

  /** A composition of {@code total} seats over random parties, with up to that many vacancies. */
  static Composition spread(Random random, List<Party> parties, int total, int vacancies) {
    int vacant = Math.min(total, vacancies);
    Map<Party, Integer> seats = new LinkedHashMap<>();
    for (int s = 0; s < total - vacant; s++) {
      seats.merge(parties.get(random.nextInt(parties.size())), 1, Integer::sum);
    }
    return Composition.of(seats, vacant);
  }

  /** A random part of a composition with the given total (seats and vacancies). */
  static Composition subset(Random random, Composition whole, int total) {
    List<Party> pool = new ArrayList<>();
    for (Map.Entry<Party, Integer> entry : whole.asMap().entrySet()) {
      for (int i = 0; i < entry.getValue(); i++) {
        pool.add(entry.getKey());
      }
    }
    for (int i = 0; i < whole.vacancies(); i++) {
      pool.add(null);
    }
    java.util.Collections.shuffle(pool, random);
    Map<Party, Integer> seats = new LinkedHashMap<>();
    int vacancies = 0;
    for (int i = 0; i < total; i++) {
      Party party = pool.get(i);
      if (party == null) {
        vacancies++;
      } else {
        seats.merge(party, 1, Integer::sum);
      }
    }
    return Composition.of(seats, vacancies);
  }

  static Tally tally(Election election, long seed) {
    Random random = new Random(seed);
    SeatBaseline baseline = SeatBaseline.values()[random.nextInt(2)];
    ControlRule rule = random.nextBoolean() ? ControlRule.cohesiveOnly() : ControlRule.anyParty();
    if (random.nextBoolean()) {
      Contest contest = election.contests().get(random.nextInt(election.contests().size()));
      Party party = election.parties().get(random.nextInt(election.parties().size()));
      rule = random.nextBoolean()
          ? rule.withCohesiveIn(contest.council(), party)
          : rule.withNonCohesiveIn(contest.council(), party);
    }
    Tally tally = Tally.of(election, baseline, rule);
    for (PublishedDeclaration published : declarations(election, baseline, random)) {
      tally = tally.apply(published.declaration());
    }
    return tally;
  }

  static List<PublishedDeclaration> declarations(
      Election election, SeatBaseline baseline, long seed) {
    return declarations(election, baseline, new Random(seed));
  }

  private static List<PublishedDeclaration> declarations(
      Election election, SeatBaseline baseline, Random random) {
    List<PublishedDeclaration> declarations = new ArrayList<>();
    long sequence = 0;
    int count = random.nextInt(2 * election.contests().size() + 1);
    for (int d = 0; d < count; d++) {
      Contest contest = election.contests().get(random.nextInt(election.contests().size()));
      int stillToFill = random.nextInt(4) == 0 ? random.nextInt(contest.contested() + 1) : 0;
      Composition won =
          spread(random, election.parties(), contest.contested() - stillToFill, 0);
      // seats defended among those still to fill are seats as last fought, whatever the baseline
      Composition lastFought = SeatBaseline.LAST_FOUGHT.of(contest);
      Composition defendedStillToFill =
          subset(random, lastFought,
              Math.min(stillToFill, random.nextInt(lastFought.total() + 1)));
      Declaration declaration =
          Declaration.provisional(
              contest.council(), won.asMap(), stillToFill, defendedStillToFill.asMap());
      sequence += 1 + random.nextInt(1000);
      OffsetDateTime at =
          random.nextBoolean()
              ? null
              : OffsetDateTime.of(2020, 5, 7, random.nextInt(24), random.nextInt(60),
                  random.nextInt(60), random.nextInt(2) * 500_000_000,
                  ZoneOffset.ofHours(random.nextInt(3) - 1));
      declarations.add(new PublishedDeclaration(election.id(), sequence, at, declaration));
    }
    return declarations;
  }
}
