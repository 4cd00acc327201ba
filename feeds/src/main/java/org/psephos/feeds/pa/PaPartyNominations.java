package org.psephos.feeds.pa;

import static java.util.Objects.requireNonNull;

/**
 * One party's nominations to one council ({@code LocalElectionNominations/Election/Council/Party}).
 *
 * @param paId PA's party id, such as {@code "662"}
 * @param name the party's full name, such as {@code "Labour"}
 * @param abbreviation PA's abbreviation, such as {@code "Lab"}; result files name parties by it
 * @param seatsHeld the party's seats on the eve of poll
 * @param seatsOffered of those, the seats up for election
 * @param path the element path, for messages
 */
public record PaPartyNominations(
    String paId, String name, String abbreviation, int seatsHeld, int seatsOffered, String path) {

  /**
   * Checks the components are present.
   *
   * @param paId PA's party id
   * @param name the full name
   * @param abbreviation the abbreviation
   * @param seatsHeld seats on the eve of poll
   * @param seatsOffered seats up for election
   * @param path the element path
   */
  public PaPartyNominations {
    requireNonNull(paId, "paId");
    requireNonNull(name, "name");
    requireNonNull(abbreviation, "abbreviation");
    requireNonNull(path, "path");
  }

  /**
   * The seats not up for election: held less offered (PA's convention).
   *
   * @return the continuing seats
   */
  public int continuing() {
    return seatsHeld - seatsOffered;
  }
}
