package org.psephos.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.Party;

/**
 * Seeded, reproducible generator of valid elections and nights of inputs: the same seed, size and
 * settings always give the same {@link Night}, and every generated value is one Psephos core
 * accepts (each draw is bounded by the earlier ones).
 *
 * <p>The shape, within the {@link GeneratorSettings}: 2 to 6 cohesive parties (up to 9 if asked),
 * sometimes with a non-cohesive Independent group; councils of several types in 1 to 3 regions (up
 * to 9 if asked); all-out and partial
 * contests (by thirds, by halves, any part) with continuing seats and vacancies; previous
 * compositions of another size after a boundary change; defended baselines close to the seats on
 * the eve of the poll or unrelated; complete and provisional declarations (seats still to fill,
 * with the parties defending or holding them within their baselines); corrections (earlier
 * declarations a later one replaces), withdrawals, councils still to declare, and councils' inputs
 * interleaved in a random arrival order.
 */
public final class NightGenerator {
  private static final List<Party> COHESIVE =
      List.of(
          Party.of("PP52", "Conservatives", "Con"),
          Party.of("PP53", "Labour", "Lab"),
          Party.of("PP90", "Liberal Democrats", "LD"),
          Party.of("PP63", "Green", "Grn"),
          Party.of("PP85", "UKIP", "UKIP"),
          Party.of("residents", "Ratepayers and Residents", "Res"),
          // above six cohesive parties (GeneratorSettings.maxCohesiveParties), these three too
          Party.of("PP7931", "Reform UK", "Ref"),
          Party.of("PP102", "Scottish National Party", "SNP"),
          Party.of("PP77", "Plaid Cymru", "PC"));
  /** The parties drawn from when at most this many cohesive parties stand. */
  private static final int FIRST_PARTIES = 6;
  private static final Party INDEPENDENT = Party.independent("ynmp-party:2", "Independent", "Ind");
  private static final List<String> REGIONS =
      List.of(
          "London",
          "North West",
          "South East",
          "South West",
          "East of England",
          "East Midlands",
          "West Midlands",
          "Yorkshire and the Humber",
          "North East");
  private static final List<CouncilType> TYPES =
      List.of(
          CouncilType.LONDON_BOROUGH,
          CouncilType.METROPOLITAN_BOROUGH,
          CouncilType.UNITARY_AUTHORITY,
          CouncilType.SHIRE_DISTRICT,
          CouncilType.COUNTY);

  private final GeneratorSettings settings;
  private final Naming naming;

  private NightGenerator(GeneratorSettings settings, Naming naming) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.naming = Objects.requireNonNull(naming, "naming");
  }

  /**
   * A generator with the default knobs.
   *
   * @return the generator
   */
  public static NightGenerator withDefaults() {
    return new NightGenerator(GeneratorSettings.defaults(), Naming.standard());
  }

  /**
   * A generator with the given knobs.
   *
   * @param settings the knobs
   * @return the generator
   */
  public static NightGenerator of(GeneratorSettings settings) {
    return new NightGenerator(settings, Naming.standard());
  }

  /**
   * The same generator naming what it makes another way: the nights have the same shape for the
   * same seed, size and settings, with other names.
   *
   * @param otherNaming the naming
   * @return the generator
   */
  public NightGenerator withNaming(Naming otherNaming) {
    return new NightGenerator(settings, otherNaming);
  }

  /**
   * How this generator names what it makes.
   *
   * @return the naming
   */
  public Naming naming() {
    return naming;
  }

  /**
   * The knobs of this generator.
   *
   * @return the settings
   */
  public GeneratorSettings settings() {
    return settings;
  }

  /**
   * The night of a seed at full size.
   *
   * @param seed the seed
   * @return the night
   */
  public Night night(long seed) {
    return night(seed, 100);
  }

  /**
   * The night of a seed at a size: the most councils and the largest council scaled by {@link
   * GeneratorSettings#scaledTo(int)}.
   *
   * @param seed the seed
   * @param size the size, 1 to 100
   * @return the night
   * @throws IllegalArgumentException if the size is out of range
   */
  public Night night(long seed, int size) {
    GeneratorSettings scaled = settings.scaledTo(size);
    Draw draw = new Draw(seed);
    Election election = election(draw, scaled, naming);
    return new Night(seed, size, election, inputs(draw, scaled, election));
  }

  /**
   * A night of inputs for a given election (one of yours, say), drawn from a seed as the
   * settings say.
   *
   * @param seed the seed
   * @param election the election
   * @return the night, of size 100
   */
  public Night night(long seed, Election election) {
    return new Night(seed, 100, election, inputs(new Draw(seed), settings, election));
  }

  /**
   * The election of a seed at full size (the election of {@link #night(long)}).
   *
   * @param seed the seed
   * @return the election
   */
  public Election election(long seed) {
    return night(seed).election();
  }

  /**
   * A random contest for a council among some parties: all-out or partial, with continuing seats,
   * vacancies, boundary changes and baselines as the settings say.
   *
   * @param seed the seed
   * @param council the council
   * @param parties the parties standing
   * @return the contest
   */
  public Contest contest(long seed, Council council, List<Party> parties) {
    return contest(new Draw(seed), settings, council, List.copyOf(parties));
  }

  /**
   * A random valid declaration for one contest of an election, complete or provisional.
   *
   * @param seed the seed
   * @param election the election
   * @param contest one of its contests
   * @return the declaration
   */
  public Declaration declaration(long seed, Election election, Contest contest) {
    return declaration(new Draw(seed), settings, election.parties(), contest);
  }

  /**
   * Another arrival order of inputs: councils interleave at random while each council's own inputs
   * keep their order (so the night's outcome is the same for a correct tally).
   *
   * @param seed the seed
   * @param inputs inputs in arrival order
   * @return the same inputs in another arrival order
   */
  public static List<Input> rearrived(long seed, List<Input> inputs) {
    return interleave(new Draw(seed), inputs);
  }

  // ---------------------------------------------------------------------------------------------

  static Election election(Draw draw, GeneratorSettings knobs, Naming naming) {
    boolean independents = draw.oneIn(knobs.independentsOneIn());
    int cohesive =
        draw.between(
            Math.max(knobs.minCohesiveParties(), independents ? 1 : 2),
            knobs.maxCohesiveParties());
    List<Party> drawnFrom =
        COHESIVE.subList(0, Math.max(FIRST_PARTIES, knobs.maxCohesiveParties()));
    List<Party> parties = new ArrayList<>(draw.shuffle(drawnFrom).subList(0, cohesive));
    if (independents) {
      parties.add(draw.between(0, parties.size()), INDEPENDENT);
    }
    for (int p = 0; p < parties.size(); p++) {
      parties.set(p, naming.party(p, parties.get(p)));
    }
    int regions = draw.between(knobs.minRegions(), knobs.maxRegions());
    int councils = draw.between(knobs.minCouncils(), knobs.maxCouncils());
    LocalDate pollingDay = naming.pollingDay();
    Election.Builder builder =
        Election.builder(
                naming.electionId(pollingDay), pollingDay, naming.electionName(pollingDay))
            .parties(parties.toArray(new Party[0]));
    for (int c = 0; c < councils; c++) {
      CouncilType type = draw.pick(TYPES);
      // when several regions are allowed, one draw in regions + 1 leaves the council without a
      // region, as most sources outside London give none
      int region = draw.between(0, knobs.maxRegions() > 1 ? regions : regions - 1);
      Council council =
          new Council(
              type.gssPrefix() + String.format(Locale.ROOT, "%06d", c + 1),
              naming.councilName(c + 1),
              type,
              region == regions ? Optional.empty() : Optional.of(REGIONS.get(region)),
              draw.between(knobs.minCouncilSize(), knobs.maxCouncilSize()));
      builder.contest(contest(draw, knobs, council, parties));
    }
    return builder.build();
  }

  /**
   * A contest: all-out or partial; continuing seats with some vacancies; previous composition of
   * the council's size or, after a boundary change, of another; defended baseline close to the
   * seats on the eve of the poll or unrelated, of the contested total or (boundary change) another;
   * after one boundary change in four, no previous result at all.
   */
  private static Contest contest(
      Draw draw, GeneratorSettings knobs, Council council, List<Party> parties) {
    int size = council.size();
    boolean allOut = size == 1 || !draw.oneIn(knobs.partialContestOneIn());
    int contested = allOut ? size : partOf(draw, size);
    Composition continuing = composition(draw, parties, size - contested, knobs.vacancies());
    boolean boundaryChange = draw.oneIn(knobs.boundaryChangeOneIn());
    if (boundaryChange && draw.oneIn(4)) {
      // new boundaries without notional figures, or a new council: no previous result
      Contest.Builder contest = Contest.builder(council).noPreviousResult();
      return allOut ? contest.build() : contest.contested(contested).continuing(continuing).build();
    }
    int sizeBefore =
        boundaryChange
            ? draw.between(Math.max(1, continuing.total()), knobs.maxCouncilSize())
            : size;
    Composition previous =
        continuing.plus(
            composition(draw, parties, sizeBefore - continuing.total(), knobs.vacancies()));
    Composition defended;
    if (!boundaryChange && draw.coin()) {
      defended = eveOfPollWithVacanciesFilled(draw, parties, previous, continuing);
    } else {
      int total =
          boundaryChange && draw.coin()
              ? sizeBefore - continuing.total() // the actual, not notional, result
              : contested;
      defended = composition(draw, parties, total, false);
    }
    Contest.Builder contest = Contest.builder(council).previous(previous).defended(defended);
    return allOut ? contest.build() : contest.contested(contested).continuing(continuing).build();
  }

  /** A part of a council's seats: a third, a half or any part, at least 1 and not all. */
  private static int partOf(Draw draw, int size) {
    int part = draw.between(0, 2);
    int contested = part == 0 ? size / 3 : part == 1 ? size / 2 : draw.between(1, size - 1);
    return Math.max(1, Math.min(size - 1, contested));
  }

  /**
   * The seats last fought as they often are: the seats up on the eve of the poll, each vacancy
   * given back to the party that won it (by-elections and defections aside).
   */
  private static Composition eveOfPollWithVacanciesFilled(
      Draw draw, List<Party> parties, Composition previous, Composition continuing) {
    Map<Party, Integer> seats = new LinkedHashMap<>();
    for (Party party : parties) {
      seats.put(party, previous.seats(party) - continuing.seats(party));
    }
    for (int v = previous.vacancies() - continuing.vacancies(); v > 0; v--) {
      seats.merge(draw.pick(parties), 1, Integer::sum);
    }
    return Composition.of(seats);
  }

  /**
   * A composition of a total: each seat goes to a party (or, if allowed, is vacant) drawn by random
   * squared weights, so that one party often dominates and close results happen too.
   */
  private static Composition composition(
      Draw draw, List<Party> parties, int total, boolean withVacancies) {
    int[] weights = new int[parties.size() + 1];
    int sum = 0;
    for (int p = 0; p < parties.size(); p++) {
      int w = draw.between(0, 4);
      weights[p] = w * w;
      sum += weights[p];
    }
    weights[parties.size()] = withVacancies ? draw.between(0, 1) : 0;
    sum += weights[parties.size()];
    if (sum == 0) {
      weights[0] = 1;
      sum = 1;
    }
    int[] seats = new int[weights.length];
    for (int s = 0; s < total; s++) {
      int r = draw.between(0, sum - 1);
      int bucket = 0;
      while (r >= weights[bucket]) {
        r -= weights[bucket];
        bucket++;
      }
      seats[bucket]++;
    }
    Map<Party, Integer> byParty = new LinkedHashMap<>();
    for (int p = 0; p < parties.size(); p++) {
      byParty.put(parties.get(p), seats[p]);
    }
    return Composition.of(byParty, seats[parties.size()]);
  }

  /**
   * A declaration: complete, or provisional with some seats still to fill and, often, some of them
   * said to be defended by parties (within their seats as last fought) and, independently, often
   * said to be held by parties on the eve of the poll (within their seats then).
   */
  static Declaration declaration(
      Draw draw, GeneratorSettings knobs, List<Party> parties, Contest contest) {
    int contested = contest.contested();
    int stillToFill = draw.oneIn(knobs.provisionalOneIn()) ? draw.between(1, contested) : 0;
    Composition won = composition(draw, parties, contested - stillToFill, false);
    if (stillToFill == 0) {
      return Declaration.of(contest.council(), won.asMap());
    }
    Map<Party, Integer> defendedStillToFill =
        draw.oneIn(3)
            ? Map.of()
            : stillToFillOf(draw, parties, stillToFill, party -> contest.defended().seats(party));
    Map<Party, Integer> heldStillToFill =
        draw.coin()
            ? stillToFillOf(draw, parties, stillToFill, party -> eveOfPoll(contest, party))
            : Map.of();
    return Declaration.provisional(
        contest.council(), won.asMap(), stillToFill, defendedStillToFill, heldStillToFill);
  }

  private static int eveOfPoll(Contest contest, Party party) {
    return contest.hasPreviousResult()
        ? contest.previous().seats(party) - contest.continuing().seats(party)
        : 0;
  }

  /** Some of the seats still to fill per party, each within its seats under a baseline. */
  private static Map<Party, Integer> stillToFillOf(
      Draw draw, List<Party> parties, int stillToFill, ToIntFunction<Party> baselineSeats) {
    Map<Party, Integer> seats = new LinkedHashMap<>();
    int left = stillToFill;
    for (Party party : draw.shuffle(parties)) {
      int n = draw.between(0, Math.max(0, Math.min(left, baselineSeats.applyAsInt(party))));
      seats.put(party, n);
      left -= n;
    }
    return seats;
  }

  /**
   * Each council's inputs of the night: none (still to declare), or its declarations (earlier ones
   * corrected by the last), sometimes withdrawn and sometimes declared again; then an arrival
   * order.
   */
  private static List<Input> inputs(Draw draw, GeneratorSettings knobs, Election election) {
    List<Input> councilByCouncil = new ArrayList<>();
    int undeclaredOneIn = knobs.undeclared() ? draw.between(1, 4) : 1; // 1: every council declares
    for (Contest contest : election.contests()) {
      if (undeclaredOneIn > 1 && draw.oneIn(undeclaredOneIn)) {
        continue;
      }
      int corrections = draw.oneIn(knobs.correctionOneIn()) ? draw.between(1, 2) : 0;
      for (int k = 0; k <= corrections; k++) {
        councilByCouncil.add(
            Input.declare(declaration(draw, knobs, election.parties(), contest)));
      }
      if (draw.oneIn(knobs.withdrawalOneIn())) {
        councilByCouncil.add(Input.withdraw(contest.council()));
        if (draw.coin()) {
          councilByCouncil.add(
              Input.declare(declaration(draw, knobs, election.parties(), contest)));
        }
      }
    }
    return knobs.shuffledArrivals() ? interleave(draw, councilByCouncil) : councilByCouncil;
  }

  /** A random interleaving of councils in which each council's inputs keep their order. */
  private static List<Input> interleave(Draw draw, List<Input> inputs) {
    Map<String, List<Input>> byCouncil = new HashMap<>();
    for (Input input : inputs) {
      byCouncil.computeIfAbsent(input.council().id(), id -> new ArrayList<>()).add(input);
    }
    Map<String, Integer> dealt = new HashMap<>();
    List<Input> order = new ArrayList<>();
    for (Input slot : draw.shuffle(inputs)) {
      String id = slot.council().id();
      int next = dealt.getOrDefault(id, 0);
      dealt.put(id, next + 1);
      order.add(byCouncil.getOrDefault(id, List.of()).get(next));
    }
    return order;
  }
}
