package org.psephos.tally;

import org.jspecify.annotations.Nullable;
import org.psephos.Composition;
import org.psephos.DataSubject;
import org.psephos.Declaration;
import org.psephos.Party;
import org.psephos.SeatBaseline;
import org.psephos.SeatCountException;

/**
 * Checks a {@link Declaration} against its council's contest, once, and numbers it as the
 * election numbers its parties: the checks of {@link Tally#check(Declaration)}, in this order:
 * seats won against seats contested, then the parties named (seats won, then seats defended and
 * seats held among those still to fill), then the seats defended among those still to fill
 * against each party's seats as last fought, and the seats held among them against each party's
 * seats on the eve of the poll. Each composition is read once, through its map.
 */
final class DeclarationCheck {
  private DeclarationCheck() {}

  static CheckedDeclaration check(
      ElectionIndex index, CouncilFacts council, Declaration declaration) {
    int filled = declaration.seatsDeclared();
    if (filled > council.contested) {
      throw new SeatCountException(
          label(council)
              + ": seats won ("
              + filled
              + ") exceed seats contested ("
              + council.contested
              + ")",
          DataSubject.council(council.contest.council()),
          filled,
          council.contested);
    }
    if (filled + declaration.stillToFill() != council.contested) {
      throw new SeatCountException(
          label(council)
              + ": seats won ("
              + filled
              + ") plus seats still to fill ("
              + declaration.stillToFill()
              + ") do not equal seats contested ("
              + council.contested
              + ")",
          DataSubject.council(council.contest.council()),
          (long) filled + declaration.stillToFill(),
          council.contested);
    }
    int[] won = dense(index, declaration.seatsWon());
    int[] defended = dense(index, declaration.defendedStillToFill());
    int[] held = dense(index, declaration.heldStillToFill());
    if (won == null || defended == null || held == null) {
      throw unknownParty(index, declaration);
    }
    int[] leftOut = null;
    if (declaration.isProvisional()) {
      atMost(
          index, council, "defended by", defended, council.lastFought, SeatBaseline.LAST_FOUGHT);
      atMost(index, council, "held by", held, council.preElection, SeatBaseline.PRE_ELECTION);
      Composition baselineLeftOut = index.baseline.stillToFill(council.contest, declaration);
      if (!baselineLeftOut.isEmpty()) {
        leftOut =
            baselineLeftOut == declaration.defendedStillToFill()
                ? defended
                : baselineLeftOut == declaration.heldStillToFill()
                    ? held
                    : dense(index, baselineLeftOut);
      }
    }
    return new CheckedDeclaration(
        council,
        won,
        leftOut,
        council.controlAfter(won),
        filled,
        declaration);
  }

  /** The council as messages name it; made only for a message. */
  private static String label(CouncilFacts council) {
    return council.contest.council().label();
  }

  /**
   * Checks that no party has more of the seats still to fill than its seats under a baseline:
   * {@code what} is "defended by" or "held by".
   */
  private static void atMost(
      ElectionIndex index,
      CouncilFacts council,
      String what,
      int[] seats,
      int[] baseline,
      SeatBaseline kind) {
    for (int p = 0; p < seats.length; p++) {
      if (seats[p] > baseline[p]) {
        throw new SeatCountException(
            label(council)
                + ": seats still to fill "
                + what
                + " "
                + index.parties[p].label()
                + " ("
                + seats[p]
                + ") exceed its baseline seats ("
                + baseline[p]
                + ", "
                + kind.label()
                + ")",
            DataSubject.council(council.contest.council()).withParty(index.parties[p].id()),
            seats[p],
            baseline[p]);
      }
    }
  }

  /**
   * A composition's seats per party position, or null if it lists a party (even with no seats)
   * that is not one of the election's. Read by position, without a map: a declaration's parties
   * are found by identity: first among the next few of the election's parties after the last one
   * found, then in one or two probes of a table.
   */
  private static int @Nullable [] dense(ElectionIndex index, Composition composition) {
    int listed = composition.partyCount();
    if (listed == 0) {
      return index.noSeats;
    }
    int[] dense = new int[index.parties.length];
    int next = 0;
    for (int i = 0; i < listed; i++) {
      int p = index.knownPartyPosition(composition.partyAt(i), next);
      if (p < 0) {
        return null;
      }
      dense[p] = composition.seatsAt(i);
      next = p + 1;
    }
    return dense;
  }

  /**
   * The exception for a declaration naming a party that is not the election's: the election names
   * the first such party, seats won before seats defended, then held, among those still to fill.
   */
  private static RuntimeException unknownParty(ElectionIndex index, Declaration declaration) {
    String name = declaration.council().label();
    for (Party party : declaration.seatsWon().parties()) {
      index.election.requireParty(party, name + ": seats won");
    }
    for (Party party : declaration.defendedStillToFill().parties()) {
      index.election.requireParty(party, name + ": seats defended among those still to fill");
    }
    for (Party party : declaration.heldStillToFill().parties()) {
      index.election.requireParty(party, name + ": seats held among those still to fill");
    }
    return new IllegalStateException(name + ": a party is unknown, yet the election knows each");
  }
}
