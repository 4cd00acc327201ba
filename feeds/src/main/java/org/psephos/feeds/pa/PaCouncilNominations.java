package org.psephos.feeds.pa;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The nominations to one council ({@code LocalElectionNominations/Election/Council}).
 *
 * @param paId PA's council id, such as {@code "4735"}
 * @param name the council's name
 * @param type PA's council type: England (a county), Scotland, Wales, Metro, Non-Met, Unitary or
 *     London
 * @param proportion PA's proportion of seats up: all, half or third
 * @param boundaryChange whether the council's wards changed since the seats were last fought
 * @param parties the parties' nominations, in the file's order
 * @param path the element path, for messages
 */
public record PaCouncilNominations(
    String paId,
    String name,
    String type,
    String proportion,
    boolean boundaryChange,
    List<PaPartyNominations> parties,
    String path) {

  /**
   * Copies the parties.
   *
   * @param paId PA's council id
   * @param name the council's name
   * @param type PA's council type
   * @param proportion PA's proportion of seats up
   * @param boundaryChange whether the boundaries changed
   * @param parties the parties' nominations
   * @param path the element path
   */
  public PaCouncilNominations {
    requireNonNull(paId, "paId");
    requireNonNull(name, "name");
    requireNonNull(type, "type");
    requireNonNull(proportion, "proportion");
    parties = List.copyOf(parties);
    requireNonNull(path, "path");
  }
}
