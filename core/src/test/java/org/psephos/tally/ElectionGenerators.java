package org.psephos.tally;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.ElectionDataException;
import org.psephos.Party;
import org.psephos.SeatBaseline;
import org.psephos.SeatCountException;
import org.psephos.UnknownIdException;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of random valid elections, declarations and scenarios (an election with
 * the declarations of a night, corrections included), plus invalid declarations of known kinds.
 * Every generated value is valid by construction: each draw is bounded by the earlier ones, so any
 * value the shrinker tries is valid too.
 *
 * <p>The shape: 2 to 6 parties (sometimes a non-cohesive Independent among them), 1 to 12 councils
 * of 1 to 70 seats in 1 to 3 regions and several council types; all-out and partial (by thirds, by
 * halves, any part) contests with continuing seats and vacancies; previous compositions of a
 * different size after a boundary change; defended baselines whose total may differ from the seats
 * contested; complete and provisional declarations, with the seats defended among those still to
 * fill within both baselines; and earlier declarations that later ones replace.
 */
final class ElectionGenerators {
  static final LocalDate POLLING_DAY = LocalDate.of(2018, 5, 3);
  static final String ELECTION_ID = "local.2018-05-03";

  static final Party CON = Party.of("PP52", "Conservatives", "Con");
  static final Party LAB = Party.of("PP53", "Labour", "Lab");
  static final Party LD = Party.of("PP90", "Liberal Democrats", "LD");
  static final Party GREEN = Party.of("PP63", "Green", "Grn");
  static final Party UKIP = Party.of("PP85", "UKIP", "UKIP");
  static final Party RESIDENTS = Party.of("residents", "Ratepayers and Residents", "Res");
  static final Party INDEPENDENT = Party.independent("ynmp-party:2", "Independent", "Ind");

  /** A party that is never one of a generated election's parties. */
  static final Party NOT_STANDING = Party.of("PP999", "Not Standing", "NS");

  static final List<Party> COHESIVE = List.of(CON, LAB, LD, GREEN, UKIP, RESIDENTS);
  static final List<String> REGIONS = List.of("London", "North West", "South East");
  static final List<CouncilType> TYPES =
      List.of(
          CouncilType.LONDON_BOROUGH,
          CouncilType.METROPOLITAN_BOROUGH,
          CouncilType.UNITARY_AUTHORITY,
          CouncilType.SHIRE_DISTRICT,
          CouncilType.COUNTY);

  static final int MAX_SIZE = 70;
  static final int MAX_COUNCILS = 12;

  private ElectionGenerators() {}

  /**
   * An election and the declarations of a night: {@code declarations} holds the current declaration
   * of each declared council (in the election's order), {@code superseded} earlier declarations for
   * some of those councils, each to be applied before that council's current one (in list order).
   */
  record Scenario(Election election, List<Declaration> declarations, List<Declaration> superseded) {
    Scenario {
      declarations = List.copyOf(declarations);
      superseded = List.copyOf(superseded);
    }

    /** Every declaration in the order of the night: the superseded ones first, then the current. */
    List<Declaration> arrivals() {
      List<Declaration> all = new ArrayList<>(superseded);
      all.addAll(declarations);
      return all;
    }

    List<Council> declaredCouncils() {
      List<Council> councils = new ArrayList<>();
      for (Declaration declaration : declarations) {
        councils.add(declaration.council());
      }
      return councils;
    }

    Contest contest(Council council) {
      return election.contest(council.id()).orElseThrow();
    }

    @Override
    public String toString() {
      return describe(election)
          + "\n  current: "
          + describeAll(declarations)
          + "\n  superseded: "
          + describeAll(superseded);
    }
  }

  /** The kinds of invalid declaration {@link #invalidDeclarations} makes. */
  enum Invalid {
    /** Seats won plus seats still to fill fall short of the seats contested. */
    SEATS_SHORT_OF_CONTESTED(SeatCountException.class),
    /** Seats won exceed the seats contested (yet not the council size: a partial contest). */
    SEATS_ABOVE_CONTESTED(SeatCountException.class),
    /** A party that is not one of the election's wins a seat. */
    UNKNOWN_PARTY(UnknownIdException.class),
    /** A party with an election party's id but a different cohesion wins a seat. */
    PARTY_DIFFERING_FROM_ELECTIONS(UnknownIdException.class),
    /** A party that is not one of the election's defends a seat still to fill. */
    UNKNOWN_PARTY_DEFENDING(UnknownIdException.class),
    /** A council that is not part of the election declares. */
    UNKNOWN_COUNCIL(UnknownIdException.class),
    /** A council with an election council's id but a different size declares. */
    COUNCIL_DIFFERING_FROM_ELECTIONS(UnknownIdException.class),
    /** A party defends more of the seats still to fill than its baseline seats. */
    DEFENDED_STILL_TO_FILL_ABOVE_BASELINE(SeatCountException.class);

    final Class<? extends ElectionDataException> rejectedWith;

    Invalid(Class<? extends ElectionDataException> rejectedWith) {
      this.rejectedWith = rejectedWith;
    }
  }

  /** A declaration the tally must reject, with the kind of fault it has. */
  record InvalidDeclaration(Invalid kind, Declaration declaration) {
    @Override
    public String toString() {
      return kind + ": " + describe(declaration);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Generators

  /** Random valid elections. */
  static Gen<Election> elections() {
    return in -> election(in, 1, MAX_COUNCILS);
  }

  /** Random elections with the declarations of a night, corrections included. */
  static Gen<Scenario> scenarios() {
    return scenarios(1, MAX_COUNCILS);
  }

  /** Random elections of a number of councils in a range, with the declarations of a night. */
  static Gen<Scenario> scenarios(int minCouncils, int maxCouncils) {
    Gen<Scenario> scenarios = in -> scenario(in, election(in, minCouncils, maxCouncils));
    return scenarios.describedAs(Scenario::toString);
  }

  /** A random valid declaration for one council's contest (complete or provisional). */
  static Gen<Declaration> declarations(Election election, Contest contest) {
    return in -> declaration(in, election.parties(), contest);
  }

  /** A declaration for one of the scenario's councils that a tally with the baseline rejects. */
  static Gen<InvalidDeclaration> invalidDeclarations(Scenario scenario, SeatBaseline baseline) {
    return in -> invalidDeclaration(in, scenario.election(), baseline);
  }

  /** A permutation of a list. */
  static <T> Gen<List<T>> permutations(List<T> list) {
    return in -> shuffle(in, list);
  }

  /** One bucket in 0..buckets-1 per council of the election, for random partitions. */
  static Gen<List<Integer>> partitions(Election election, int buckets) {
    return in -> {
      List<Integer> bucketOf = new ArrayList<>();
      for (int c = 0; c < election.contests().size(); c++) {
        bucketOf.add(between(in, 0, buckets - 1));
      }
      return bucketOf;
    };
  }

  /**
   * A random order of arrival of all the scenario's declarations in which each council's
   * declarations keep their order (so each council's current declaration comes last for it), while
   * councils interleave at random.
   */
  static Gen<List<Declaration>> interleavedArrivals(Scenario scenario) {
    return in -> {
      List<Declaration> arrivals = scenario.arrivals();
      List<Declaration> shuffled = shuffle(in, arrivals);
      // Deal each council's declarations, in their own order, into the slots the shuffle gave it.
      Map<String, List<Declaration>> byCouncil = new HashMap<>();
      for (Declaration declaration : arrivals) {
        byCouncil
            .computeIfAbsent(declaration.council().id(), id -> new ArrayList<>())
            .add(declaration);
      }
      Map<String, Integer> dealt = new HashMap<>();
      List<Declaration> order = new ArrayList<>();
      for (Declaration slot : shuffled) {
        String id = slot.council().id();
        int next = dealt.getOrDefault(id, 0);
        dealt.put(id, next + 1);
        order.add(byCouncil.getOrDefault(id, List.of()).get(next));
      }
      return order;
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Building blocks, each drawing from the randomness source

  static int between(RandomnessSource in, int min, int max) {
    return integers().between(min, max).generate(in);
  }

  static boolean oneIn(RandomnessSource in, int n) {
    return between(in, 0, n - 1) == 0;
  }

  static <T> T pick(RandomnessSource in, List<T> list) {
    return Generate.pick(list).generate(in);
  }

  static <T> List<T> shuffle(RandomnessSource in, List<T> list) {
    List<T> copy = new ArrayList<>(list);
    for (int i = copy.size() - 1; i > 0; i--) {
      int j = between(in, 0, i);
      T swapped = copy.get(i);
      copy.set(i, copy.get(j));
      copy.set(j, swapped);
    }
    return copy;
  }

  static Election election(RandomnessSource in, int minCouncils, int maxCouncils) {
    boolean withIndependents = booleans().all().generate(in);
    int cohesive = withIndependents ? between(in, 1, 5) : between(in, 2, 6);
    List<Party> parties = new ArrayList<>(shuffle(in, COHESIVE).subList(0, cohesive));
    if (withIndependents) {
      parties.add(between(in, 0, parties.size()), INDEPENDENT);
    }
    int regions = between(in, 1, REGIONS.size());
    int councils = between(in, minCouncils, maxCouncils);
    Election.Builder builder =
        Election.builder(ELECTION_ID, POLLING_DAY, "Local elections 2018")
            .parties(parties.toArray(new Party[0]));
    for (int c = 0; c < councils; c++) {
      CouncilType type = pick(in, TYPES);
      Council council =
          Council.of(
              type.gssPrefix() + String.format(java.util.Locale.ROOT, "%06d", c + 1),
              "Council " + (c + 1),
              type,
              REGIONS.get(between(in, 0, regions - 1)),
              between(in, 1, MAX_SIZE));
      builder.contest(contest(in, council, parties));
    }
    return builder.build();
  }

  /**
   * A contest: all-out or partial; continuing seats with some vacancies; previous composition of
   * the same size or, after a boundary change, of another; defended baseline close to the
   * pre-election seats or unrelated, of the contested total or (boundary change) another.
   */
  static Contest contest(RandomnessSource in, Council council, List<Party> parties) {
    int size = council.size();
    boolean allOut = size == 1 || booleans().all().generate(in);
    int contested;
    if (allOut) {
      contested = size;
    } else {
      int part = between(in, 0, 2);
      contested = part == 0 ? size / 3 : part == 1 ? size / 2 : between(in, 1, size - 1);
      contested = Math.max(1, Math.min(size - 1, contested));
    }
    Composition continuing = composition(in, parties, size - contested, true);
    boolean boundaryChange = oneIn(in, 4);
    int sizeBefore = boundaryChange ? between(in, Math.max(1, continuing.total()), MAX_SIZE) : size;
    Composition previous =
        continuing.plus(composition(in, parties, sizeBefore - continuing.total(), true));
    Composition defended;
    if (!boundaryChange && booleans().all().generate(in)) {
      // As last fought, but for by-elections and defections: the pre-election seats, with each
      // vacancy given back to some party.
      Map<Party, Integer> seats = new LinkedHashMap<>();
      for (Party party : parties) {
        seats.put(party, previous.seats(party) - continuing.seats(party));
      }
      for (int v = previous.vacancies() - continuing.vacancies(); v > 0; v--) {
        seats.merge(pick(in, parties), 1, Integer::sum);
      }
      defended = Composition.of(seats);
    } else {
      int total =
          boundaryChange && booleans().all().generate(in)
              ? sizeBefore - continuing.total() // the actual, not notional, result
              : contested;
      defended = composition(in, parties, total, false);
    }
    return allOut
        ? Contest.builder(council).previous(previous).defended(defended).build()
        : Contest.builder(council)
            .contested(contested)
            .continuing(continuing)
            .previous(previous)
            .defended(defended)
            .build();
  }

  /**
   * A composition of a total: each seat goes to a party (or, if allowed, is vacant) drawn by random
   * weights, so that one party often dominates and close results happen.
   */
  static Composition composition(
      RandomnessSource in, List<Party> parties, int total, boolean withVacancies) {
    int[] weights = new int[parties.size() + 1];
    int sum = 0;
    for (int p = 0; p < parties.size(); p++) {
      int w = between(in, 0, 4);
      weights[p] = w * w;
      sum += weights[p];
    }
    weights[parties.size()] = withVacancies ? between(in, 0, 1) : 0;
    sum += weights[parties.size()];
    if (sum == 0) {
      weights[0] = 1;
      sum = 1;
    }
    int[] seats = new int[weights.length];
    for (int s = 0; s < total; s++) {
      int r = between(in, 0, sum - 1);
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
   * A declaration for a contest: complete, or (one in four) provisional with some seats still to
   * fill and, often, some of them said to be defended by parties, within both baselines.
   */
  static Declaration declaration(RandomnessSource in, List<Party> parties, Contest contest) {
    int contested = contest.contested();
    int stillToFill = oneIn(in, 4) ? between(in, 1, contested) : 0;
    Composition won = composition(in, parties, contested - stillToFill, false);
    Map<Party, Integer> defendedStillToFill = new LinkedHashMap<>();
    if (stillToFill > 0 && !oneIn(in, 3)) {
      int left = stillToFill;
      for (Party party : shuffle(in, parties)) {
        int cap = Math.min(left, Math.min(lastFought(contest, party), preElection(contest, party)));
        int defended = between(in, 0, cap);
        defendedStillToFill.put(party, defended);
        left -= defended;
      }
    }
    return Declaration.provisional(
        contest.council(), won.asMap(), stillToFill, defendedStillToFill);
  }

  static Scenario scenario(RandomnessSource in, Election election) {
    List<Declaration> current = new ArrayList<>();
    List<Declaration> superseded = new ArrayList<>();
    int declaredOneIn = between(in, 1, 4); // 1: every council declares
    for (Contest contest : election.contests()) {
      if (declaredOneIn > 1 && oneIn(in, declaredOneIn)) {
        continue;
      }
      int corrections = oneIn(in, 3) ? between(in, 1, 2) : 0;
      for (int k = 0; k < corrections; k++) {
        superseded.add(declaration(in, election.parties(), contest));
      }
      current.add(declaration(in, election.parties(), contest));
    }
    return new Scenario(election, current, superseded);
  }

  static InvalidDeclaration invalidDeclaration(
      RandomnessSource in, Election election, SeatBaseline baseline) {
    Invalid kind = pick(in, List.of(Invalid.values()));
    Contest contest = pick(in, election.contests());
    Council council = contest.council();
    List<Party> parties = election.parties();
    Declaration valid = declaration(in, parties, contest);
    Map<Party, Integer> won = new LinkedHashMap<>(valid.seatsWon().asMap());
    int stillToFill = valid.stillToFill();
    Map<Party, Integer> defendedStillToFill =
        new LinkedHashMap<>(valid.defendedStillToFill().asMap());

    if (kind == Invalid.SEATS_ABOVE_CONTESTED && contest.contested() == council.size()) {
      kind = Invalid.SEATS_SHORT_OF_CONTESTED; // an all-out contest: the declaration itself refuses
    }
    if (kind == Invalid.DEFENDED_STILL_TO_FILL_ABOVE_BASELINE) {
      Party least = parties.get(0);
      for (Party party : parties) {
        if (baselineSeats(contest, party, baseline) < baselineSeats(contest, least, baseline)) {
          least = party;
        }
      }
      int over = baselineSeats(contest, least, baseline) + 1;
      if (over > contest.contested()) {
        kind = Invalid.SEATS_SHORT_OF_CONTESTED;
      } else {
        stillToFill = between(in, over, contest.contested());
        won =
            new LinkedHashMap<>(
                composition(in, parties, contest.contested() - stillToFill, false).asMap());
        defendedStillToFill = Map.of(least, over);
      }
    }
    switch (kind) {
      case SEATS_SHORT_OF_CONTESTED -> {
        if (!won.isEmpty()) {
          won.merge(pick(in, List.copyOf(won.keySet())), -1, Integer::sum);
        } else {
          stillToFill--;
          defendedStillToFill = Map.of();
        }
      }
      case SEATS_ABOVE_CONTESTED ->
          won.merge(
              pick(in, parties),
              between(in, 1, council.size() - contest.contested()),
              Integer::sum);
      case UNKNOWN_PARTY, PARTY_DIFFERING_FROM_ELECTIONS -> {
        Map<Party, Integer> replaced = new LinkedHashMap<>();
        if (won.isEmpty()) {
          stillToFill--;
          defendedStillToFill = Map.of();
          replaced.put(stranger(kind, pick(in, parties)), 1);
        } else {
          Party replacedParty = pick(in, List.copyOf(won.keySet()));
          Party stranger = stranger(kind, replacedParty);
          won.forEach(
              (party, seats) ->
                  replaced.put(party.equals(replacedParty) ? stranger : party, seats));
        }
        won = replaced;
      }
      case UNKNOWN_PARTY_DEFENDING -> {
        if (stillToFill == 0) {
          won.merge(pick(in, List.copyOf(won.keySet())), -1, Integer::sum);
          stillToFill = 1;
        }
        defendedStillToFill = Map.of(NOT_STANDING, 1);
      }
      case UNKNOWN_COUNCIL ->
          council =
              Council.of(
                  "W06999999",
                  "Nowhere",
                  CouncilType.WELSH_PRINCIPAL_AREA,
                  "Wales",
                  council.size());
      case COUNCIL_DIFFERING_FROM_ELECTIONS ->
          council =
              Council.of(
                  council.id(),
                  council.name(),
                  council.type(),
                  council.region(),
                  council.size() + between(in, 1, 5));
      case DEFENDED_STILL_TO_FILL_ABOVE_BASELINE -> {
        // made above
      }
    }
    return new InvalidDeclaration(
        kind, Declaration.provisional(council, won, stillToFill, defendedStillToFill));
  }

  /**
   * A party the election does not know: one it does not have at all, or one with the id and names
   * of one of its parties but the other cohesion.
   */
  private static Party stranger(Invalid kind, Party replaced) {
    return kind == Invalid.UNKNOWN_PARTY
        ? NOT_STANDING
        : replaced.withCohesive(!replaced.cohesive());
  }

  // ---------------------------------------------------------------------------------------------
  // Plain-int reading of contests, shared with the oracle

  static int lastFought(Contest contest, Party party) {
    return contest.defended().asMap().getOrDefault(party, 0);
  }

  static int preElection(Contest contest, Party party) {
    return contest.previous().asMap().getOrDefault(party, 0)
        - contest.continuing().asMap().getOrDefault(party, 0);
  }

  static int baselineSeats(Contest contest, Party party, SeatBaseline baseline) {
    return baseline == SeatBaseline.LAST_FOUGHT
        ? lastFought(contest, party)
        : preElection(contest, party);
  }

  // ---------------------------------------------------------------------------------------------
  // Descriptions for failure reports

  static String describe(Election election) {
    StringBuilder text = new StringBuilder("Election[parties ");
    for (Party party : election.parties()) {
      text.append(party.id()).append(party.cohesive() ? "" : "(non-cohesive)").append(' ');
    }
    for (Contest contest : election.contests()) {
      Council council = contest.council();
      text.append("\n  ")
          .append(council.id())
          .append(' ')
          .append(council.region())
          .append(" size ")
          .append(council.size())
          .append(" contested ")
          .append(contest.contested())
          .append(" continuing ")
          .append(contest.continuing())
          .append(" previous ")
          .append(contest.previous())
          .append(" defended ")
          .append(contest.defended());
    }
    return text.append(']').toString();
  }

  static String describe(Declaration declaration) {
    return declaration.council().id()
        + (declaration.council().name().startsWith("Council") ? "" : " " + declaration.council())
        + " won "
        + declaration.seatsWon()
        + " stillToFill "
        + declaration.stillToFill()
        + " defendedStillToFill "
        + declaration.defendedStillToFill();
  }

  static String describeAll(List<Declaration> declarations) {
    StringBuilder text = new StringBuilder();
    for (Declaration declaration : declarations) {
      text.append("\n    ").append(describe(declaration));
    }
    return text.toString();
  }
}
