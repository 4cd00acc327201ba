package org.psephos.feeds.tables;

import static java.util.Objects.requireNonNull;

import java.util.OptionalInt;

/**
 * One candidate as a candidate table gives them: name, party code (as the file spells it, resolved
 * to a party only against an election), votes (empty in an uncontested ward), the file's elected
 * flag, and the line of the file the candidate is on.
 *
 * <p>Equal by all components. Immutable and thread-safe.
 *
 * @param name the candidate's name as in the file
 * @param partyCode the party code as in the file, such as {@code "Lab"}
 * @param votes the votes, empty when the file gives none (an uncontested ward)
 * @param elected the file's elected flag
 * @param line the line of the file, from 1
 */
public record TableCandidate(
    String name, String partyCode, OptionalInt votes, boolean elected, long line) {

  /**
   * Checks the components are present.
   *
   * @param name the candidate's name as in the file
   * @param partyCode the party code as in the file
   * @param votes the votes, empty when the file gives none
   * @param elected the file's elected flag
   * @param line the line of the file, from 1
   */
  public TableCandidate {
    requireNonNull(name, "name");
    requireNonNull(partyCode, "partyCode");
    requireNonNull(votes, "votes");
  }

  /**
   * The votes, 0 when the file gives none.
   *
   * @return the votes
   */
  public int votesOrZero() {
    return votes.orElse(0);
  }
}
