package org.psephos.tally;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.psephos.Party;
import org.psephos.tally.CouncilControl.ControlledBy;
import org.psephos.tally.CouncilControl.NoOverallControl;

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
  /** Seats won in the declared councils with no previous result, which changes leave out. */
  private static final int WON_WITHOUT_PREVIOUS = 4;
  /** Councils controlled after among the declared councils with no previous result. */
  private static final int COUNCILS_WITHOUT_PREVIOUS = 5;
  private static final int COUNT_SECTIONS = 6;
  // scalar figures, after the sections of a counts array
  private static final int NOC = 0;
  private static final int NOC_BEFORE = 1;
  private static final int DECLARED = 2;
  private static final int SEATS_DECLARED = 3;
  /** Declared councils with no previous result. */
  private static final int DECLARED_WITHOUT_PREVIOUS = 4;
  /** Of those, councils in no overall control after. */
  private static final int NOC_WITHOUT_PREVIOUS = 5;
  private static final int SCALARS = 6;
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
   * The totals with a council's contribution replaced in its three groups (the whole election,
   * its region and its type): {@code old} taken out (null if the council had no result), {@code
   * now} put in (null to withdraw it).
   */
  Accumulator replace(
      CouncilFacts council, @Nullable CouncilState old, @Nullable CouncilState now) {
    CheckedDeclaration before = CouncilState.declared(old);
    CheckedDeclaration after = CouncilState.declared(now);
    boolean seatsChange = before != null || after != null;
    boolean countsChange =
        old == null
            || now == null
            || council.controlBefore == null
            || before == null
            || after == null
            || !before.controlAfter.equals(after.controlAfter)
            || before.seatsDeclared != after.seatsDeclared
            || before.leftOut != null
            || after.leftOut != null;
    boolean wardsChange = old instanceof WardCount || now instanceof WardCount;
    int[][] nextSeats = seatsChange ? seats.clone() : seats;
    int[][] nextCounts = countsChange ? counts.clone() : counts;
    int[][] nextProgress = wardsChange ? progress.clone() : progress;
    WardSums[] nextWards = wardsChange ? wards.clone() : wards;
    for (int i = 0; i < 3; i++) {
      int g = i == 0 ? ElectionIndex.ALL : i == 1 ? council.regionGroup : council.typeGroup;
      if (seatsChange) {
        nextSeats[g] = replaceSeats(seats[g], before, after);
      }
      if (countsChange) {
        int[] next = counts[g].clone();
        addCounts(next, old, -1, council);
        addCounts(next, now, +1, council);
        nextCounts[g] = next;
      }
      if (wardsChange) {
        int[] groupProgress = progress[g].clone();
        WardSums groupWards = wards[g];
        if (old instanceof WardCount count) {
          addProgress(groupProgress, count, -1);
          groupWards = groupWards.plus(count.sums, -1);
        }
        if (now instanceof WardCount count) {
          addProgress(groupProgress, count, +1);
          groupWards = groupWards.plus(count.sums, +1);
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

  /** A group's seats array with a council's seats won replaced: a new array. */
  private int[] replaceSeats(
      int[] seats, @Nullable CheckedDeclaration before, @Nullable CheckedDeclaration after) {
    int[] next = seats.clone();
    if (before != null && after != null) {
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
    return next;
  }

  /**
   * Adds (sign +1) or removes (sign -1) a declared council's seats won into a seats array being
   * built.
   */
  private void addSeats(int[] into, CheckedDeclaration council, int sign) {
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
      int[] into, @Nullable CouncilState state, int sign, CouncilFacts facts) {
    if (state == null) {
      return;
    }
    int scalars = COUNT_SECTIONS * parties;
    CheckedDeclaration council = CouncilState.declared(state);
    if (council != null) {
      int[] leftOut = council.leftOut;
      int[] baseline = facts.baseline;
      int[] continuing = facts.continuing;
      for (int p = 0; p < parties; p++) {
        into[BASELINE * parties + p] +=
            sign * (leftOut == null ? baseline[p] : baseline[p] - leftOut[p]);
        into[CONTINUING * parties + p] += sign * continuing[p];
      }
      into[slot(council.controlAfter, COUNCILS, NOC)] += sign;
      CouncilControl before = facts.controlBefore;
      if (before != null) {
        into[slot(before, COUNCILS_BEFORE, NOC_BEFORE)] += sign;
      } else {
        int[] won = council.won;
        for (int p = 0; p < parties; p++) {
          into[WON_WITHOUT_PREVIOUS * parties + p] += sign * won[p];
        }
        into[slot(council.controlAfter, COUNCILS_WITHOUT_PREVIOUS, NOC_WITHOUT_PREVIOUS)] += sign;
        into[scalars + DECLARED_WITHOUT_PREVIOUS] += sign;
      }
      into[scalars + DECLARED] += sign;
    }
    into[scalars + SEATS_DECLARED] += sign * CouncilState.seatsDeclared(state);
  }

  /**
   * The slot of a counts array a control counts in: the party's slot in a section of one slot per
   * party, or a scalar for no overall control.
   */
  private int slot(CouncilControl control, int section, int noOverallControl) {
    return control instanceof ControlledBy by
        ? section * parties + by.party()
        : COUNT_SECTIONS * parties + noOverallControl;
  }

  /**
   * Adds (sign +1) or removes (sign -1) the progress of a council counted ward by ward into a
   * progress array being built: in progress, and control decided early, until its last ward.
   */
  private void addProgress(int[] into, WardCount count, int sign) {
    if (count instanceof WardCount.InProgress inProgress) {
      into[parties + IN_PROGRESS] += sign;
      if (inProgress.decided instanceof ControlledBy by) {
        into[by.party()] += sign;
      } else if (inProgress.decided instanceof NoOverallControl) {
        into[parties + DECIDED_NOC] += sign;
      }
    }
  }

  /**
   * Totals of one group (group 0) built from scratch, for filters without a kept group: {@code
   * states} with, at the same positions, their councils' facts.
   */
  static Accumulator sum(
      int parties,
      int expected,
      int seatsExpected,
      int wardsExpected,
      List<CouncilState> states,
      List<CouncilFacts> councils) {
    Accumulator empty =
        empty(parties, new int[] {expected}, new int[] {seatsExpected}, new int[] {wardsExpected});
    int[] seats = empty.seats[0];
    int[] counts = empty.counts[0];
    int[] progress = empty.progress[0];
    WardSums wards = empty.wards[0];
    for (int i = 0; i < states.size(); i++) {
      CouncilState state = states.get(i);
      CheckedDeclaration council = CouncilState.declared(state);
      if (council != null) {
        empty.addSeats(seats, council, +1);
      }
      empty.addCounts(counts, state, +1, councils.get(i));
      if (state instanceof WardCount count) {
        empty.addProgress(progress, count, +1);
        wards = wards.plus(count.sums, +1);
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
              seats[WON * parties + p] + counts[CONTINUING * parties + p],
              counts[COUNCILS_WITHOUT_PREVIOUS * parties + p],
              counts[WON_WITHOUT_PREVIOUS * parties + p]);
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
        counts[scalars + DECLARED_WITHOUT_PREVIOUS],
        counts[scalars + NOC_WITHOUT_PREVIOUS],
        new CountProgress(
            progress[parties + IN_PROGRESS],
            counts[scalars + SEATS_DECLARED],
            seatsExpected,
            decidedEarly,
            progress[parties + DECIDED_NOC]),
        wardsExpected == 0 ? WardTotals.empty() : wards.toTotals(partyList, wardsExpected));
  }
}
