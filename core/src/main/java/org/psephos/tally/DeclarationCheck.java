package org.psephos.tally;

import java.util.Map;
import java.util.function.BiConsumer;
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
    String name = council.contest.council().label();
    int filled = declaration.seatsDeclared();
    if (filled > council.contested) {
      throw new SeatCountException(
          name + ": seats won (" + filled + ") exceed seats contested (" + council.contested + ")",
          DataSubject.council(council.contest.council()),
          filled,
          council.contested);
    }
    if (filled + declaration.stillToFill() != council.contested) {
      throw new SeatCountException(
          name
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
      atMost(index, name, DataSubject.council(council.contest.council()), "defended by", defended, council.lastFought, SeatBaseline.LAST_FOUGHT);
      atMost(index, name, DataSubject.council(council.contest.council()), "held by", held, council.preElection, SeatBaseline.PRE_ELECTION);
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
        index,
        council.position,
        won,
        leftOut,
        council.controlAfter(won),
        filled,
        declaration);
  }

  /**
   * Checks that no party has more of the seats still to fill than its seats under a baseline:
   * {@code what} is "defended by" or "held by".
   */
  private static void atMost(
      ElectionIndex index,
      String name,
      DataSubject subject,
      String what,
      int[] seats,
      int[] baseline,
      SeatBaseline kind) {
    for (int p = 0; p < seats.length; p++) {
      if (seats[p] > baseline[p]) {
        throw new SeatCountException(
            name
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
            subject.withParty(index.parties[p].id()),
            seats[p],
            baseline[p]);
      }
    }
  }

  /**
   * A composition's seats per party position, or null if it lists a party (even with no seats)
   * that is not one of the election's.
   */
  private static int @Nullable [] dense(ElectionIndex index, Composition composition) {
    if (composition.parties().isEmpty()) {
      return index.noSeats;
    }
    Map<Party, Integer> seats = composition.asMap();
    DenseReader reader = new DenseReader(index);
    seats.forEach(reader);
    if (reader.unknown) {
      return null;
    }
    return reader.dense;
  }

  /** Reads seats per party into a dense array, noting any party the election does not know. */
  private static final class DenseReader implements BiConsumer<Party, Integer> {
    private final ElectionIndex index;
    final int[] dense;
    boolean unknown;

    DenseReader(ElectionIndex index) {
      this.index = index;
      this.dense = new int[index.parties.length];
    }

    @Override
    public void accept(Party party, Integer seats) {
      int p = index.knownPartyPosition(party);
      if (p < 0) {
        unknown = true;
      } else {
        dense[p] = seats;
      }
    }
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
