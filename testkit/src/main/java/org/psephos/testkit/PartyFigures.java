package org.psephos.testkit;

import java.util.Objects;

/**
 * One party's line of the standings, as plain numbers: what a results system shows for a party in
 * a state-of-parties table.
 *
 * @param partyId the party's id in the election
 * @param councils councils it controls after the declarations
 * @param councilsBefore of the declared councils, those it controlled before
 * @param seatsWon seats it won in the declared councils
 * @param baselineSeats its seats in the same contests under the chosen baseline (the seats still to
 *     fill that baseline's holders had left out)
 * @param seatsHeld its seats in the declared councils after the declarations: continuing seats
 *     plus seats won
 */
public record PartyFigures(
    String partyId,
    int councils,
    int councilsBefore,
    int seatsWon,
    int baselineSeats,
    int seatsHeld) {

  /**
   * Checks the party id is there.
   *
   * @param partyId the party's id
   * @param councils councils controlled
   * @param councilsBefore councils controlled before
   * @param seatsWon seats won
   * @param baselineSeats baseline seats
   * @param seatsHeld seats held
   * @throws NullPointerException if the id is null
   */
  public PartyFigures {
    Objects.requireNonNull(partyId, "partyId");
  }

  /**
   * Whether every figure is 0: such a line is left out of {@link StandingsFigures}, so systems need
   * not list parties with nothing.
   *
   * @return whether all figures are 0
   */
  public boolean isZero() {
    return councils == 0 && councilsBefore == 0 && seatsWon == 0 && baselineSeats == 0
        && seatsHeld == 0;
  }

  /**
   * The sum of two lines of the same party (standings of disjoint groups of councils add up).
   *
   * @param other another line of the same party
   * @return the sum
   * @throws IllegalArgumentException if the party differs
   */
  public PartyFigures plus(PartyFigures other) {
    if (!partyId.equals(other.partyId)) {
      throw new IllegalArgumentException(
          "cannot add the figures of " + other.partyId + " to those of " + partyId);
    }
    return new PartyFigures(
        partyId,
        councils + other.councils,
        councilsBefore + other.councilsBefore,
        seatsWon + other.seatsWon,
        baselineSeats + other.baselineSeats,
        seatsHeld + other.seatsHeld);
  }
}
