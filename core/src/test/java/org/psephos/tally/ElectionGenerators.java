package org.psephos.tally;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.psephos.testkit.GeneratorSettings;
import org.psephos.testkit.Input;
import org.psephos.testkit.Night;
import org.psephos.testkit.NightGenerator;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of random valid elections, declarations and scenarios (an election with
 * the declarations of a night, corrections included), plus invalid declarations of known kinds.
 * The elections, contests, declarations and nights are the testkit's ({@link NightGenerator}),
 * drawn from a seed QuickTheories draws: every one is valid by construction, and a failure prints
 * the whole night (QuickTheories shrinks the seed, not the night).
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

  /** The testkit's regions (an election spreads its councils over some of them). */
  static final List<String> REGIONS = List.of("London", "North West", "South East");

  static final int MAX_SIZE = 70;
  static final int MAX_COUNCILS = 12;

  private static final NightGenerator GENERATOR = NightGenerator.withDefaults();
  private static final NightGenerator SCENARIO_NIGHTS =
      NightGenerator.of(
          GeneratorSettings.builder().withdrawalOneIn(0).shuffledArrivals(false).build());

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
    /** A party defends more of the seats still to fill than its seats as last fought. */
    DEFENDED_STILL_TO_FILL_ABOVE_BASELINE(SeatCountException.class),
    /** A party held more of the seats still to fill than its seats on the eve of the poll. */
    HELD_STILL_TO_FILL_ABOVE_BASELINE(SeatCountException.class);

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
    return in -> declaration(in, election, contest);
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
      List<Input> inputs = new ArrayList<>();
      for (Declaration declaration : scenario.arrivals()) {
        inputs.add(Input.declare(declaration));
      }
      List<Declaration> order = new ArrayList<>();
      for (Input input : NightGenerator.rearrived(seed(in), inputs)) {
        order.add(((Input.Declare) input).declaration());
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

  /** A seed for the testkit's generators, drawn from QuickTheories' randomness. */
  static long seed(RandomnessSource in) {
    return longs().all().generate(in);
  }

  /** The testkit's election of a seed, with a number of councils in a range. */
  static Election election(RandomnessSource in, int minCouncils, int maxCouncils) {
    GeneratorSettings settings =
        GeneratorSettings.builder().minCouncils(minCouncils).maxCouncils(maxCouncils).build();
    return NightGenerator.of(settings).election(seed(in));
  }

  /** The testkit's contest for a council. */
  static Contest contest(RandomnessSource in, Council council, List<Party> parties) {
    return GENERATOR.contest(seed(in), council, parties);
  }

  /** The testkit's declaration for a contest, complete or provisional. */
  static Declaration declaration(RandomnessSource in, Election election, Contest contest) {
    return GENERATOR.declaration(seed(in), election, contest);
  }

  /**
   * The testkit's night for an election, without withdrawals and council by council: each
   * council's last declaration is its current one, the earlier ones are superseded.
   */
  static Scenario scenario(RandomnessSource in, Election election) {
    List<Input> inputs = SCENARIO_NIGHTS.night(seed(in), election).inputs();
    List<Declaration> current = new ArrayList<>();
    List<Declaration> superseded = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      Declaration declaration = ((Input.Declare) inputs.get(i)).declaration();
      boolean last =
          i + 1 == inputs.size() || !inputs.get(i + 1).council().equals(declaration.council());
      (last ? current : superseded).add(declaration);
    }
    return new Scenario(election, current, superseded);
  }

  static InvalidDeclaration invalidDeclaration(
      RandomnessSource in, Election election, SeatBaseline baseline) {
    Invalid kind = pick(in, List.of(Invalid.values()));
    Contest contest = pick(in, election.contests());
    Council council = contest.council();
    List<Party> parties = election.parties();
    Declaration valid = declaration(in, election, contest);
    Map<Party, Integer> won = new LinkedHashMap<>(valid.seatsWon().asMap());
    int stillToFill = valid.stillToFill();
    Map<Party, Integer> defendedStillToFill =
        new LinkedHashMap<>(valid.defendedStillToFill().asMap());
    Map<Party, Integer> heldStillToFill = new LinkedHashMap<>(valid.heldStillToFill().asMap());

    if (kind == Invalid.SEATS_ABOVE_CONTESTED && contest.contested() == council.size()) {
      kind = Invalid.SEATS_SHORT_OF_CONTESTED; // an all-out contest: the declaration itself refuses
    }
    if (kind == Invalid.DEFENDED_STILL_TO_FILL_ABOVE_BASELINE
        || kind == Invalid.HELD_STILL_TO_FILL_ABOVE_BASELINE) {
      // each is checked against its own baseline, whatever the tally's
      SeatBaseline own =
          kind == Invalid.DEFENDED_STILL_TO_FILL_ABOVE_BASELINE
              ? SeatBaseline.LAST_FOUGHT
              : SeatBaseline.PRE_ELECTION;
      Party least = parties.get(0);
      for (Party party : parties) {
        if (baselineSeats(contest, party, own) < baselineSeats(contest, least, own)) {
          least = party;
        }
      }
      int over = baselineSeats(contest, least, own) + 1;
      if (over > contest.contested()) {
        kind = Invalid.SEATS_SHORT_OF_CONTESTED;
      } else {
        stillToFill = between(in, over, contest.contested());
        won = new LinkedHashMap<>();
        for (int seat = stillToFill; seat < contest.contested(); seat++) {
          won.merge(pick(in, parties), 1, Integer::sum);
        }
        defendedStillToFill = own == SeatBaseline.LAST_FOUGHT ? Map.of(least, over) : Map.of();
        heldStillToFill = own == SeatBaseline.PRE_ELECTION ? Map.of(least, over) : Map.of();
      }
    }
    switch (kind) {
      case SEATS_SHORT_OF_CONTESTED -> {
        if (!won.isEmpty()) {
          won.merge(pick(in, List.copyOf(won.keySet())), -1, Integer::sum);
        } else {
          stillToFill--;
          defendedStillToFill = Map.of();
          heldStillToFill = Map.of();
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
          heldStillToFill = Map.of();
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
              new Council(
                  council.id(),
                  council.name(),
                  council.type(),
                  council.region(),
                  council.size() + between(in, 1, 5));
      case DEFENDED_STILL_TO_FILL_ABOVE_BASELINE, HELD_STILL_TO_FILL_ABOVE_BASELINE -> {
        // made above
      }
    }
    return new InvalidDeclaration(
        kind,
        Declaration.provisional(
            council, won, stillToFill, defendedStillToFill, heldStillToFill));
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
    if (!contest.hasPreviousResult()) {
      return 0; // no previous result: nothing held on the eve of the poll
    }
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
    return "Election[" + Night.describe(election) + "]";
  }

  static String describe(Declaration declaration) {
    return declaration.council().id()
        + (declaration.council().name().startsWith("Council") ? "" : " " + declaration.council())
        + " won "
        + declaration.seatsWon()
        + " stillToFill "
        + declaration.stillToFill()
        + " defendedStillToFill "
        + declaration.defendedStillToFill()
        + (declaration.heldStillToFill().isEmpty()
            ? ""
            : " heldStillToFill " + declaration.heldStillToFill());
  }

  static String describeAll(List<Declaration> declarations) {
    StringBuilder text = new StringBuilder();
    for (Declaration declaration : declarations) {
      text.append("\n    ").append(describe(declaration));
    }
    return text.toString();
  }

  /** Every region and council type of the election, as filters of the groups a tally keeps. */
  static List<CouncilFilter> keptFilters(Election election) {
    List<CouncilFilter> filters = new ArrayList<>();
    for (String region : election.regions()) {
      filters.add(CouncilFilter.region(region));
    }
    Set<CouncilType> types = new LinkedHashSet<>();
    for (Contest contest : election.contests()) {
      types.add(contest.council().type());
    }
    for (CouncilType type : types) {
      filters.add(CouncilFilter.type(type));
    }
    return filters;
  }
}
