package org.psephos.tally;

import java.util.Arrays;
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
 * <p>Seats won per party, the figures every replaced declaration changes, are kept apart from this
 * object, in a <em>seats table</em> the tally holds: per region and council type group, the row
 * holding its seats. A row is made by one update and holds the seats of the two groups that update
 * changed, the council's region and its type, each in the section of its kind; the table's other
 * groups keep pointing at older rows. The whole election's seats are not kept: they are the sum of
 * its council types' (at most eight). So a replaced declaration allocates one row and one table,
 * and no new accumulator unless its other figures change. Only this class reads a row.
 *
 * <p>Each group's other council figures live in {@code counts}: baseline seats, councils after,
 * councils before and the continuing seats of the declared councils per party (holdings are seats
 * won plus these), then the scalar figures (which a replaced declaration changes only if control,
 * the seats declared or the seats defended change). The count's progress lives in a third array,
 * and the ward sums apart. Never changed once published: an update copies the arrays it changes
 * for the three groups a council belongs to, in time proportional to the number of parties, and
 * the table of each kind of array it changes (one slot per group); it shares every other array.
 */
final class Accumulator {
  // sections of a seats row, in units of the number of parties: the region and the council type
  // whose seats the update making the row changed
  private static final int REGION_SECTION = 0;
  private static final int TYPE_SECTION = 1;
  private static final int SEAT_SECTIONS = 2;
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

  /** The index whose parties and groups these totals number. */
  final ElectionIndex index;
  private final int parties;
  /** The first council type group: groups before it, but the election, are regions. */
  private final int firstTypeGroup;
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
      ElectionIndex index,
      int parties,
      int firstTypeGroup,
      int[][] counts,
      int[][] progress,
      WardSums[] wards,
      int[] expected,
      int[] seatsExpected,
      int[] wardsExpected) {
    this.index = index;
    this.parties = parties;
    this.firstTypeGroup = firstTypeGroup;
    this.counts = counts;
    this.progress = progress;
    this.wards = wards;
    this.expected = expected;
    this.seatsExpected = seatsExpected;
    this.wardsExpected = wardsExpected;
  }

  /** Zero totals for the groups of an index: the whole election, its regions and its types. */
  static Accumulator of(ElectionIndex index) {
    return empty(
        index, index.firstTypeGroup, index.expected, index.seatsExpected, index.wardsExpected);
  }

  /**
   * Zero totals for as many groups as the arrays of councils, seats and wards expected per group
   * have slots (groups from {@code firstTypeGroup} on are council types, those before it but the
   * first regions); those arrays are kept, never changed.
   */
  private static Accumulator empty(
      ElectionIndex index,
      int firstTypeGroup,
      int[] expected,
      int[] seatsExpected,
      int[] wardsExpected) {
    int parties = index.parties.length;
    int groups = expected.length;
    int[][] counts = new int[groups][];
    int[][] progress = new int[groups][];
    WardSums[] wards = new WardSums[groups];
    WardSums zero = WardSums.zero(parties);
    for (int g = 0; g < groups; g++) {
      counts[g] = new int[COUNT_SECTIONS * parties + SCALARS];
      progress[g] = new int[parties + PROGRESS_SCALARS];
      wards[g] = zero;
    }
    return new Accumulator(
        index,
        parties,
        firstTypeGroup,
        counts,
        progress,
        wards,
        expected,
        seatsExpected,
        wardsExpected);
  }

  /**
   * A seats table of no seats won for this accumulator's groups: every region and council type
   * group on one zero row. The table has a slot per group but the whole election ({@link
   * #seatsWon} sums the election's seats from its council types), group g in slot g - 1.
   */
  int[][] emptySeats() {
    int[][] table = new int[expected.length - 1][];
    Arrays.fill(table, new int[SEAT_SECTIONS * parties]);
    return table;
  }

  /**
   * A seats table with a council's seats won replaced in its region and its council type: one new
   * row holding the two groups' new seats, and a copy of the table pointing those groups at it.
   * Returns the table itself if the council is declared neither before nor after.
   */
  int[][] replaceSeats(
      int[][] table,
      CouncilFacts council,
      @Nullable CheckedDeclaration before,
      @Nullable CheckedDeclaration after) {
    if (before == null && after == null) {
      return table;
    }
    int[] region = table[council.regionGroup - 1];
    int[] type = table[council.typeGroup - 1];
    int[] taken = before == null ? null : before.won;
    int[] added = after == null ? null : after.won;
    int[] row = new int[SEAT_SECTIONS * parties];
    for (int p = 0; p < parties; p++) {
      int change = (added == null ? 0 : added[p]) - (taken == null ? 0 : taken[p]);
      row[REGION_SECTION * parties + p] = region[REGION_SECTION * parties + p] + change;
      row[TYPE_SECTION * parties + p] = type[TYPE_SECTION * parties + p] + change;
    }
    int[][] next = table.clone();
    next[council.regionGroup - 1] = row;
    next[council.typeGroup - 1] = row;
    return next;
  }

  /**
   * Group {@code g}'s seats won per party, read from a seats table: a region's or a council
   * type's from the section of its kind in the row the table holds for it; the whole election's
   * summed over its council types (at most one group per {@link org.psephos.CouncilType}, and
   * every council has one type), in time proportional to the number of parties.
   */
  int[] seatsWon(int[][] table, int g) {
    int[] won = new int[parties];
    if (g == ElectionIndex.ALL) {
      for (int t = firstTypeGroup; t < expected.length; t++) {
        int[] row = table[t - 1];
        for (int p = 0; p < parties; p++) {
          won[p] += row[TYPE_SECTION * parties + p];
        }
      }
    } else {
      int from = (g < firstTypeGroup ? REGION_SECTION : TYPE_SECTION) * parties;
      System.arraycopy(table[g - 1], from, won, 0, parties);
    }
    return won;
  }

  /**
   * The totals but seats won with a council's contribution replaced in its three groups (the
   * whole election, its region and its type): {@code old} taken out (null if the council had no
   * result), {@code now} put in (null to withdraw it). Returns this accumulator if none of these
   * figures change (a declaration replaced by one of the same control, seats declared and seats
   * defended): seats won are in the seats table ({@link #replaceSeats}).
   */
  Accumulator replace(
      CouncilFacts council, @Nullable CouncilState old, @Nullable CouncilState now) {
    CheckedDeclaration before = CouncilState.declared(old);
    CheckedDeclaration after = CouncilState.declared(now);
    boolean countsChange =
        old == null
            || now == null
            || council.controlBefore == null
            || before == null
            || after == null
            || !before.controlAfter.equals(after.controlAfter)
            || before.seatsDeclared() != after.seatsDeclared()
            || before.leftOut() != null
            || after.leftOut() != null;
    boolean wardsChange = old instanceof WardCount || now instanceof WardCount;
    if (!countsChange && !wardsChange) {
      return this;
    }
    int[][] nextCounts = countsChange ? counts.clone() : counts;
    int[][] nextProgress = wardsChange ? progress.clone() : progress;
    WardSums[] nextWards = wardsChange ? wards.clone() : wards;
    for (int i = 0; i < 3; i++) {
      int g = i == 0 ? ElectionIndex.ALL : i == 1 ? council.regionGroup : council.typeGroup;
      if (countsChange) {
        int[] next = counts[g].clone();
        addCounts(next, old, -1, council);
        addCounts(next, now, +1, council);
        nextCounts[g] = next;
      }
      if (wardsChange) {
        int[] groupProgress = progress[g].clone();
        WardSums out = null;
        WardSums in = null;
        if (old instanceof WardCount count) {
          addProgress(groupProgress, count, -1);
          out = count.sums;
        }
        if (now instanceof WardCount count) {
          addProgress(groupProgress, count, +1);
          in = count.sums;
        }
        nextProgress[g] = groupProgress;
        nextWards[g] = wards[g].replacing(out, in);
      }
    }
    return new Accumulator(
        index,
        parties,
        firstTypeGroup,
        nextCounts,
        nextProgress,
        nextWards,
        expected,
        seatsExpected,
        wardsExpected);
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
      int[] leftOut = council.leftOut();
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
   * The standings of one group built from scratch, for filters without a kept group: {@code
   * states} with, at the same positions, their councils' facts.
   */
  static Standings sum(
      ElectionIndex index,
      int expected,
      int seatsExpected,
      int wardsExpected,
      List<CouncilState> states,
      List<CouncilFacts> councils) {
    Party[] partyList = index.parties;
    int parties = partyList.length;
    Accumulator empty =
        empty(
            index,
            1,
            new int[] {expected},
            new int[] {seatsExpected},
            new int[] {wardsExpected});
    int[] seats = new int[parties];
    int[] counts = empty.counts[0];
    int[] progress = empty.progress[0];
    WardSums wards = empty.wards[0];
    for (int i = 0; i < states.size(); i++) {
      CouncilState state = states.get(i);
      CheckedDeclaration council = CouncilState.declared(state);
      if (council != null) {
        int[] won = council.won;
        for (int p = 0; p < parties; p++) {
          seats[p] += won[p];
        }
      }
      empty.addCounts(counts, state, +1, councils.get(i));
      if (state instanceof WardCount count) {
        empty.addProgress(progress, count, +1);
        wards = wards.replacing(null, count.sums);
      }
    }
    empty.wards[0] = wards;
    return empty.toStandings(0, seats, partyList);
  }

  /** The councils declared in a group. */
  int declared(int g) {
    return counts[g][COUNT_SECTIONS * parties + DECLARED];
  }

  /** The councils in progress in a group. */
  int inProgress(int g) {
    return progress[g][parties + IN_PROGRESS];
  }

  /** The standings of group {@code g}, its seats won read from a seats table. */
  Standings toStandings(int g, int[][] seatsTable, Party[] partyList) {
    return toStandings(g, seatsWon(seatsTable, g), partyList);
  }

  /** The standings of group {@code g}, given its seats won per party. */
  private Standings toStandings(int g, int[] seats, Party[] partyList) {
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
              seats[p],
              counts[BASELINE * parties + p],
              seats[p] + counts[CONTINUING * parties + p],
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
