package org.psephos.ward;

import static java.util.Objects.requireNonNull;

import org.psephos.Checks;
import org.psephos.DataSubject;
import org.psephos.InvalidValueException;
import org.psephos.Party;
import org.psephos.SeatCountException;

/**
 * A candidate at a ward's count: their name as on the ballot paper, the reporting party they count
 * for (a candidate's description is resolved to a party through the election's aliases, for
 * example with {@link WardResult#builder(org.psephos.Election, String)}), and their votes.
 * Independents all count under the election's independent party. In an uncontested ward there is
 * no poll and every candidate has zero votes ({@link #unopposed}).
 *
 * <p>Equal by all components. Immutable and thread-safe.
 *
 * @param name the candidate's name, a name by the rules of {@link Checks}; unique within a ward
 * @param party the reporting party
 * @param votes the votes received, 0 to {@link Checks#MAX_VOTES}
 */
public record Candidate(String name, Party party, int votes) {

  /**
   * Validates the components.
   *
   * @param name the candidate's name, not blank
   * @param party the reporting party
   * @param votes the votes received, not negative
   * @throws InvalidValueException if the name breaks the name rules of {@link Checks}
   * @throws SeatCountException if the votes are negative or above {@link Checks#MAX_VOTES}
   */
  public Candidate {
    requireNonNull(name, "name");
    requireNonNull(party, "party");
    DataSubject subject = DataSubject.party(party);
    Checks.requireName(name, "name of a candidate of " + party.label(), subject);
    Checks.requireVotes(
        votes,
        "candidate " + name + " (" + party.name() + "): votes",
        subject.withCandidate(name));
  }

  /**
   * A candidate at a poll.
   *
   * @param name the candidate's name, not blank
   * @param party the reporting party
   * @param votes the votes received, not negative
   * @return the candidate
   * @throws InvalidValueException if the name breaks the name rules of {@link Checks}
   * @throws SeatCountException if the votes are negative or above {@link Checks#MAX_VOTES}
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
   * @throws InvalidValueException if the name breaks the name rules of {@link Checks}
   */
  public static Candidate unopposed(String name, Party party) {
    return new Candidate(name, party, 0);
  }
}
