package org.psephos;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A ward of a council's contest: the unit that elects councillors, in the next layer down from the
 * council (docs/rules.md, "Wards in an election").
 *
 * <ul>
 *   <li>{@code id}: a stable id; the ONS GSS code ({@code "E05000611"}) or Democracy Club's ballot
 *       id ({@code "local.wandsworth.balham.2018-05-03"}) is expected, any id by the rules
 *       of {@link Checks} is accepted;
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
 * <p>Equal by all components; {@link #toString} is canonical (previous votes by party id).
 * Immutable and thread-safe.
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
   * @throws InvalidValueException if the id or name breaks the rules of {@link Checks}, or two
   *     parties with the same id have previous votes under one convention
   * @throws SeatCountException if the seats are below 1 or above {@link Checks#MAX_SEATS}, the
   *     defended seats hold vacancies, a party's previous votes are negative or above {@link
   *     Checks#MAX_VOTES}, or the previous votes of a convention are all zero
   */
  public Ward {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(defended, "defended");
    requireNonNull(previousVotes, "previousVotes");
    if (!Checks.isId(id)) {
      Checks.requireId(id, "ward id", DataSubject.none());
    }
    if (!Checks.isName(name)) {
      Checks.requireName(name, "name of ward " + id, DataSubject.none().withWard(id));
    }
    if (seats < 1) {
      throw new SeatCountException(
          "ward " + label(name, id) + ": seats (" + seats + ") "
              + (seats < 0 ? "are negative" : "must be at least 1"),
          DataSubject.none().withWard(id),
          seats,
          1);
    }
    if (seats > Checks.MAX_SEATS) {
      Checks.requireAtMost(seats, Checks.MAX_SEATS, "ward " + label(name, id) + ": seats",
          "seats", DataSubject.none().withWard(id));
    }
    if (defended.vacancies() != 0) {
      throw new SeatCountException(
          "ward " + label(name, id) + ": defended seats include vacancies ("
              + defended.vacancies() + ")",
          DataSubject.none().withWard(id),
          defended.vacancies(),
          0);
    }
    Map<VoteConvention, Map<Party, Integer>> copy = new EnumMap<>(VoteConvention.class);
    for (Map.Entry<VoteConvention, Map<Party, Integer>> entry : previousVotes.entrySet()) {
      VoteConvention convention = requireNonNull(entry.getKey(), "convention");
      copy.put(convention, copyVotes(id, name, convention, entry.getValue()));
    }
    previousVotes = Collections.unmodifiableMap(copy);
  }

  private static Map<Party, Integer> copyVotes(
      String id, String name, VoteConvention convention, Map<Party, Integer> votes) {
    requireNonNull(votes, "votes");
    Party[] parties = new Party[votes.size()];
    Integer[] counts = new Integer[parties.length];
    int listed = 0;
    PartyIds byId = new PartyIds(parties.length);
    boolean anyVote = false;
    for (Map.Entry<Party, Integer> entry : votes.entrySet()) {
      Party party = requireNonNull(entry.getKey(), "party");
      Integer n = requireNonNull(entry.getValue(), "votes");
      if (byId.putIfAbsent(party) != null) {
        throw new InvalidValueException(
            InvalidValueException.Problem.DUPLICATE,
            "party id",
            "ward " + label(name, id) + ": previous votes (" + convention + ") list party id "
                + party.id() + " twice",
            DataSubject.none().withWard(id).withParty(party.id()));
      }
      if (n < 0 || n > Checks.MAX_VOTES) {
        Checks.requireVotes(
            n,
            "ward " + label(name, id) + ": previous votes (" + convention + ") of "
                + party.label(),
            DataSubject.none().withWard(id).withParty(party.id()));
      }
      if (listed == parties.length) {
        // a map iterating more entries than its size said
        parties = Arrays.copyOf(parties, listed * 2 + 1);
        counts = Arrays.copyOf(counts, parties.length);
      }
      parties[listed] = party;
      counts[listed++] = n;
      anyVote |= n > 0;
    }
    if (!anyVote) {
      throw new SeatCountException(
          "ward " + label(name, id) + ": previous votes (" + convention + ") hold no vote at all",
          DataSubject.none().withWard(id),
          0,
          1);
    }
    if (listed < parties.length) {
      parties = Arrays.copyOf(parties, listed);
      counts = Arrays.copyOf(counts, listed);
    }
    return new PartyNumbers(parties, counts);
  }

  /**
   * A ward with no previous votes.
   *
   * @param id the stable id, not blank
   * @param name the ward's name, not blank
   * @param seats the seats elected at this election, at least 1
   * @param defended seats per party when last fought, without vacancies
   * @return the ward
   * @throws InvalidValueException if the id or name breaks the rules of {@link Checks}
   * @throws SeatCountException if the seats are below 1 or above {@link Checks#MAX_SEATS}, or the
   *     defended seats hold vacancies
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
   * @throws SeatCountException if a party's votes are negative or above {@link Checks#MAX_VOTES},
   *     or every party has zero votes
   * @throws InvalidValueException if two parties with the same id are given
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
    return label(name, id);
  }

  /** A ward's label from its name and id, for messages made before the record is built. */
  private static String label(String name, String id) {
    return name + " (" + id + ")";
  }

  /**
   * The canonical form: id, name, seats, the defended seats, and the previous votes per convention
   * with parties ordered by id, such as {@code "Ward[E05000611, Balham, 3 seats,
   * Composition[PP52=2, PP53=1; vacancies=0], ALL_VOTES {PP52=3100, PP53=2900}]"}.
   *
   * @return the canonical text
   */
  @Override
  public String toString() {
    StringBuilder text =
        new StringBuilder("Ward[")
            .append(id)
            .append(", ")
            .append(name)
            .append(", ")
            .append(seats)
            .append(seats == 1 ? " seat, " : " seats, ")
            .append(defended);
    for (Map.Entry<VoteConvention, Map<Party, Integer>> entry : previousVotes.entrySet()) {
      text.append(", ").append(entry.getKey()).append(' ');
      Composition.appendById(text, entry.getValue());
    }
    return text.append(']').toString();
  }
}
