package org.psephos.tally;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.psephos.Party;

/**
 * The running totals of one group of councils (the whole election, a region, a council type): per
 * party, seats won, baseline seats, holdings, and councils after and before; no overall control
 * after and before, the councils declared and the seats declared; the count's progress (councils in
 * progress and control decided early); and the ward-level {@link WardSums}.
 *
 * <p>The council figures live in one array: five sections of one slot per party (the first three
 * laid out as a {@link DeclaredCouncil}'s figures, so that a council's contribution is added in one
 * loop), then the scalar figures. The count's progress lives in a second array, and the ward sums
 * apart. Never changed once published: an update copies the first array, in time proportional to
 * the number of parties, and shares the progress and the ward sums unless the council updated is
 * counted ward by ward.
 */
final class Accumulator {
  /** Councils controlled after, per party: the section after a council's figures. */
  private static final int COUNCILS = DeclaredCouncil.SECTIONS;
  /** Councils controlled before, per party. */
  private static final int COUNCILS_BEFORE = COUNCILS + 1;
  private static final int SECTIONS = COUNCILS + 2;
  // scalar figures, after the sections
  private static final int NOC = 0;
  private static final int NOC_BEFORE = 1;
  private static final int DECLARED = 2;
  private static final int SEATS_DECLARED = 3;
  private static final int SCALARS = 4;
  // the progress array: councils in progress whose control is decided early, per party, then
  private static final int IN_PROGRESS = 0;
  private static final int DECIDED_NOC = 1;
  private static final int PROGRESS_SCALARS = 2;

  private final int parties;
  private final int[] totals;
  private final int[] progress;
  private final WardSums wards;
  private final int expected;
  private final int seatsExpected;
  private final int wardsExpected;

  private Accumulator(
      int parties,
      int[] totals,
      int[] progress,
      WardSums wards,
      int expected,
      int seatsExpected,
      int wardsExpected) {
    this.parties = parties;
    this.totals = totals;
    this.progress = progress;
    this.wards = wards;
    this.expected = expected;
    this.seatsExpected = seatsExpected;
    this.wardsExpected = wardsExpected;
  }

  static Accumulator empty(int parties, int expected, int seatsExpected, int wardsExpected) {
    return new Accumulator(
        parties,
        new int[SECTIONS * parties + SCALARS],
        new int[parties + PROGRESS_SCALARS],
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
    int[] nextProgress = progress;
    WardSums nextWards = wards;
    if (old != null && old.whole == null) {
      nextProgress = nextProgress.clone();
      addProgress(nextProgress, old, -1);
      nextWards = nextWards.plus(old.sums, -1);
    }
    if (now != null && now.whole == null) {
      nextProgress = nextProgress == progress ? nextProgress.clone() : nextProgress;
      addProgress(nextProgress, now, +1);
      nextWards = nextWards.plus(now.sums, +1);
    }
    return new Accumulator(
        parties, next, nextProgress, nextWards, expected, seatsExpected, wardsExpected);
  }

  /** Adds (sign +1) or removes (sign -1) a declared council's figures into totals being built. */
  private static void addFigures(int[] into, int[] figures, int sign) {
    for (int i = 0; i < figures.length; i++) {
      into[i] += sign * figures[i];
    }
  }

  /**
   * Adds (sign +1) or removes (sign -1) a council's contribution other than its figures (councils
   * controlled, no overall control, declared, seats declared) into totals being built (never into
   * published ones).
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
    into[scalars + SEATS_DECLARED] += sign * state.seatsDeclared;
  }

  /**
   * Adds (sign +1) or removes (sign -1) the progress of a council counted ward by ward into a
   * progress array being built: in progress, and control decided early, until its last ward.
   */
  private void addProgress(int[] into, CouncilState state, int sign) {
    if (state.inProgress()) {
      into[parties + IN_PROGRESS] += sign;
      if (state.decided == CouncilState.NOC) {
        into[parties + DECIDED_NOC] += sign;
      } else if (state.decided >= 0) {
        into[state.decided] += sign;
      }
    }
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
    int[] progress = empty.progress;
    WardSums wards = empty.wards;
    for (int i = 0; i < states.size(); i++) {
      CouncilState state = states.get(i);
      DeclaredCouncil council = state.declared;
      if (council != null) {
        addFigures(totals, council.figures, +1);
      }
      empty.addCounts(totals, state, +1, controlBefore[i]);
      if (state.whole == null) {
        empty.addProgress(progress, state, +1);
        wards = wards.plus(state.sums, +1);
      }
    }
    return new Accumulator(
        parties, totals, progress, wards, expected, seatsExpected, wardsExpected);
  }

  /** The councils in progress. */
  int inProgress() {
    return progress[parties + IN_PROGRESS];
  }

  Standings toStandings(Party[] partyList) {
    int scalars = SECTIONS * parties;
    PartyStanding[] standings = new PartyStanding[parties];
    Map<Party, Integer> decidedEarly = new LinkedHashMap<>();
    for (int p = 0; p < parties; p++) {
      standings[p] =
          new PartyStanding(
              partyList[p],
              totals[COUNCILS * parties + p],
              totals[COUNCILS_BEFORE * parties + p],
              totals[DeclaredCouncil.WON * parties + p],
              totals[DeclaredCouncil.BASELINE * parties + p],
              totals[DeclaredCouncil.HOLDINGS * parties + p]);
      if (progress[p] > 0) {
        decidedEarly.put(partyList[p], progress[p]);
      }
    }
    return Standings.ofTally(
        totals[scalars + DECLARED],
        expected,
        List.of(standings),
        totals[scalars + NOC],
        totals[scalars + NOC_BEFORE],
        new CountProgress(
            progress[parties + IN_PROGRESS],
            totals[scalars + SEATS_DECLARED],
            seatsExpected,
            decidedEarly,
            progress[parties + DECIDED_NOC]),
        wardsExpected == 0 ? WardTotals.empty() : wards.toTotals(partyList, wardsExpected));
  }
}
