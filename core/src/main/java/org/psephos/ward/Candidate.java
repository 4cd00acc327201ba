package org.psephos.ward;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
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
 * <p>A candidate's identity within a ward (docs/rules.md, "Candidates and namesakes") is their
 * {@code id} where one is given (a source's own, such as Democracy Club's person id, or a
 * candidate number within the ward), and otherwise their name and party: two candidates of one
 * name stand apart by party (Bromley, Cray Valley West, 2018: a Conservative and a Labour Gary
 * Stevens), and namesakes of one party need ids. Winners drawn by lot and winners of an STV count
 * are named by id or, where the name is unique in the ward, by name ({@link WardResult}).
 *
 * <p>Equal by all components. Immutable and thread-safe.
 *
 * @param name the candidate's name, a name by the rules of {@link Checks}
 * @param party the reporting party
 * @param votes the votes received, 0 to {@link Checks#MAX_VOTES}
 * @param id the candidate's id, an id by the rules of {@link Checks}, unique within a ward; empty
 *     when the source gives none
 */
public record Candidate(String name, Party party, int votes, Optional<String> id) {

  /**
   * Validates the components.
   *
   * @param name the candidate's name, not blank
   * @param party the reporting party
   * @param votes the votes received, not negative
   * @param id the candidate's id, or empty
   * @throws InvalidValueException if the name breaks the name rules of {@link Checks}, or the id
   *     the id rules
   * @throws SeatCountException if the votes are negative or above {@link Checks#MAX_VOTES}
   */
  public Candidate {
    requireNonNull(name, "name");
    requireNonNull(party, "party");
    requireNonNull(id, "id");
    if (!Checks.isName(name)) {
      Checks.requireName(name, "name of a candidate of " + party.label(), DataSubject.party(party));
    }
    if (id.isPresent() && !Checks.isId(id.get())) {
      Checks.requireId(
          id.get(),
          "id of candidate " + name + " (" + party.name() + ")",
          DataSubject.party(party).withCandidate(name));
    }
    if (votes < 0 || votes > Checks.MAX_VOTES) {
      Checks.requireVotes(
          votes,
          "candidate " + name + " (" + party.name() + "): votes",
          DataSubject.party(party).withCandidate(name));
    }
  }

  /**
   * A candidate without an id.
   *
   * @param name the candidate's name, not blank
   * @param party the reporting party
   * @param votes the votes received, not negative
   * @throws InvalidValueException if the name breaks the name rules of {@link Checks}
   * @throws SeatCountException if the votes are negative or above {@link Checks#MAX_VOTES}
   */
  public Candidate(String name, Party party, int votes) {
    this(name, party, votes, Optional.empty());
  }

  /**
   * This candidate with an id.
   *
   * @param id the id, an id by the rules of {@link Checks}
   * @return the candidate with that id
   * @throws InvalidValueException if the id breaks the id rules of {@link Checks}
   */
  public Candidate withId(String id) {
    return new Candidate(name, party, votes, Optional.of(requireNonNull(id, "id")));
  }

  /**
   * How messages name this candidate: the name, the party, and the id where there is one, such as
   * {@code "Gary Stevens (Labour)"} or {@code "J. Whitehouse (Liberal Democrat, id 2)"}.
   *
   * @return the text
   */
  public String label() {
    return name + " (" + party.name() + id.map(i -> ", id " + i).orElse("") + ")";
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
