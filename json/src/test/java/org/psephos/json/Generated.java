package org.psephos.json;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.psephos.Contest;
import org.psephos.ControlRule;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.PartyAliases;
import org.psephos.SeatBaseline;
import org.psephos.tally.Tally;
import org.psephos.testkit.GeneratorSettings;
import org.psephos.testkit.Input;
import org.psephos.testkit.Night;
import org.psephos.testkit.NightGenerator;
import org.psephos.testkit.PsephosTally;

/**
 * Valid elections, tallies and published declarations built from a seed: the inputs of the
 * round-trip properties. The elections and nights are the testkit's ({@link NightGenerator}, up to
 * 8 councils), named by {@link HardText}, their councils of every type counted by most votes
 * ({@link #retyped}), and given a few party aliases; the envelopes of published
 * declarations (rising sequence numbers, declaration times or none) are drawn here.
 */
final class Generated {
  private static final GeneratorSettings SETTINGS =
      GeneratorSettings.builder().maxCouncils(8).build();

  /** Types whose wards are counted by most votes: generated ward results are not STV counts. */
  private static final CouncilType[] TYPES =
      Arrays.stream(CouncilType.values())
          .filter(
              t -> t != CouncilType.SCOTTISH_COUNCIL && t != CouncilType.NORTHERN_IRISH_DISTRICT)
          .toArray(CouncilType[]::new);

  private Generated() {}

  static Election election(long seed) {
    Random random = new Random(seed);
    Election generated =
        NightGenerator.of(SETTINGS).withNaming(new HardText(random)).election(seed);
    return withAliases(retyped(generated, random), random);
  }

  /**
   * The election with each council of a type drawn among every type counted by most votes (the
   * testkit draws English types only), its id's GSS prefix that of its type.
   */
  static Election retyped(Election election, Random random) {
    List<Contest> contests = new ArrayList<>();
    for (Contest contest : election.contests()) {
      Council council = contest.council();
      CouncilType type = TYPES[random.nextInt(TYPES.length)];
      Council retyped = new Council(type.gssPrefix() + council.id().substring(3), council.name(),
          type, council.region(), council.size());
      contests.add(new Contest(retyped, contest.contested(), contest.continuing(),
          contest.defended(), contest.previous(), contest.wards()));
    }
    return Election.of(election.id(), election.date(), election.name(), election.parties(),
        election.aliases(), contests);
  }

  /** The election with up to two party aliases. */
  static Election withAliases(Election election, Random random) {
    Map<String, Party> aliases = new LinkedHashMap<>();
    int count = random.nextInt(3);
    for (int a = 0; a < count; a++) {
      List<Party> parties = election.parties();
      aliases.put("alias \u00e9 " + a, parties.get(random.nextInt(parties.size())));
    }
    return Election.of(election.id(), election.date(), election.name(), election.parties(),
        PartyAliases.of(aliases), election.contests());
  }

  /** A tally of the election under random choices, after a generated night of its councils. */
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
    return PsephosTally.of(baseline, rule).tally(election, night(election, seed).inputs());
  }

  /**
   * The declarations of a generated night of the election (complete, provisional, corrected), as
   * published. Valid under either baseline: the baseline is not used.
   */
  static List<PublishedDeclaration> declarations(
      Election election, SeatBaseline baseline, long seed) {
    Random random = new Random(seed);
    List<PublishedDeclaration> declarations = new ArrayList<>();
    long sequence = 0;
    for (Input input : night(election, seed).inputs()) {
      if (input instanceof Input.Declare declare) {
        sequence += 1 + random.nextInt(1000);
        declarations.add(new PublishedDeclaration(election.id(), sequence,
            time(random), declare.declaration()));
      }
    }
    return declarations;
  }

  /** A generated night of the election. */
  private static Night night(Election election, long seed) {
    return NightGenerator.of(SETTINGS).night(seed, election);
  }

  /** No time, or a time on the night with or without milliseconds at an offset. */
  private static @Nullable OffsetDateTime time(Random random) {
    return random.nextBoolean()
        ? null
        : OffsetDateTime.of(2020, 5, 7, random.nextInt(24), random.nextInt(60),
            random.nextInt(60), random.nextInt(2) * 500_000_000,
            ZoneOffset.ofHours(random.nextInt(3) - 1));
  }
}
