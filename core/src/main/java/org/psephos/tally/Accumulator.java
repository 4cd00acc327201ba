package org.psephos.tally;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.psephos.Party;

/**
 * The running totals of the groups of councils a tally keeps (the whole election, each region,
 * each council type), per group: per party, seats won, baseline seats, holdings, and councils
 * after and before; no overall control after and before, the councils declared and the seats
 * declared; the count's progress (councils in progress and control decided early); and the
 * ward-level {@link WardSums}.
 *
 * <p>Each group's council figures live in two arrays: {@code seats}, seats won per party (the
 * figures every replaced declaration changes), and {@code counts}, baseline seats, councils after,
 * councils before and the continuing seats of the declared councils per party (holdings are seats
 * won plus these), then the scalar figures (which a replaced declaration changes only if control,
 * the seats declared or the seats defended change). The
 * count's progress lives in a third array, and the ward sums apart. Never changed once published:
 * an update copies the arrays it changes for the three groups a council belongs to, in time
 * proportional to the number of parties, and the table of each kind of array it changes (one
 * slot per group); it shares every other array.
 */
final class Accumulator {
  // sections of a seats array, in units of the number of parties
  private static final int WON = 0;
  private static final int SEAT_SECTIONS = 1;
  // sections of a counts array
  private static final int BASELINE = 0;
  private static final int COUNCILS = 1;
  private static final int COUNCILS_BEFORE = 2;
  /** Continuing seats of the declared councils: holdings are seats won plus these. */
  private static final int CONTINUING = 3;
  private static final int COUNT_SECTIONS = 4;
  // scalar figures, after the sections of a counts array
  private static final int NOC = 0;
  private static final int NOC_BEFORE = 1;
  private static final int DECLARED = 2;
  private static final int SEATS_DECLARED = 3;
  private static final int SCALARS = 4;
  // a progress array: councils in progress whose control is decided early, per party, then
  private static final int IN_PROGRESS = 0;
  private static final int DECIDED_NOC = 1;
  private static final int PROGRESS_SCALARS = 2;

  private final int parties;
  /** Per group, its seats array. */
  private final int[][] seats;
  /** Per group, its counts array. */
  private final int[][] counts;
  /** Per group, its progress array. */
  private final int[][] progress;
  /** Per group, its ward sums. */
  private final WardSums[] wards;
  /** Per group, councils, seats and wards expected; shared, never changed. */
  private final int[] expected;
  private final int[] seatsExpected;
  private final int[] wardsExpected;

  private Accumulator(
      int parties,
      int[][] seats,
      int[][] counts,
      int[][] progress,
      WardSums[] wards,
      int[] expected,
      int[] seatsExpected,
      int[] wardsExpected) {
    this.parties = parties;
    this.seats = seats;
    this.counts = counts;
    this.progress = progress;
    this.wards = wards;
    this.expected = expected;
    this.seatsExpected = seatsExpected;
    this.wardsExpected = wardsExpected;
  }

  /**
   * Zero totals for as many groups as the arrays of councils, seats and wards expected per group
   * have slots; those arrays are kept, never changed.
   */
  static Accumulator empty(
      int parties, int[] expected, int[] seatsExpected, int[] wardsExpected) {
    int groups = expected.length;
    int[][] seats = new int[groups][];
    int[][] counts = new int[groups][];
    int[][] progress = new int[groups][];
    WardSums[] wards = new WardSums[groups];
    WardSums zero = WardSums.zero(parties);
    for (int g = 0; g < groups; g++) {
      seats[g] = new int[SEAT_SECTIONS * parties];
      counts[g] = new int[COUNT_SECTIONS * parties + SCALARS];
      progress[g] = new int[parties + PROGRESS_SCALARS];
      wards[g] = zero;
    }
    return new Accumulator(
        parties, seats, counts, progress, wards, expected, seatsExpected, wardsExpected);
  }

  /**
   * The totals with a council's contribution replaced in its three groups {@code g1}, {@code g2}
   * and {@code g3} (distinct): {@code old} taken out (null if the council had no result), {@code
   * now} put in (null to withdraw it); {@code data} is the council's data in the {@link
   * ElectionIndex}, {@code controlBeforePosition} the party controlling it before (-1 for NOC).
   */
  Accumulator replace(
      int g1,
      int g2,
      int g3,
      @Nullable CouncilState old,
      @Nullable CouncilState now,
      int[] data,
      int controlBeforePosition) {
    DeclaredCouncil before = old == null ? null : old.declared;
    DeclaredCouncil after = now == null ? null : now.declared;
    boolean seatsChange = before != null || after != null;
    boolean countsChange =
        old == null
            || now == null
            || before == null
            || after == null
            || before.controlAfter != after.controlAfter
            || old.seatsDeclared != now.seatsDeclared
            || before.defended != null
            || after.defended != null;
    boolean wardsChange = (old != null && old.whole == null) || (now != null && now.whole == null);
    int[][] nextSeats = seatsChange ? seats.clone() : seats;
    int[][] nextCounts = countsChange ? counts.clone() : counts;
    int[][] nextProgress = wardsChange ? progress.clone() : progress;
    WardSums[] nextWards = wardsChange ? wards.clone() : wards;
    for (int i = 0; i < 3; i++) {
      int g = i == 0 ? g1 : i == 1 ? g2 : g3;
      if (seatsChange) {
        int[] next = seats[g].clone();
        if (before != null && after != null) {
          // a declaration replaced
          int[] taken = before.won;
          int[] added = after.won;
          for (int p = 0; p < parties; p++) {
            next[WON * parties + p] += added[p] - taken[p];
          }
        } else if (before != null) {
          addSeats(next, before, -1);
        } else if (after != null) {
          addSeats(next, after, +1);
        }
        nextSeats[g] = next;
      }
      if (countsChange) {
        int[] next = counts[g].clone();
        addCounts(next, old, -1, data, controlBeforePosition);
        addCounts(next, now, +1, data, controlBeforePosition);
        nextCounts[g] = next;
      }
      if (wardsChange) {
        int[] groupProgress = progress[g].clone();
        WardSums groupWards = wards[g];
        if (old != null && old.whole == null) {
          addProgress(groupProgress, old, -1);
          groupWards = groupWards.plus(old.sums, -1);
        }
        if (now != null && now.whole == null) {
          addProgress(groupProgress, now, +1);
          groupWards = groupWards.plus(now.sums, +1);
        }
        nextProgress[g] = groupProgress;
        nextWards[g] = groupWards;
      }
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
   * Adds (sign +1) or removes (sign -1) a declared council's seats won into a seats array being
   * built.
   */
  private void addSeats(int[] into, DeclaredCouncil council, int sign) {
    int[] won = council.won;
    for (int p = 0; p < parties; p++) {
      into[WON * parties + p] += sign * won[p];
    }
  }

  /**
   * Adds (sign +1) or removes (sign -1) a council's contribution other than its seats won
   * (baseline seats, continuing seats, councils controlled, no overall control, declared, seats
   * declared) into a counts array being built (never into a published one).
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
        into[CONTINUING * parties + p] +=
            sign * data[ElectionIndex.CONTINUING_SEATS * parties + p];
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
   * Totals of one group (group 0) built from scratch, for filters without a kept group: {@code
   * states} with, at the same positions, their councils' data in the {@link ElectionIndex} and the
   * party controlling each before (-1 for NOC).
   */
  static Accumulator sum(
      int parties,
      int expected,
      int seatsExpected,
      int wardsExpected,
      List<CouncilState> states,
      int[][] data,
      int[] controlBefore) {
    Accumulator empty =
        empty(parties, new int[] {expected}, new int[] {seatsExpected}, new int[] {wardsExpected});
    int[] seats = empty.seats[0];
    int[] counts = empty.counts[0];
    int[] progress = empty.progress[0];
    WardSums wards = empty.wards[0];
    for (int i = 0; i < states.size(); i++) {
      CouncilState state = states.get(i);
      DeclaredCouncil council = state.declared;
      if (council != null) {
        empty.addSeats(seats, council, +1);
      }
      empty.addCounts(counts, state, +1, data[i], controlBefore[i]);
      if (state.whole == null) {
        empty.addProgress(progress, state, +1);
        wards = wards.plus(state.sums, +1);
      }
    }
    empty.wards[0] = wards;
    return empty;
  }

  /** The councils in progress in a group. */
  int inProgress(int g) {
    return progress[g][parties + IN_PROGRESS];
  }

  /** The standings of group {@code g}. */
  Standings toStandings(int g, Party[] partyList) {
    int[] seats = this.seats[g];
    int[] counts = this.counts[g];
    int[] progress = this.progress[g];
    int expected = this.expected[g];
    int seatsExpected = this.seatsExpected[g];
    int wardsExpected = this.wardsExpected[g];
    WardSums wards = this.wards[g];
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
              seats[WON * parties + p] + counts[CONTINUING * parties + p]);
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
