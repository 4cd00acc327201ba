package org.psephos.feeds.pa;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A {@code LocalStateOfParties} message: each party's councils, change in control, seats won and
 * net change over the councils it lists, as live blogs' "State of parties after N of M councils
 * declare" is written from.
 *
 * @param file the file's name
 * @param region {@code All}, {@code England}, {@code Scotland} or {@code Wales}
 * @param numberOfResults the councils declared that the figures cover
 * @param totalNumberOfCouncils the councils up for election in the region
 * @param electionPaId PA's election id, empty when the message gives none
 * @param parties the lines, the "No Overall Control" line included, in the file's order
 * @param councils the councils the figures cover
 */
public record PaStateOfParties(
    String file,
    String region,
    int numberOfResults,
    int totalNumberOfCouncils,
    String electionPaId,
    List<PaPartyState> parties,
    List<PaCouncilRef> councils)
    implements PaMessage {

  /**
   * Copies the lists.
   *
   * @param file the file's name
   * @param region the region
   * @param numberOfResults councils declared
   * @param totalNumberOfCouncils councils up for election
   * @param electionPaId PA's election id, or empty
   * @param parties the lines
   * @param councils the councils covered
   */
  public PaStateOfParties {
    requireNonNull(file, "file");
    requireNonNull(region, "region");
    requireNonNull(electionPaId, "electionPaId");
    parties = List.copyOf(parties);
    councils = List.copyOf(councils);
  }
}
