package org.psephos.feeds.pa;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * A {@code LocalElectionNominations} message: the councils up for election, each with its parties'
 * seats held and offered.
 *
 * @param file the file's name
 * @param date the polling day
 * @param electionPaId PA's election id, such as {@code "252"}
 * @param councils the councils, in the file's order
 */
public record PaNominations(
    String file, LocalDate date, String electionPaId, List<PaCouncilNominations> councils)
    implements PaMessage {

  /**
   * Copies the councils.
   *
   * @param file the file's name
   * @param date the polling day
   * @param electionPaId PA's election id
   * @param councils the councils
   */
  public PaNominations {
    requireNonNull(file, "file");
    requireNonNull(date, "date");
    requireNonNull(electionPaId, "electionPaId");
    councils = List.copyOf(councils);
  }
}
