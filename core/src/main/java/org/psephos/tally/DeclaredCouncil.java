package org.psephos.tally;

import java.util.Map;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.Declaration;
import org.psephos.Party;
import org.psephos.SeatCountException;

/**
 * A declared council inside a tally: its declaration and its contribution to the standings as
 * dense per-party arrays (seats won, baseline seats, holdings) plus the party controlling it after
 * the declaration. Built once when the declaration is applied, after validation; immutable.
 */
final class DeclaredCouncil {
  final Declaration declaration;
  final int[] won;
  final int[] baseline;
  final int[] holdings;
  /** The position of the party controlling the council after, or -1 for NOC. */
  final int controlAfter;

  private DeclaredCouncil(
      Declaration declaration, int[] won, int[] baseline, int[] holdings, int controlAfter) {
    this.declaration = declaration;
    this.won = won;
    this.baseline = baseline;
    this.holdings = holdings;
    this.controlAfter = controlAfter;
  }

  /**
   * Validates a declaration against its contest and computes its contribution, in time
   * proportional to the number of parties.
   *
   * @throws org.psephos.ElectionDataException if the declaration does not fit its contest
   */
  static DeclaredCouncil of(ElectionIndex index, int c, Declaration declaration) {
    Contest contest = index.contests[c];
    Council council = contest.council();
    String name = council.label();
    int seatsWon = declaration.seatsWon().filled();
    if (seatsWon > contest.contested()) {
      throw new SeatCountException(
          name
              + ": seats won ("
              + seatsWon
              + ") exceed seats contested ("
              + contest.contested()
              + ")");
    }
    if (seatsWon + declaration.stillToFill() != contest.contested()) {
      throw new SeatCountException(
          name
              + ": seats won ("
              + seatsWon
              + ") plus seats still to fill ("
              + declaration.stillToFill()
              + ") do not equal seats contested ("
              + contest.contested()
              + ")");
    }
    int parties = index.parties.length;
    int[] won = new int[parties];
    int[] baseline = new int[parties];
    int[] holdings = new int[parties];
    for (Party party : declaration.seatsWon().listedParties()) {
      index.election.requireParty(party, name + ": seats won");
    }
    for (Party party : declaration.defendedStillToFill().listedParties()) {
      index.election.requireParty(party, name + ": seats defended among those still to fill");
    }
    for (Map.Entry<Party, Integer> entry : declaration.seatsWon().asMap().entrySet()) {
      int p = index.partyPosition(entry.getKey());
      won[p] = entry.getValue();
      holdings[p] = entry.getValue();
    }
    int[] baseParties = index.baselineParties[c];
    int[] baseSeats = index.baselineSeats[c];
    for (int i = 0; i < baseParties.length; i++) {
      baseline[baseParties[i]] = baseSeats[i];
    }
    for (Map.Entry<Party, Integer> entry :
        declaration.defendedStillToFill().asMap().entrySet()) {
      Party party = entry.getKey();
      int p = index.partyPosition(party);
      if (entry.getValue() > baseline[p]) {
        throw new SeatCountException(
            name
                + ": seats still to fill defended by "
                + party.label()
                + " ("
                + entry.getValue()
                + ") exceed its baseline seats ("
                + baseline[p]
                + ", "
                + index.baseline
                + ")");
      }
      baseline[p] -= entry.getValue();
    }
    int[] contParties = index.continuingParties[c];
    int[] contSeats = index.continuingSeats[c];
    for (int i = 0; i < contParties.length; i++) {
      holdings[contParties[i]] += contSeats[i];
    }
    int majority = council.majority();
    int controlAfter = -1;
    for (int p = 0; p < parties; p++) {
      if (holdings[p] >= majority && index.rule.canControl(council, index.parties[p])) {
        controlAfter = p;
      }
    }
    return new DeclaredCouncil(declaration, won, baseline, holdings, controlAfter);
  }
}
