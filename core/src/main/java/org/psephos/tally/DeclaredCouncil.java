package org.psephos.tally;

import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.Declaration;
import org.psephos.Party;
import org.psephos.SeatCountException;
import org.psephos.internal.CompositionArrays;

/**
 * A declared council inside a tally: its declaration and its contribution to the standings as one
 * dense array of per-party figures (seats won, baseline seats, holdings, laid out as the first
 * three sections of an {@link Accumulator}'s totals) plus the party controlling it after the
 * declaration. Built once when the declaration is applied, after validation; immutable.
 */
final class DeclaredCouncil {
  /** The section of seats won in {@link #figures}, in units of the number of parties. */
  static final int WON = 0;
  /** The section of baseline seats. */
  static final int BASELINE = 1;
  /** The section of holdings: seats won plus continuing seats. */
  static final int HOLDINGS = 2;
  /** The number of sections. */
  static final int SECTIONS = 3;

  private static final CompositionArrays ARRAYS = CompositionArrays.get();

  final Declaration declaration;
  /** Per party: seats won, then baseline seats, then holdings; never changed once built. */
  final int[] figures;
  /** The position of the party controlling the council after, or -1 for NOC. */
  final int controlAfter;

  private DeclaredCouncil(Declaration declaration, int[] figures, int controlAfter) {
    this.declaration = declaration;
    this.figures = figures;
    this.controlAfter = controlAfter;
  }

  /**
   * Validates a declaration against its contest and computes its contribution, in time
   * proportional to the number of parties. The checks, and the exception thrown when one fails,
   * are those of {@link Tally#apply}: seats first, then the parties named (seats won, then seats
   * defended among those still to fill), then the seats defended against the baseline.
   *
   * @throws org.psephos.ElectionDataException if the declaration does not fit its contest
   */
  static DeclaredCouncil of(ElectionIndex index, int c, Declaration declaration) {
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
              + ")");
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
              + ")");
    }
    int parties = index.parties.length;
    int[] figures = new int[SECTIONS * parties];
    // baseline seats, then continuing seats as the start of the holdings
    System.arraycopy(
        data,
        ElectionIndex.BASELINE_SEATS * parties,
        figures,
        BASELINE * parties,
        2 * parties);
    Party[] wonParties = ARRAYS.listedParties(seatsWon);
    int[] wonSeats = ARRAYS.listedSeats(seatsWon);
    for (int i = 0; i < wonParties.length; i++) {
      int p = index.knownPartyPosition(wonParties[i]);
      if (p < 0) {
        throw unknownParty(index, declaration);
      }
      int n = wonSeats[i];
      figures[WON * parties + p] = n;
      figures[HOLDINGS * parties + p] += n;
    }
    Composition defended = declaration.defendedStillToFill();
    Party[] defendedParties = ARRAYS.listedParties(defended);
    if (defendedParties.length != 0 && !allKnown(index, defendedParties)) {
      throw unknownParty(index, declaration);
    }
    int[] defendedSeats = ARRAYS.listedSeats(defended);
    for (int i = 0; i < defendedParties.length; i++) {
      Party party = defendedParties[i];
      int n = defendedSeats[i];
      int p = index.partyPosition(party);
      int baseline = figures[BASELINE * parties + p];
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
                + ")");
      }
      figures[BASELINE * parties + p] = baseline - n;
    }
    int majority = index.majority(data);
    int controlAfter = -1;
    for (int p = 0; p < parties; p++) {
      if (figures[HOLDINGS * parties + p] >= majority
          && data[ElectionIndex.MAY_CONTROL * parties + p] != 0) {
        controlAfter = p;
      }
    }
    return new DeclaredCouncil(declaration, figures, controlAfter);
  }

  private static boolean allKnown(ElectionIndex index, Party[] listed) {
    for (Party party : listed) {
      if (index.knownPartyPosition(party) < 0) {
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
    for (Party party : declaration.seatsWon().listedParties()) {
      index.election.requireParty(party, name + ": seats won");
    }
    for (Party party : declaration.defendedStillToFill().listedParties()) {
      index.election.requireParty(party, name + ": seats defended among those still to fill");
    }
    return new IllegalStateException(name + ": a party is unknown, yet the election knows each");
  }
}
