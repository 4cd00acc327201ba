package org.psephos.tally;

import org.jspecify.annotations.Nullable;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.Declaration;
import org.psephos.Party;
import org.psephos.DataSubject;
import org.psephos.SeatCountException;
import org.psephos.internal.CompositionArrays;
import org.psephos.ward.WardResult;

/**
 * A declared council inside a tally, as the {@link CouncilState} it is (one object, so that an
 * update reaches the figures it replaces in one step): its declaration and its contribution to the standings: seats
 * won per party as one dense array, the seats defended among those still to fill per party (null
 * when none, as in every complete declaration), and the party controlling it after the
 * declaration. Its baseline seats and holdings follow from these and the council's data in the
 * {@link ElectionIndex} (baseline less defended; won plus continuing), so that replacing a
 * declaration changes only seats won and holdings unless control, the seats declared or the seats
 * defended change. Built once when the declaration is applied, after validation; immutable.
 */
final class DeclaredCouncil extends CouncilState {
  private static final CompositionArrays ARRAYS = CompositionArrays.get();

  final Declaration declaration;
  /** Seats won per party position; never changed once built. */
  final int[] won;
  /** Seats defended among those still to fill per party position, or null if none. */
  final int @Nullable [] defended;
  /** The position of the party controlling the council after, or -1 for NOC. */
  final int controlAfter;

  private DeclaredCouncil(
      @Nullable Declaration whole,
      @Nullable WardResult[] results,
      int wardsIn,
      WardSums sums,
      int seatsDeclared,
      Declaration declaration,
      int[] won,
      int @Nullable [] defended,
      int controlAfter) {
    super(whole, results, wardsIn, sums, seatsDeclared, NOT_IN_PROGRESS);
    this.declaration = declaration;
    this.won = won;
    this.defended = defended;
    this.controlAfter = controlAfter;
  }

  /**
   * Validates a declaration against its contest and computes its contribution, in time
   * proportional to the number of parties. The checks, and the exception thrown when one fails,
   * are those of {@link Tally#apply}: seats first, then the parties named (seats won, then seats
   * defended among those still to fill), then the seats defended against the baseline.
   *
   * <p>The state's other figures are given: {@code whole} is the declaration if it was applied
   * as a whole, null if it is the sum of the council's ward results, which are {@code results}.
   *
   * @throws org.psephos.ElectionDataException if the declaration does not fit its contest
   */
  static DeclaredCouncil of(
      ElectionIndex index,
      int c,
      Declaration declaration,
      @Nullable Declaration whole,
      @Nullable WardResult[] results,
      int wardsIn,
      WardSums sums,
      int seatsDeclared) {
    Contest contest = index.contests[c];
    int[] data = index.councilData[c];
    int contested = index.contested(data);
    Composition seatsWon = declaration.seatsWon();
    int filled = seatsWon.filled();
    if (filled > contested) {
      throw new SeatCountException(
          contest.council().label()
              + ": seats won ("
              + filled
              + ") exceed seats contested ("
              + contested
              + ")",
          DataSubject.council(contest.council()),
          filled,
          contested);
    }
    if (filled + declaration.stillToFill() != contested) {
      throw new SeatCountException(
          contest.council().label()
              + ": seats won ("
              + filled
              + ") plus seats still to fill ("
              + declaration.stillToFill()
              + ") do not equal seats contested ("
              + contested
              + ")",
          DataSubject.council(contest.council()),
          filled + declaration.stillToFill(),
          contested);
    }
    int parties = index.parties.length;
    int[] won = new int[parties];
    int wonCount = ARRAYS.listedCount(seatsWon);
    for (int i = 0; i < wonCount; i++) {
      int p = index.knownPartyPosition(ARRAYS.listedParty(seatsWon, i));
      if (p < 0) {
        throw unknownParty(index, declaration);
      }
      won[p] = ARRAYS.listedSeats(seatsWon, i);
    }
    Composition defendedSeats = declaration.defendedStillToFill();
    int defendedCount = ARRAYS.listedCount(defendedSeats);
    int[] defended = null;
    if (defendedCount != 0) {
      if (!allKnown(index, defendedSeats)) {
        throw unknownParty(index, declaration);
      }
      for (int i = 0; i < defendedCount; i++) {
        Party party = ARRAYS.listedParty(defendedSeats, i);
        int n = ARRAYS.listedSeats(defendedSeats, i);
        int p = index.partyPosition(party);
        int baseline = data[ElectionIndex.BASELINE_SEATS * parties + p];
        if (n > baseline) {
          throw new SeatCountException(
              contest.council().label()
                  + ": seats still to fill defended by "
                  + party.label()
                  + " ("
                  + n
                  + ") exceed its baseline seats ("
                  + baseline
                  + ", "
                  + index.baseline
                  + ")",
              DataSubject.council(contest.council()).withParty(party.id()),
              n,
              baseline);
        }
        if (n > 0) {
          if (defended == null) {
            defended = new int[parties];
          }
          defended[p] = n;
        }
      }
    }
    int majority = index.majority(data);
    int controlAfter = -1;
    for (int p = 0; p < parties; p++) {
      if (won[p] + data[ElectionIndex.CONTINUING_SEATS * parties + p] >= majority
          && data[ElectionIndex.MAY_CONTROL * parties + p] != 0) {
        controlAfter = p;
      }
    }
    return new DeclaredCouncil(
        whole, results, wardsIn, sums, seatsDeclared, declaration, won, defended, controlAfter);
  }

  private static boolean allKnown(ElectionIndex index, Composition listed) {
    for (int i = 0, n = ARRAYS.listedCount(listed); i < n; i++) {
      if (index.knownPartyPosition(ARRAYS.listedParty(listed, i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The exception for a declaration naming a party that is not the election's: the election names
   * the first such party, seats won before seats defended among those still to fill.
   */
  private static RuntimeException unknownParty(ElectionIndex index, Declaration declaration) {
    String name = declaration.council().label();
    for (Party party : declaration.seatsWon().parties()) {
      index.election.requireParty(party, name + ": seats won");
    }
    for (Party party : declaration.defendedStillToFill().parties()) {
      index.election.requireParty(party, name + ": seats defended among those still to fill");
    }
    return new IllegalStateException(name + ": a party is unknown, yet the election knows each");
  }
}
