package org.psephos.tally;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.ControlOutcome;
import org.psephos.Council;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.SeatBaseline;

/**
 * An independent recomputation of standings and control outcomes from scratch, from a set of
 * current declarations, restating docs/rules.md's definitions with plain ints. It uses neither the
 * tally nor its internals ({@code Tally}, {@code Accumulator}, {@code DeclaredCouncil}), nor {@code
 * Control}, {@code ControlRule}, {@code ControlOutcome.of}, {@code Contest.preElection} or {@code
 * SeatBaseline.of}: only the plain figures of the input values. The result is packed into {@link
 * Standings} and {@link PartyStanding} values so it compares with {@code equals}.
 *
 * <p>The definitions restated (docs/rules.md: "Control and majority", "The two baselines and
 * seat changes", "What the standings count"):
 *
 * <ul>
 *   <li>a party controls a council when it may (the caller's rule: cohesive parties only by
 *       default) and holds more than half of the council's seats, vacancies and undecided seats
 *       counted in the size: {@code 2 * seats > size};
 *   <li>control before is decided on {@code previous}, whose total is the size before; control
 *       after on {@code continuing + won} against the council's size;
 *   <li>baseline seats: {@code defended} (last fought) or {@code previous - continuing}
 *       (pre-election), less the seats that baseline's holders had among those still to fill
 *       ({@link #leftOut});
 *   <li>holdings: continuing seats plus seats won;
 *   <li>councils before and after, and no overall control, count the declared councils only.
 * </ul>
 */
final class Oracle {
  /** The default rule: only cohesive parties may control. */
  static final BiPredicate<Council, Party> COHESIVE_ONLY = (council, party) -> party.cohesive();

  /** Every party may control. */
  static final BiPredicate<Council, Party> ANY_PARTY = (council, party) -> true;

  private Oracle() {}

  /** One declared council's figures, per party of the election (zeros included). */
  /** {@code compared}: the contest has a previous result; without one, no control before. */
  record CouncilFigures(
      boolean compared,
      @Nullable Party before,
      @Nullable Party after,
      Map<Party, Integer> won,
      Map<Party, Integer> baseline,
      Map<Party, Integer> holdings) {

    ControlOutcome.Kind kind() {
      if (!compared) {
        return after == null ? ControlOutcome.Kind.NO_OVERALL_CONTROL : ControlOutcome.Kind.WIN;
      }
      return outcomeKind(before, after);
    }

    int seatChange(Party party) {
      return compared ? won.getOrDefault(party, 0) - baseline.getOrDefault(party, 0) : 0;
    }
  }

  /** The control outcome kind from the controller before to the controller after. */
  static ControlOutcome.Kind outcomeKind(@Nullable Party before, @Nullable Party after) {
    if (after == null) {
      return before == null ? ControlOutcome.Kind.NOC_NO_CHANGE : ControlOutcome.Kind.LOSS_TO_NOC;
    }
    return after.equals(before) ? ControlOutcome.Kind.HOLD : ControlOutcome.Kind.GAIN;
  }

  /** Seats of a party in a composition, as a plain int. */
  static int seats(Composition composition, Party party) {
    return composition.asMap().getOrDefault(party, 0);
  }

  /** The party that may control and holds more than half of {@code size} seats, if any. */
  static @Nullable Party controller(
      Council council,
      List<Party> parties,
      Map<Party, Integer> seats,
      int size,
      BiPredicate<Council, Party> mayControl) {
    Party controller = null;
    for (Party party : parties) {
      int held = seats.getOrDefault(party, 0);
      if (2 * held > size && mayControl.test(council, party)) {
        if (controller != null) {
          throw new AssertionError("two parties with a majority in " + council);
        }
        controller = party;
      }
    }
    return controller;
  }

  /** Recomputes one declared council's figures. */
  static CouncilFigures figures(
      Election election,
      Declaration declaration,
      SeatBaseline baselineKind,
      BiPredicate<Council, Party> mayControl) {
    Council council = declaration.council();
    Contest contest = election.contest(council.id()).orElseThrow();
    List<Party> parties = election.parties();

    Map<Party, Integer> previous = new LinkedHashMap<>();
    int sizeBefore = contest.previous().vacancies();
    for (Party party : parties) {
      int n = seats(contest.previous(), party);
      previous.put(party, n);
      sizeBefore += n;
    }
    // no previous result: an empty previous composition, no control before and no baseline
    boolean compared = sizeBefore > 0;
    Map<Party, Integer> won = new LinkedHashMap<>();
    Map<Party, Integer> baseline = new LinkedHashMap<>();
    Map<Party, Integer> holdings = new LinkedHashMap<>();
    for (Party party : parties) {
      int wonHere = seats(declaration.seatsWon(), party);
      int continuing = seats(contest.continuing(), party);
      int base =
          !compared
              ? 0
              : baselineKind == SeatBaseline.LAST_FOUGHT
                  ? seats(contest.defended(), party)
                  : previous.getOrDefault(party, 0) - continuing;
      won.put(party, wonHere);
      baseline.put(party, base - leftOut(contest, declaration, baselineKind, party, parties));
      holdings.put(party, continuing + wonHere);
    }
    return new CouncilFigures(
        compared,
        compared ? controller(council, parties, previous, sizeBefore, mayControl) : null,
        controller(council, parties, holdings, council.size(), mayControl),
        won,
        baseline,
        holdings);
  }

  /**
   * The standings of the councils a filter accepts, from a set of current declarations (at most one
   * per council).
   */
  static Standings standings(
      Election election,
      Collection<Declaration> current,
      SeatBaseline baselineKind,
      BiPredicate<Council, Party> mayControl,
      Predicate<Council> filter) {
    Set<String> seen = new HashSet<>();
    for (Declaration declaration : current) {
      if (!seen.add(declaration.council().id())) {
        throw new AssertionError("two current declarations for " + declaration.council());
      }
    }
    int expected = 0;
    int seatsExpected = 0;
    for (Contest contest : election.contests()) {
      if (filter.test(contest.council())) {
        expected++;
        seatsExpected += contest.contested();
      }
    }
    int seatsDeclared = 0;
    List<Party> parties = election.parties();
    int[] councils = new int[parties.size()];
    int[] councilsBefore = new int[parties.size()];
    int[] won = new int[parties.size()];
    int[] baseline = new int[parties.size()];
    int[] holdings = new int[parties.size()];
    int[] councilsWithout = new int[parties.size()];
    int[] wonWithout = new int[parties.size()];
    int declared = 0;
    int noc = 0;
    int nocBefore = 0;
    int without = 0;
    int nocWithout = 0;
    for (Declaration declaration : current) {
      if (!filter.test(declaration.council())) {
        continue;
      }
      declared++;
      seatsDeclared += declaration.seatsWon().filled();
      CouncilFigures figures = figures(election, declaration, baselineKind, mayControl);
      for (int p = 0; p < parties.size(); p++) {
        Party party = parties.get(p);
        won[p] += figures.won().getOrDefault(party, 0);
        baseline[p] += figures.baseline().getOrDefault(party, 0);
        holdings[p] += figures.holdings().getOrDefault(party, 0);
        if (party.equals(figures.after())) {
          councils[p]++;
          if (!figures.compared()) {
            councilsWithout[p]++;
          }
        }
        if (party.equals(figures.before())) {
          councilsBefore[p]++;
        }
        if (!figures.compared()) {
          wonWithout[p] += figures.won().getOrDefault(party, 0);
        }
      }
      if (figures.after() == null) {
        noc++;
      }
      if (!figures.compared()) {
        without++;
        nocWithout += figures.after() == null ? 1 : 0;
      } else if (figures.before() == null) {
        nocBefore++;
      }
    }
    List<PartyStanding> standings = new ArrayList<>();
    for (int p = 0; p < parties.size(); p++) {
      standings.add(
          new PartyStanding(
              parties.get(p),
              councils[p],
              councilsBefore[p],
              won[p],
              baseline[p],
              holdings[p],
              councilsWithout[p],
              wonWithout[p]));
    }
    // seats declared so far: every seat won in a declared council, of every seat contested (the
    // ward level, councils in progress included, is recomputed by WardOracle)
    return Standings.of(
        declared,
        expected,
        standings,
        noc,
        nocBefore,
        without,
        nocWithout,
        new CountProgress(0, seatsDeclared, seatsExpected, Map.of(), 0),
        WardTotals.empty());
  }

  /** The standings of the whole election. */
  static Standings standings(
      Election election,
      Collection<Declaration> current,
      SeatBaseline baselineKind,
      BiPredicate<Council, Party> mayControl) {
    return standings(election, current, baselineKind, mayControl, council -> true);
  }

  /**
   * Standings' parties by councils controlled (most first), then seats won (most first), ties kept
   * in the election's order.
   */
  static List<PartyStanding> byCouncilsThenSeats(Standings standings) {
    List<PartyStanding> sorted = new ArrayList<>(standings.parties());
    // insertion sort: stable, and a restatement independent of the library's comparator
    for (int i = 1; i < sorted.size(); i++) {
      PartyStanding moving = sorted.get(i);
      int j = i;
      while (j > 0 && ranksAbove(moving, sorted.get(j - 1))) {
        sorted.set(j, sorted.get(j - 1));
        j--;
      }
      sorted.set(j, moving);
    }
    return sorted;
  }

  private static boolean ranksAbove(PartyStanding x, PartyStanding y) {
    return x.councils() > y.councils()
        || (x.councils() == y.councils() && x.seatsWon() > y.seatsWon());
  }

  /** The total baseline seats of the declared councils, from the contests' plain figures. */
  static int baselineTotal(
      Election election, Collection<Declaration> current, SeatBaseline baselineKind) {
    int total = 0;
    for (Declaration declaration : current) {
      Contest contest = election.contest(declaration.council().id()).orElseThrow();
      if (contest.previous().isEmpty()) {
        continue; // no previous result: no baseline
      }
      total +=
          baselineKind == SeatBaseline.LAST_FOUGHT
              ? contest.defended().filled()
              : contest.previous().filled() - contest.continuing().filled();
      for (Party party : election.parties()) {
        total -= leftOut(contest, declaration, baselineKind, party, election.parties());
      }
    }
    return total;
  }

  /**
   * A party's seats among those still to fill that a baseline leaves out: as last fought, those it
   * defended; on the eve of the poll, those it held, or, when no holder is given and every party
   * had as many contested seats on the eve of the poll as when they were last fought, those it
   * defended; otherwise none.
   */
  static int leftOut(
      Contest contest,
      Declaration declaration,
      SeatBaseline baselineKind,
      Party party,
      List<Party> parties) {
    if (baselineKind == SeatBaseline.LAST_FOUGHT) {
      return seats(declaration.defendedStillToFill(), party);
    }
    if (declaration.heldStillToFill().filled() > 0) {
      return seats(declaration.heldStillToFill(), party);
    }
    for (Party any : parties) {
      int preElection = seats(contest.previous(), any) - seats(contest.continuing(), any);
      if (preElection != seats(contest.defended(), any)) {
        return 0;
      }
    }
    return seats(declaration.defendedStillToFill(), party);
  }
}
