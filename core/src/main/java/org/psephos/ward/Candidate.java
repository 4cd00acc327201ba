package org.psephos.ward;

import static java.util.Objects.requireNonNull;

import org.psephos.BlankValueException;
import org.psephos.NegativeVotesException;
import org.psephos.Party;

/**
 * A candidate at a ward's count: their name as on the ballot paper, the reporting party they count
 * for (a candidate's description is resolved to a party through the election's aliases, for
 * example with {@link WardResult#builder(org.psephos.Election, String)}), and their votes.
 * Independents all count under the election's independent party. In an uncontested ward there is
 * no poll and every candidate has zero votes ({@link #unopposed}).
 *
 * <p>Equal by all components. Immutable and thread-safe.
 *
 * @param name the candidate's name, not blank; unique within a ward
 * @param party the reporting party
 * @param votes the votes received, not negative
 */
public record Candidate(String name, Party party, int votes) {

  /**
   * Validates the components.
   *
   * @param name the candidate's name, not blank
   * @param party the reporting party
   * @param votes the votes received, not negative
   * @throws BlankValueException if the name is blank
   * @throws NegativeVotesException if the votes are negative
   */
  public Candidate {
    requireNonNull(name, "name");
    requireNonNull(party, "party");
    if (name.isBlank()) {
      throw new BlankValueException("name of a candidate of " + party.label() + " is blank");
    }
    if (votes < 0) {
      throw new NegativeVotesException(
          "candidate " + name + " (" + party.name() + "): votes (" + votes + ") are negative");
    }
  }

  /**
   * A candidate at a poll.
   *
   * @param name the candidate's name, not blank
   * @param party the reporting party
   * @param votes the votes received, not negative
   * @return the candidate
   * @throws BlankValueException if the name is blank
   * @throws NegativeVotesException if the votes are negative
   */
  public static Candidate of(String name, Party party, int votes) {
    return new Candidate(name, party, votes);
  }

  /**
   * A candidate in an uncontested ward: elected without a poll, so with no votes.
   *
   * @param name the candidate's name, not blank
   * @param party the reporting party
   * @return the candidate, with zero votes
   * @throws BlankValueException if the name is blank
   */
  public static Candidate unopposed(String name, Party party) {
    return new Candidate(name, party, 0);
  }
}
