package org.psephos.tally;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.psephos.Party;

/**
 * The running totals of one group of councils (the whole election, a region, a council type): per
 * party, seats won, baseline seats, holdings, councils after and before, and control decided
 * early; no overall control after and before and the councils declared; the count's progress
 * (councils in progress, seats declared); and the ward-level {@link WardSums}.
 *
 * <p>The integer figures live in one array: six sections of one slot per party (the first three
 * laid out as a {@link DeclaredCouncil}'s figures, so that a council's contribution is added in one
 * loop), then the scalar figures. Never changed once published: an update copies that one array,
 * in time proportional to the number of parties, and shares the ward sums unless the council
 * updated has ward results.
 */
final class Accumulator {
  /** Councils controlled after, per party: the section after a council's figures. */
  private static final int COUNCILS = DeclaredCouncil.SECTIONS;
  /** Councils controlled before, per party. */
  private static final int COUNCILS_BEFORE = COUNCILS + 1;
  /** Councils in progress whose control is decided early, per party. */
  private static final int DECIDED = COUNCILS + 2;
  private static final int SECTIONS = COUNCILS + 3;
  // scalar figures, after the sections
  private static final int NOC = 0;
  private static final int NOC_BEFORE = 1;
  private static final int DECLARED = 2;
  private static final int IN_PROGRESS = 3;
  private static final int SEATS_DECLARED = 4;
  private static final int DECIDED_NOC = 5;
  private static final int SCALARS = 6;

  private final int parties;
  private final int[] totals;
  private final WardSums wards;
  private final int expected;
  private final int seatsExpected;
  private final int wardsExpected;

  private Accumulator(
      int parties,
      int[] totals,
      WardSums wards,
      int expected,
      int seatsExpected,
      int wardsExpected) {
    this.parties = parties;
    this.totals = totals;
    this.wards = wards;
    this.expected = expected;
    this.seatsExpected = seatsExpected;
    this.wardsExpected = wardsExpected;
  }

  static Accumulator empty(int parties, int expected, int seatsExpected, int wardsExpected) {
    return new Accumulator(
        parties,
        new int[SECTIONS * parties + SCALARS],
        WardSums.zero(parties),
        expected,
        seatsExpected,
        wardsExpected);
  }

  /**
   * The totals with a council's contribution replaced: {@code old} taken out (null if the council
   * had no result), {@code now} put in (null to withdraw it).
   */
  Accumulator replace(
      @Nullable CouncilState old, @Nullable CouncilState now, int controlBeforePosition) {
    int[] next = totals.clone();
    DeclaredCouncil before = old == null ? null : old.declared;
    DeclaredCouncil after = now == null ? null : now.declared;
    if (before != null && after != null) {
      // a declaration replaced: one pass over the figures
      int[] taken = before.figures;
      int[] added = after.figures;
      for (int i = 0; i < added.length; i++) {
        next[i] += added[i] - taken[i];
      }
    } else if (before != null) {
      addFigures(next, before.figures, -1);
    } else if (after != null) {
      addFigures(next, after.figures, +1);
    }
    addCounts(next, old, -1, controlBeforePosition);
    addCounts(next, now, +1, controlBeforePosition);
    WardSums nextWards = wards;
    if (old != null && old.sums.wards != 0) {
      nextWards = nextWards.plus(old.sums, -1);
    }
    if (now != null && now.sums.wards != 0) {
      nextWards = nextWards.plus(now.sums, +1);
    }
    return new Accumulator(parties, next, nextWards, expected, seatsExpected, wardsExpected);
  }

  /** Adds (sign +1) or removes (sign -1) a declared council's figures into totals being built. */
  private static void addFigures(int[] into, int[] figures, int sign) {
    for (int i = 0; i < figures.length; i++) {
      into[i] += sign * figures[i];
    }
  }

  /**
   * Adds (sign +1) or removes (sign -1) a council's contribution other than its figures (councils
   * controlled, no overall control, declared, in progress, seats declared) into totals being built
   * (never into published ones).
   */
  private void addCounts(
      int[] into, @Nullable CouncilState state, int sign, int controlBeforePosition) {
    if (state == null) {
      return;
    }
    int scalars = SECTIONS * parties;
    DeclaredCouncil council = state.declared;
    if (council != null) {
      into[council.controlAfter < 0 ? scalars + NOC : COUNCILS * parties + council.controlAfter] +=
          sign;
      into[controlBeforePosition < 0
              ? scalars + NOC_BEFORE
              : COUNCILS_BEFORE * parties + controlBeforePosition] +=
          sign;
      into[scalars + DECLARED] += sign;
    }
    if (state.inProgress()) {
      into[scalars + IN_PROGRESS] += sign;
      if (state.decided == CouncilState.NOC) {
        into[scalars + DECIDED_NOC] += sign;
      } else if (state.decided >= 0) {
        into[DECIDED * parties + state.decided] += sign;
      }
    }
    into[scalars + SEATS_DECLARED] += sign * state.seatsDeclared;
  }

  /** Totals built from scratch, for filters without a kept group. */
  static Accumulator sum(
      int parties,
      int expected,
      int seatsExpected,
      int wardsExpected,
      List<CouncilState> states,
      int[] controlBefore) {
    Accumulator empty = empty(parties, expected, seatsExpected, wardsExpected);
    int[] totals = empty.totals;
    WardSums wards = empty.wards;
    for (int i = 0; i < states.size(); i++) {
      CouncilState state = states.get(i);
      DeclaredCouncil council = state.declared;
      if (council != null) {
        addFigures(totals, council.figures, +1);
      }
      empty.addCounts(totals, state, +1, controlBefore[i]);
      if (state.sums.wards != 0) {
        wards = wards.plus(state.sums, +1);
      }
    }
    return new Accumulator(parties, totals, wards, expected, seatsExpected, wardsExpected);
  }

  /** The councils in progress. */
  int inProgress() {
    return totals[SECTIONS * parties + IN_PROGRESS];
  }

  Standings toStandings(Party[] partyList) {
    int scalars = SECTIONS * parties;
    List<PartyStanding> standings = new ArrayList<>(parties);
    Map<Party, Integer> decidedEarly = new LinkedHashMap<>();
    for (int p = 0; p < parties; p++) {
      standings.add(
          new PartyStanding(
              partyList[p],
              totals[COUNCILS * parties + p],
              totals[COUNCILS_BEFORE * parties + p],
              totals[DeclaredCouncil.WON * parties + p],
              totals[DeclaredCouncil.BASELINE * parties + p],
              totals[DeclaredCouncil.HOLDINGS * parties + p]));
      int decided = totals[DECIDED * parties + p];
      if (decided > 0) {
        decidedEarly.put(partyList[p], decided);
      }
    }
    return Standings.of(
        totals[scalars + DECLARED],
        expected,
        standings,
        totals[scalars + NOC],
        totals[scalars + NOC_BEFORE],
        new CountProgress(
            totals[scalars + IN_PROGRESS],
            totals[scalars + SEATS_DECLARED],
            seatsExpected,
            decidedEarly,
            totals[scalars + DECIDED_NOC]),
        wardsExpected == 0 ? WardTotals.empty() : wards.toTotals(partyList, wardsExpected));
  }
}
