package org.psephos.tally;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.psephos.Party;

/**
 * The running totals of one group of councils (the whole election, a region, a council type):
 * per-party arrays of councils after and before, seats won, baseline seats and holdings, plus no
 * overall control after and before and the councils declared; the count's progress (councils in
 * progress, seats declared, control decided early); and the ward-level {@link WardSums}. Never
 * changed once published: an update returns a new accumulator, copying a few small arrays, in time
 * proportional to the number of parties.
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
  final int inProgress;
  final int seatsDeclared;
  final int seatsExpected;
  final int[] decided;
  final int decidedNoc;
  final WardSums wards;
  final int wardsExpected;

  private Accumulator(
      int[] councils,
      int[] councilsBefore,
      int[] won,
      int[] baseline,
      int[] holdings,
      int noOverallControl,
      int noOverallControlBefore,
      int declared,
      int expected,
      int inProgress,
      int seatsDeclared,
      int seatsExpected,
      int[] decided,
      int decidedNoc,
      WardSums wards,
      int wardsExpected) {
    this.councils = councils;
    this.councilsBefore = councilsBefore;
    this.won = won;
    this.baseline = baseline;
    this.holdings = holdings;
    this.noOverallControl = noOverallControl;
    this.noOverallControlBefore = noOverallControlBefore;
    this.declared = declared;
    this.expected = expected;
    this.inProgress = inProgress;
    this.seatsDeclared = seatsDeclared;
    this.seatsExpected = seatsExpected;
    this.decided = decided;
    this.decidedNoc = decidedNoc;
    this.wards = wards;
    this.wardsExpected = wardsExpected;
  }

  static Accumulator empty(int parties, int expected, int seatsExpected, int wardsExpected) {
    return new Accumulator(
        new int[parties], new int[parties], new int[parties], new int[parties], new int[parties],
        0, 0, 0, expected, 0, 0, seatsExpected, new int[parties], 0, WardSums.zero(parties),
        wardsExpected);
  }

  /**
   * The totals with a council's contribution replaced: {@code old} taken out (null if the council
   * had no result), {@code now} put in (null to withdraw it).
   */
  Accumulator replace(
      @Nullable CouncilState old, @Nullable CouncilState now, int controlBeforePosition) {
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
            expected,
            inProgress,
            seatsDeclared,
            seatsExpected,
            decided.clone(),
            decidedNoc,
            wards,
            wardsExpected);
    return next.add(old, -1, controlBeforePosition).add(now, +1, controlBeforePosition);
  }

  /** Adds (sign +1) or removes (sign -1) a contribution in place; only on unpublished copies. */
  private Accumulator add(@Nullable CouncilState state, int sign, int controlBeforePosition) {
    if (state == null) {
      return this;
    }
    int nocAfter = noOverallControl;
    int nocBefore = noOverallControlBefore;
    int declaredNow = declared;
    DeclaredCouncil council = state.declared;
    if (council != null) {
      for (int p = 0; p < won.length; p++) {
        won[p] += sign * council.won[p];
        baseline[p] += sign * council.baseline[p];
        holdings[p] += sign * council.holdings[p];
      }
      if (council.controlAfter < 0) {
        nocAfter += sign;
      } else {
        councils[council.controlAfter] += sign;
      }
      if (controlBeforePosition < 0) {
        nocBefore += sign;
      } else {
        councilsBefore[controlBeforePosition] += sign;
      }
      declaredNow += sign;
    }
    int inProgressNow = inProgress;
    int decidedNocNow = decidedNoc;
    if (state.inProgress()) {
      inProgressNow += sign;
      if (state.decided == CouncilState.NOC) {
        decidedNocNow += sign;
      } else if (state.decided >= 0) {
        decided[state.decided] += sign;
      }
    }
    WardSums wardsNow = state.sums.wards == 0 ? wards : wards.plus(state.sums, sign);
    return new Accumulator(
        councils, councilsBefore, won, baseline, holdings, nocAfter, nocBefore, declaredNow,
        expected, inProgressNow, seatsDeclared + sign * state.seatsDeclared, seatsExpected, decided,
        decidedNocNow, wardsNow, wardsExpected);
  }

  /** Totals built from scratch, for filters without a kept group. */
  static Accumulator sum(
      int parties,
      int expected,
      int seatsExpected,
      int wardsExpected,
      List<CouncilState> states,
      List<Integer> before) {
    Accumulator total = empty(parties, expected, seatsExpected, wardsExpected);
    for (int i = 0; i < states.size(); i++) {
      total = total.add(states.get(i), +1, before.get(i));
    }
    return total;
  }

  Standings toStandings(Party[] parties) {
    List<PartyStanding> standings = new ArrayList<>(parties.length);
    Map<Party, Integer> decidedEarly = new LinkedHashMap<>();
    for (int p = 0; p < parties.length; p++) {
      standings.add(
          new PartyStanding(
              parties[p], councils[p], councilsBefore[p], won[p], baseline[p], holdings[p]));
      if (decided[p] > 0) {
        decidedEarly.put(parties[p], decided[p]);
      }
    }
    return Standings.of(
        declared,
        expected,
        standings,
        noOverallControl,
        noOverallControlBefore,
        new CountProgress(inProgress, seatsDeclared, seatsExpected, decidedEarly, decidedNoc),
        wardsExpected == 0 ? WardTotals.empty() : wards.toTotals(parties, wardsExpected));
  }
}
