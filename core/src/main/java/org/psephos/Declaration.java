package org.psephos;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The declared result of one council's contest: seats won per party, and seats still to fill.
 *
 * <p>A declaration with seats still to fill is <em>provisional</em> (a poll was postponed, for
 * instance after a candidate died); a later declaration for the same council replaces it. It may
 * say which parties defended the seats still to fill ({@code defendedStillToFill}); seat changes
 * then leave those seats out of the baseline, as results services do on the night.
 *
 * <p>The rules checked here: seats won hold no vacancies; seats still to fill are not negative;
 * the seats defended among those still to fill are at most the seats still to fill, and none if
 * nothing is still to fill. That seats won plus seats still to fill equal the seats contested (and
 * so fit the council) is checked once, by the tally, against the election's contest: {@code
 * "Wandsworth (E09000032): seats won (61) exceed seats contested (60)"}.
 *
 * <p>Equal by all components. Immutable and thread-safe.
 *
 * @param council the council declaring
 * @param seatsWon seats won per party, without vacancies
 * @param stillToFill contested seats not yet decided, not negative
 * @param defendedStillToFill per party, the baseline seats among those still to fill
 */
public record Declaration(
    Council council, Composition seatsWon, int stillToFill, Composition defendedStillToFill) {

  /**
   * Validates the declaration.
   *
   * @param council the council declaring
   * @param seatsWon seats won per party, without vacancies
   * @param stillToFill contested seats not yet decided, not negative
   * @param defendedStillToFill per party, the baseline seats among those still to fill
   * @throws SeatCountException if the numbers do not add up, naming the council and the numbers
   */
  public Declaration {
    requireNonNull(council, "council");
    requireNonNull(seatsWon, "seatsWon");
    requireNonNull(defendedStillToFill, "defendedStillToFill");
    String name = council.label();
    if (seatsWon.vacancies() != 0) {
      throw new SeatCountException(
          name + ": seats won include vacancies (" + seatsWon.vacancies() + ")");
    }
    if (stillToFill < 0) {
      throw new NegativeSeatsException(
          name + ": seats still to fill (" + stillToFill + ") are negative");
    }
    if (defendedStillToFill.vacancies() != 0) {
      throw new SeatCountException(
          name
              + ": seats defended among those still to fill include vacancies ("
              + defendedStillToFill.vacancies()
              + ")");
    }
    if (defendedStillToFill.total() > stillToFill) {
      throw new SeatCountException(
          name
              + ": seats defended among those still to fill ("
              + defendedStillToFill.total()
              + ") exceed the seats still to fill ("
              + stillToFill
              + ")");
    }
  }

  /**
   * A complete declaration: every contested seat decided.
   *
   * @param council the council declaring
   * @param seatsWon seats won per party, in the order to keep
   * @return the declaration
   * @throws SeatCountException if a count is negative
   * @throws DuplicateIdException if two different parties share an id
   */
  public static Declaration of(Council council, Map<Party, Integer> seatsWon) {
    return provisional(council, seatsWon, 0, Map.of());
  }

  /**
   * A provisional declaration with seats still to fill.
   *
   * @param council the council declaring
   * @param seatsWon seats won per party, in the order to keep
   * @param stillToFill contested seats not yet decided
   * @param defendedStillToFill per party, the baseline seats among those still to fill (empty if
   *     not known: the baseline then keeps them)
   * @return the declaration
   * @throws SeatCountException if a count is negative or the numbers do not add up
   * @throws DuplicateIdException if two different parties share an id
   */
  public static Declaration provisional(
      Council council,
      Map<Party, Integer> seatsWon,
      int stillToFill,
      Map<Party, Integer> defendedStillToFill) {
    requireNonNull(council, "council");
    return new Declaration(
        council,
        Composition.of(seatsWon, 0, council.label() + ": seats won"),
        stillToFill,
        Composition.of(
            defendedStillToFill, 0, council.label() + ": seats defended among those still to fill"));
  }

  /**
   * A builder of a declaration for a council.
   *
   * @param council the council declaring
   * @return an empty builder
   */
  public static Builder builder(Council council) {
    return new Builder(requireNonNull(council, "council"));
  }

  /**
   * Whether seats are still to fill, so that a later declaration is expected to replace this one.
   *
   * @return true if {@code stillToFill > 0}
   */
  public boolean isProvisional() {
    return stillToFill > 0;
  }

  /**
   * The seats decided: seats won in total.
   *
   * @return the number of seats won by all parties
   */
  public int seatsDeclared() {
    return seatsWon.filled();
  }

  /** Builds a {@link Declaration}; not thread-safe. */
  public static final class Builder {
    private final Council council;
    private final Map<Party, Integer> seatsWon = new LinkedHashMap<>();
    private final Map<Party, Integer> defendedStillToFill = new LinkedHashMap<>();
    private int stillToFill;

    private Builder(Council council) {
      this.council = council;
    }

    /**
     * Sets the seats a party won; a party is given once.
     *
     * @param party the party
     * @param seats the seats it won
     * @return this builder
     * @throws DuplicateIdException if the party was already given
     */
    public Builder won(Party party, int seats) {
      put(seatsWon, party, seats, "seats won");
      return this;
    }

    /**
     * Sets the seats still to fill.
     *
     * @param seats the contested seats not yet decided
     * @return this builder
     */
    public Builder stillToFill(int seats) {
      this.stillToFill = seats;
      return this;
    }

    /**
     * Sets how many of the seats still to fill a party defended.
     *
     * @param party the party
     * @param seats its baseline seats among those still to fill
     * @return this builder
     * @throws DuplicateIdException if the party was already given
     */
    public Builder defendedStillToFill(Party party, int seats) {
      put(defendedStillToFill, party, seats, "seats defended among those still to fill");
      return this;
    }

    private void put(Map<Party, Integer> map, Party party, int seats, String what) {
      requireNonNull(party, "party");
      for (Party given : map.keySet()) {
        if (given.id().equals(party.id())) {
          throw new DuplicateIdException(
              council.label() + ": " + what + " list " + party.label() + " twice");
        }
      }
      map.put(party, seats);
    }

    /**
     * Builds the declaration.
     *
     * @return the declaration
     * @throws SeatCountException if the numbers are invalid
     */
    public Declaration build() {
      return provisional(council, seatsWon, stillToFill, defendedStillToFill);
    }
  }
}
