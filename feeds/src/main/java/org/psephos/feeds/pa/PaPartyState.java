package org.psephos.feeds.pa;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One line of a state-of-parties message ({@code LocalStateOfParties/Parties/Party}): a party, or
 * the "No Overall Control" pseudo-party, which has no {@code paId}.
 *
 * @param paId PA's party id; empty for no overall control
 * @param name the party's name
 * @param abbreviation the party's abbreviation
 * @param totalCouncils councils controlled after the results
 * @param changeInControl the change in councils controlled
 * @param seatsWon seats won
 * @param netChangeInSeats seats won less seats offered
 */
public record PaPartyState(
    Optional<String> paId,
    String name,
    String abbreviation,
    int totalCouncils,
    int changeInControl,
    int seatsWon,
    int netChangeInSeats) {

  /**
   * Checks the components are present.
   *
   * @param paId PA's party id, empty for no overall control
   * @param name the name
   * @param abbreviation the abbreviation
   * @param totalCouncils councils controlled
   * @param changeInControl change in councils controlled
   * @param seatsWon seats won
   * @param netChangeInSeats net change in seats
   */
  public PaPartyState {
    requireNonNull(paId, "paId");
    requireNonNull(name, "name");
    requireNonNull(abbreviation, "abbreviation");
  }

  /**
   * Whether this is the "No Overall Control" line.
   *
   * @return true when the line has no {@code paId}
   */
  public boolean isNoOverallControl() {
    return paId.isEmpty();
  }
}
