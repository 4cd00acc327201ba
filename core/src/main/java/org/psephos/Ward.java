package org.psephos;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A ward of a council's contest: the unit that elects councillors, in the next layer down from the
 * council (docs/rules.md, "Wards in an election").
 *
 * <ul>
 *   <li>{@code id}: a stable id; the ONS GSS code ({@code "E05000611"}) or Democracy Club's ballot
 *       id ({@code "local.wandsworth.balham.2018-05-03"}) is expected, any non-blank id is
 *       accepted;
 *   <li>{@code name}: the ward's name, such as "Balham";
 *   <li>{@code seats}: the seats it elects at this election, at least 1 (1 to 3 in England; in a
 *       council electing by thirds usually 1);
 *   <li>{@code defended}: per party, the seats it won in this ward when they were last fought
 *       (notional after a boundary change), without vacancies; gross gains and losses are measured
 *       against it. Its total may differ from {@code seats} after a boundary change;
 *   <li>{@code previousVotes}: optionally, for one or both {@link VoteConvention}s, each party's
 *       votes in this ward when it was last fought. Share changes and swing compare like with like:
 *       only wards with previous votes under the chosen convention count in them. Empty when not
 *       known (new wards, or a ward last uncontested).
 * </ul>
 *
 * <p>A contest that lists its wards checks that their seats add up to the seats contested and that
 * their defended seats add up to the contest's, party by party ({@link Contest}); the election
 * checks that every party named is one of its parties and that no ward id is used twice.
 *
 * <p>Equal by all components. Immutable and thread-safe.
 *
 * @param id the stable id, not blank
 * @param name the ward's name, not blank
 * @param seats the seats elected at this election, at least 1
 * @param defended seats per party when last fought, without vacancies
 * @param previousVotes per convention, votes per party when last fought; may be empty
 */
public record Ward(
    String id,
    String name,
    int seats,
    Composition defended,
    Map<VoteConvention, Map<Party, Integer>> previousVotes) {

  /**
   * Validates the components and copies the previous votes.
   *
   * @param id the stable id, not blank
   * @param name the ward's name, not blank
   * @param seats the seats elected at this election, at least 1
   * @param defended seats per party when last fought, without vacancies
   * @param previousVotes per convention, votes per party when last fought; may be empty
   * @throws BlankValueException if the id or name is blank
   * @throws NegativeSeatsException if the seats are negative
   * @throws SeatCountException if the seats are below 1 or the defended seats hold vacancies
   * @throws NegativeVotesException if a party's previous votes are negative
   * @throws VoteCountException if the previous votes of a convention are all zero
   * @throws DuplicateIdException if two different parties with the same id have previous votes
   */
  public Ward {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(defended, "defended");
    requireNonNull(previousVotes, "previousVotes");
    Checks.requireNonBlank(id, "ward id");
    Checks.requireNonBlank(name, "name of ward " + id);
    String label = name + " (" + id + ")";
    if (seats < 0) {
      throw new NegativeSeatsException("ward " + label + ": seats (" + seats + ") are negative");
    }
    if (seats < 1) {
      throw new SeatCountException(
          "ward " + label + ": seats (" + seats + ") must be at least 1");
    }
    if (defended.vacancies() != 0) {
      throw new SeatCountException(
          "ward " + label + ": defended seats include vacancies (" + defended.vacancies() + ")");
    }
    Map<VoteConvention, Map<Party, Integer>> copy = new EnumMap<>(VoteConvention.class);
    for (Map.Entry<VoteConvention, Map<Party, Integer>> entry : previousVotes.entrySet()) {
      VoteConvention convention = requireNonNull(entry.getKey(), "convention");
      copy.put(convention, copyVotes(label, convention, entry.getValue()));
    }
    previousVotes = Collections.unmodifiableMap(copy);
  }

  private static Map<Party, Integer> copyVotes(
      String label, VoteConvention convention, Map<Party, Integer> votes) {
    requireNonNull(votes, "votes");
    Map<Party, Integer> copy = new LinkedHashMap<>();
    Map<String, Party> byId = new HashMap<>();
    boolean anyVote = false;
    for (Map.Entry<Party, Integer> entry : votes.entrySet()) {
      Party party = requireNonNull(entry.getKey(), "party");
      int n = requireNonNull(entry.getValue(), "votes");
      Party sameId = byId.putIfAbsent(party.id(), party);
      if (sameId != null) {
        throw new DuplicateIdException(
            "ward " + label + ": previous votes (" + convention + ") list party id " + party.id()
                + " twice");
      }
      if (n < 0) {
        throw new NegativeVotesException(
            "ward " + label + ": previous votes (" + convention + ") of " + party.label() + " ("
                + n + ") are negative");
      }
      copy.put(party, n);
      anyVote |= n > 0;
    }
    if (!anyVote) {
      throw new VoteCountException(
          "ward " + label + ": previous votes (" + convention + ") hold no vote at all");
    }
    return Collections.unmodifiableMap(copy);
  }

  /**
   * A ward with no previous votes.
   *
   * @param id the stable id, not blank
   * @param name the ward's name, not blank
   * @param seats the seats elected at this election, at least 1
   * @param defended seats per party when last fought, without vacancies
   * @return the ward
   * @throws BlankValueException if the id or name is blank
   * @throws SeatCountException if the seats are below 1 or the defended seats hold vacancies
   */
  public static Ward of(String id, String name, int seats, Composition defended) {
    return new Ward(id, name, seats, defended, Map.of());
  }

  /**
   * A copy of this ward with each party's votes when it was last fought, counted under a
   * convention; replaces any previous votes under that convention.
   *
   * @param convention how the previous votes were counted
   * @param votes votes per party, not negative, not all zero
   * @return the copy
   * @throws NegativeVotesException if a party's votes are negative
   * @throws VoteCountException if every party has zero votes
   */
  public Ward withPreviousVotes(VoteConvention convention, Map<Party, Integer> votes) {
    requireNonNull(convention, "convention");
    Map<VoteConvention, Map<Party, Integer>> copy = new EnumMap<>(VoteConvention.class);
    copy.putAll(previousVotes);
    copy.put(convention, votes);
    return new Ward(id, name, seats, defended, copy);
  }

  /**
   * Each party's votes when the ward was last fought, under a convention.
   *
   * @param convention the convention
   * @return votes per party, or empty if not given under that convention
   */
  public Optional<Map<Party, Integer>> previousVotes(VoteConvention convention) {
    return Optional.ofNullable(previousVotes.get(requireNonNull(convention, "convention")));
  }

  /**
   * The ward as it is named in messages: {@code "Balham (E05000611)"}.
   *
   * @return the name followed by the id in brackets
   */
  public String label() {
    return name + " (" + id + ")";
  }
}
