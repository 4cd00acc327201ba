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
 * <p>The council figures live in two arrays: {@code seats}, seats won then holdings per party (the
 * figures every replaced declaration changes), and {@code counts}, baseline seats, councils after
 * and councils before per party, then the scalar figures (which a replaced declaration changes only
 * if control, the seats declared or the seats defended change). The count's progress lives in a
 * third array, and the ward sums apart. Never changed once published: an update copies the arrays
 * it changes, in time proportional to the number of parties, and shares the others.
 */
final class Accumulator {
  // sections of the seats array, in units of the number of parties
  private static final int WON = 0;
  private static final int HOLDINGS = 1;
  private static final int SEAT_SECTIONS = 2;
  // sections of the counts array
  private static final int BASELINE = 0;
  private static final int COUNCILS = 1;
  private static final int COUNCILS_BEFORE = 2;
  private static final int COUNT_SECTIONS = 3;
  // scalar figures, after the sections of the counts array
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
  private final int[] seats;
  private final int[] counts;
  private final int[] progress;
  private final WardSums wards;
  private final int expected;
  private final int seatsExpected;
  private final int wardsExpected;

  private Accumulator(
      int parties,
      int[] seats,
      int[] counts,
      int[] progress,
      WardSums wards,
      int expected,
      int seatsExpected,
      int wardsExpected) {
    this.parties = parties;
    this.seats = seats;
    this.counts = counts;
    this.progress = progress;
    this.wards = wards;
    this.expected = expected;
    this.seatsExpected = seatsExpected;
    this.wardsExpected = wardsExpected;
  }

  static Accumulator empty(int parties, int expected, int seatsExpected, int wardsExpected) {
    return new Accumulator(
        parties,
        new int[SEAT_SECTIONS * parties],
        new int[COUNT_SECTIONS * parties + SCALARS],
        new int[parties + PROGRESS_SCALARS],
        WardSums.zero(parties),
        expected,
        seatsExpected,
        wardsExpected);
  }

  /**
   * The totals with a council's contribution replaced: {@code old} taken out (null if the council
   * had no result), {@code now} put in (null to withdraw it); {@code data} is the council's data
   * in the {@link ElectionIndex}, {@code controlBeforePosition} the party controlling it before
   * (-1 for NOC).
   */
  Accumulator replace(
      @Nullable CouncilState old,
      @Nullable CouncilState now,
      int[] data,
      int controlBeforePosition) {
    DeclaredCouncil before = old == null ? null : old.declared;
    DeclaredCouncil after = now == null ? null : now.declared;
    int[] nextSeats = seats;
    int[] nextCounts = counts;
    if (old != null && now != null && before != null && after != null) {
      // a declaration replaced: seats won and holdings change by the same amounts
      nextSeats = seats.clone();
      int[] taken = before.won;
      int[] added = after.won;
      for (int p = 0; p < parties; p++) {
        int change = added[p] - taken[p];
        nextSeats[WON * parties + p] += change;
        nextSeats[HOLDINGS * parties + p] += change;
      }
      if (before.controlAfter != after.controlAfter
          || old.seatsDeclared != now.seatsDeclared
          || before.defended != null
          || after.defended != null) {
        nextCounts = counts.clone();
        addCounts(nextCounts, old, -1, data, controlBeforePosition);
        addCounts(nextCounts, now, +1, data, controlBeforePosition);
      }
    } else {
      if (before != null || after != null) {
        nextSeats = seats.clone();
        if (before != null) {
          addSeats(nextSeats, before, -1, data);
        }
        if (after != null) {
          addSeats(nextSeats, after, +1, data);
        }
      }
      nextCounts = counts.clone();
      addCounts(nextCounts, old, -1, data, controlBeforePosition);
      addCounts(nextCounts, now, +1, data, controlBeforePosition);
    }
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
        parties,
        nextSeats,
        nextCounts,
        nextProgress,
        nextWards,
        expected,
        seatsExpected,
        wardsExpected);
  }

  /**
   * Adds (sign +1) or removes (sign -1) a declared council's seats won and holdings (won plus
   * continuing seats) into a seats array being built.
   */
  private void addSeats(int[] into, DeclaredCouncil council, int sign, int[] data) {
    int[] won = council.won;
    for (int p = 0; p < parties; p++) {
      into[WON * parties + p] += sign * won[p];
      into[HOLDINGS * parties + p] +=
          sign * (won[p] + data[ElectionIndex.CONTINUING_SEATS * parties + p]);
    }
  }

  /**
   * Adds (sign +1) or removes (sign -1) a council's contribution other than its seats (baseline
   * seats, councils controlled, no overall control, declared, seats declared) into a counts array
   * being built (never into a published one).
   */
  private void addCounts(
      int[] into,
      @Nullable CouncilState state,
      int sign,
      int[] data,
      int controlBeforePosition) {
    if (state == null) {
      return;
    }
    int scalars = COUNT_SECTIONS * parties;
    DeclaredCouncil council = state.declared;
    if (council != null) {
      int[] defended = council.defended;
      for (int p = 0; p < parties; p++) {
        int baseline = data[ElectionIndex.BASELINE_SEATS * parties + p];
        into[BASELINE * parties + p] +=
            sign * (defended == null ? baseline : baseline - defended[p]);
      }
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

  /**
   * Totals built from scratch, for filters without a kept group: {@code states} with, at the same
   * positions, their councils' data in the {@link ElectionIndex} and the party controlling each
   * before (-1 for NOC).
   */
  static Accumulator sum(
      int parties,
      int expected,
      int seatsExpected,
      int wardsExpected,
      List<CouncilState> states,
      int[][] data,
      int[] controlBefore) {
    Accumulator empty = empty(parties, expected, seatsExpected, wardsExpected);
    int[] seats = empty.seats;
    int[] counts = empty.counts;
    int[] progress = empty.progress;
    WardSums wards = empty.wards;
    for (int i = 0; i < states.size(); i++) {
      CouncilState state = states.get(i);
      DeclaredCouncil council = state.declared;
      if (council != null) {
        empty.addSeats(seats, council, +1, data[i]);
      }
      empty.addCounts(counts, state, +1, data[i], controlBefore[i]);
      if (state.whole == null) {
        empty.addProgress(progress, state, +1);
        wards = wards.plus(state.sums, +1);
      }
    }
    return new Accumulator(
        parties, seats, counts, progress, wards, expected, seatsExpected, wardsExpected);
  }

  /** The councils in progress. */
  int inProgress() {
    return progress[parties + IN_PROGRESS];
  }

  Standings toStandings(Party[] partyList) {
    int scalars = COUNT_SECTIONS * parties;
    PartyStanding[] standings = new PartyStanding[parties];
    // councils are decided early only while in progress
    Map<Party, Integer> decidedEarly =
        progress[parties + IN_PROGRESS] == 0 ? Map.of() : new LinkedHashMap<>();
    for (int p = 0; p < parties; p++) {
      standings[p] =
          new PartyStanding(
              partyList[p],
              counts[COUNCILS * parties + p],
              counts[COUNCILS_BEFORE * parties + p],
              seats[WON * parties + p],
              counts[BASELINE * parties + p],
              seats[HOLDINGS * parties + p]);
      if (progress[p] > 0) {
        decidedEarly.put(partyList[p], progress[p]);
      }
    }
    return Standings.ofTally(
        counts[scalars + DECLARED],
        expected,
        List.of(standings),
        counts[scalars + NOC],
        counts[scalars + NOC_BEFORE],
        new CountProgress(
            progress[parties + IN_PROGRESS],
            counts[scalars + SEATS_DECLARED],
            seatsExpected,
            decidedEarly,
            progress[parties + DECIDED_NOC]),
        wardsExpected == 0 ? WardTotals.empty() : wards.toTotals(partyList, wardsExpected));
  }
}
