package org.psephos.tally;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The running totals of one group of councils (the whole election, a region, a council type):
 * per-party arrays of councils after and before, seats won, baseline seats and holdings, plus no
 * overall control after and before and the councils declared. Never changed once published: an
 * update returns a new accumulator, copying a few small arrays, in time proportional to the number
 * of parties.
 */
final class Accumulator {
  final int[] councils;
  final int[] councilsBefore;
  final int[] won;
  final int[] baseline;
  final int[] holdings;
  final int noOverallControl;
  final int noOverallControlBefore;
  final int declared;
  final int expected;

  private Accumulator(
      int[] councils,
      int[] councilsBefore,
      int[] won,
      int[] baseline,
      int[] holdings,
      int noOverallControl,
      int noOverallControlBefore,
      int declared,
      int expected) {
    this.councils = councils;
    this.councilsBefore = councilsBefore;
    this.won = won;
    this.baseline = baseline;
    this.holdings = holdings;
    this.noOverallControl = noOverallControl;
    this.noOverallControlBefore = noOverallControlBefore;
    this.declared = declared;
    this.expected = expected;
  }

  static Accumulator empty(int parties, int expected) {
    return new Accumulator(
        new int[parties], new int[parties], new int[parties], new int[parties], new int[parties],
        0, 0, 0, expected);
  }

  /**
   * The totals with a council's contribution replaced: {@code old} taken out (null if it was not
   * declared), {@code now} put in (null to withdraw it).
   */
  Accumulator replace(
      @Nullable DeclaredCouncil old, @Nullable DeclaredCouncil now, int controlBeforePosition) {
    Accumulator next =
        new Accumulator(
            councils.clone(),
            councilsBefore.clone(),
            won.clone(),
            baseline.clone(),
            holdings.clone(),
            noOverallControl,
            noOverallControlBefore,
            declared,
            expected);
    return next.add(old, -1, controlBeforePosition).add(now, +1, controlBeforePosition);
  }

  /** Adds (sign +1) or removes (sign -1) a contribution in place; only on unpublished copies. */
  private Accumulator add(@Nullable DeclaredCouncil council, int sign, int controlBeforePosition) {
    if (council == null) {
      return this;
    }
    for (int p = 0; p < won.length; p++) {
      won[p] += sign * council.won[p];
      baseline[p] += sign * council.baseline[p];
      holdings[p] += sign * council.holdings[p];
    }
    int nocAfter = noOverallControl;
    if (council.controlAfter < 0) {
      nocAfter += sign;
    } else {
      councils[council.controlAfter] += sign;
    }
    int nocBefore = noOverallControlBefore;
    if (controlBeforePosition < 0) {
      nocBefore += sign;
    } else {
      councilsBefore[controlBeforePosition] += sign;
    }
    return new Accumulator(
        councils, councilsBefore, won, baseline, holdings, nocAfter, nocBefore,
        declared + sign, expected);
  }

  /** Totals built from scratch, for filters without a kept group. */
  static Accumulator sum(
      int parties, int expected, List<DeclaredCouncil> declared, List<Integer> before) {
    Accumulator total = empty(parties, expected);
    for (int i = 0; i < declared.size(); i++) {
      total = total.add(declared.get(i), +1, before.get(i));
    }
    return total;
  }

  Standings toStandings(org.psephos.Party[] parties) {
    List<PartyStanding> standings = new ArrayList<>(parties.length);
    for (int p = 0; p < parties.length; p++) {
      standings.add(
          new PartyStanding(
              parties[p], councils[p], councilsBefore[p], won[p], baseline[p], holdings[p]));
    }
    return Standings.of(declared, expected, standings, noOverallControl, noOverallControlBefore);
  }
}
