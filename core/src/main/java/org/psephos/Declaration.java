package org.psephos;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The declared result of one council's contest: seats won per party, and seats still to fill.
 *
 * <p>A declaration with seats still to fill is <em>provisional</em> (a poll was postponed, for
 * instance after a candidate died); a later declaration for the same council replaces it. It may
 * say which parties held the seats still to fill under each {@link SeatBaseline}: {@code
 * defendedStillToFill}, the parties that won them when they were last fought, and {@code
 * heldStillToFill}, the parties holding them on the eve of the poll (by-elections and defections
 * counted). Seat changes then leave those seats out of the baseline, as results services do on
 * the night. Either may be empty (not known): {@link SeatBaseline#stillToFill} says which seats
 * each baseline leaves out.
 *
 * <p>The rules checked here: seats won hold no vacancies; seats still to fill are not negative;
 * the seats defended and the seats held among those still to fill each hold no vacancies and add
 * up to at most the seats still to fill (none if nothing is still to fill). That seats won plus
 * seats still to fill equal the seats contested (and so fit the council), and that no party
 * defended or held more of them than its seats under that baseline, is checked once, by the
 * tally, against the election's contest: {@code "Wandsworth (E09000032): seats won (61) exceed
 * seats contested (60)"}.
 *
 * <p>Equal by all components; {@link #toString} is canonical, since {@link Composition}'s is.
 * Immutable and thread-safe.
 *
 * @param council the council declaring
 * @param seatsWon seats won per party, without vacancies
 * @param stillToFill contested seats not yet decided, not negative
 * @param defendedStillToFill per party, its seats as last fought among those still to fill
 *     (empty if not known)
 * @param heldStillToFill per party, the seats it held on the eve of the poll among those still to
 *     fill (empty if not known)
 */
public record Declaration(
    Council council,
    Composition seatsWon,
    int stillToFill,
    Composition defendedStillToFill,
    Composition heldStillToFill) {

  /**
   * Validates the declaration.
   *
   * @param council the council declaring
   * @param seatsWon seats won per party, without vacancies
   * @param stillToFill contested seats not yet decided, not negative
   * @param defendedStillToFill per party, its seats as last fought among those still to fill
   * @param heldStillToFill per party, the seats it held on the eve of the poll among those still
   *     to fill
   * @throws SeatCountException if the numbers do not add up or seats still to fill are negative or
   *     above {@link Checks#MAX_SEATS}, naming the council and the numbers
   */
  public Declaration {
    requireNonNull(council, "council");
    requireNonNull(seatsWon, "seatsWon");
    requireNonNull(defendedStillToFill, "defendedStillToFill");
    requireNonNull(heldStillToFill, "heldStillToFill");
    if (seatsWon.vacancies() != 0
        || stillToFill < 0
        || stillToFill > Checks.MAX_SEATS
        || defendedStillToFill.vacancies() != 0
        || defendedStillToFill.total() > stillToFill
        || heldStillToFill.vacancies() != 0
        || heldStillToFill.total() > stillToFill) {
      reject(council, seatsWon, stillToFill, defendedStillToFill, heldStillToFill);
    }
  }

  /** Throws the exception for the first rule broken; messages are built only on failure. */
  private static void reject(
      Council council,
      Composition seatsWon,
      int stillToFill,
      Composition defendedStillToFill,
      Composition heldStillToFill) {
    String name = council.label();
    DataSubject subject = DataSubject.council(council);
    if (seatsWon.vacancies() != 0) {
      throw new SeatCountException(
          name + ": seats won include vacancies (" + seatsWon.vacancies() + ")",
          subject,
          seatsWon.vacancies(),
          0);
    }
    Checks.requireSeats(stillToFill, name + ": seats still to fill", subject);
    checkStillToFill(name, subject, "defended", defendedStillToFill, stillToFill);
    checkStillToFill(name, subject, "held", heldStillToFill, stillToFill);
  }

  /**
   * A declaration that does not say who held the seats still to fill on the eve of the poll.
   *
   * @param council the council declaring
   * @param seatsWon seats won per party, without vacancies
   * @param stillToFill contested seats not yet decided, not negative
   * @param defendedStillToFill per party, its seats as last fought among those still to fill
   * @throws SeatCountException if the numbers do not add up, naming the council and the numbers
   */
  public Declaration(
      Council council, Composition seatsWon, int stillToFill, Composition defendedStillToFill) {
    this(council, seatsWon, stillToFill, defendedStillToFill, Composition.empty());
  }

  private static void checkStillToFill(
      String name, DataSubject subject, String how, Composition seats, int stillToFill) {
    if (seats.vacancies() != 0) {
      throw new SeatCountException(
          name
              + ": seats "
              + how
              + " among those still to fill include vacancies ("
              + seats.vacancies()
              + ")",
          subject,
          seats.vacancies(),
          0);
    }
    if (seats.total() > stillToFill) {
      throw new SeatCountException(
          name
              + ": seats "
              + how
              + " among those still to fill ("
              + seats.total()
              + ") exceed the seats still to fill ("
              + stillToFill
              + ")",
          subject,
          seats.total(),
          stillToFill);
    }
  }

  /**
   * A complete declaration: every contested seat decided.
   *
   * @param council the council declaring
   * @param seatsWon seats won per party, in the order to keep
   * @return the declaration
   * @throws SeatCountException if a count is negative or above {@link Checks#MAX_SEATS}
   * @throws InvalidValueException if two different parties share an id
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
   * @throws SeatCountException if a count is negative or above {@link Checks#MAX_SEATS}, or the
   *     numbers do not add up
   * @throws InvalidValueException if two different parties share an id
   */
  public static Declaration provisional(
      Council council,
      Map<Party, Integer> seatsWon,
      int stillToFill,
      Map<Party, Integer> defendedStillToFill) {
    requireNonNull(council, "council");
    DataSubject subject = DataSubject.council(council);
    return new Declaration(
        council,
        Composition.of(seatsWon, 0, () -> council.label() + ": seats won", subject),
        stillToFill,
        Composition.of(
            defendedStillToFill,
            0,
            () -> council.label() + ": seats defended among those still to fill",
            subject));
  }

  /**
   * A provisional declaration saying who held the seats still to fill under each baseline.
   *
   * @param council the council declaring
   * @param seatsWon seats won per party, in the order to keep
   * @param stillToFill contested seats not yet decided
   * @param defendedStillToFill per party, its seats as last fought among those still to fill
   *     (empty if not known)
   * @param heldStillToFill per party, the seats it held on the eve of the poll among those still
   *     to fill (empty if not known)
   * @return the declaration
   * @throws SeatCountException if a count is negative or the numbers do not add up
   * @throws InvalidValueException if two different parties share an id
   */
  public static Declaration provisional(
      Council council,
      Map<Party, Integer> seatsWon,
      int stillToFill,
      Map<Party, Integer> defendedStillToFill,
      Map<Party, Integer> heldStillToFill) {
    requireNonNull(council, "council");
    DataSubject subject = DataSubject.council(council);
    return new Declaration(
        council,
        Composition.of(seatsWon, 0, () -> council.label() + ": seats won", subject),
        stillToFill,
        Composition.of(
            defendedStillToFill,
            0,
            () -> council.label() + ": seats defended among those still to fill",
            subject),
        Composition.of(
            heldStillToFill,
            0,
            () -> council.label() + ": seats held among those still to fill",
            subject));
  }

  /**
   * This declaration saying who held the seats still to fill on the eve of the poll.
   *
   * @param heldBeforePoll per party, the seats it held on the eve of the poll among those still to
   *     fill (empty if not known)
   * @return the copy
   * @throws SeatCountException if a count is negative or they exceed the seats still to fill
   * @throws InvalidValueException if two different parties share an id
   */
  public Declaration withHeldStillToFill(Map<Party, Integer> heldBeforePoll) {
    return new Declaration(
        council,
        seatsWon,
        stillToFill,
        defendedStillToFill,
        Composition.of(
            heldBeforePoll,
            0,
            () -> council.label() + ": seats held among those still to fill",
            DataSubject.council(council)));
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
    /** The party ids given to each map: one hash lookup per party, so building is linear. */
    private final Set<String> wonIds = new HashSet<>();
    private final Set<String> defendedIds = new HashSet<>();
    private final Map<Party, Integer> heldStillToFill = new LinkedHashMap<>();
    private final Set<String> heldIds = new HashSet<>();
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
     * @throws InvalidValueException if the party (or another with its id) was already given
     */
    public Builder won(Party party, int seats) {
      put(seatsWon, wonIds, party, seats, "seats won");
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
     * @throws InvalidValueException if the party (or another with its id) was already given
     */
    public Builder defendedStillToFill(Party party, int seats) {
      put(
          defendedStillToFill,
          defendedIds,
          party,
          seats,
          "seats defended among those still to fill");
      return this;
    }

    /**
     * Sets how many of the seats still to fill a party held on the eve of the poll.
     *
     * @param party the party
     * @param seats the seats it held among those still to fill
     * @return this builder
     * @throws InvalidValueException if the party (or another with its id) was already given
     */
    public Builder heldStillToFill(Party party, int seats) {
      put(heldStillToFill, heldIds, party, seats, "seats held among those still to fill");
      return this;
    }

    private void put(
        Map<Party, Integer> map, Set<String> ids, Party party, int seats, String what) {
      requireNonNull(party, "party");
      if (!ids.add(party.id())) {
        throw new InvalidValueException(
            InvalidValueException.Problem.DUPLICATE,
            "party id",
            council.label() + ": " + what + " list " + party.label() + " twice",
            DataSubject.council(council).withParty(party.id()));
      }
      map.put(party, seats);
    }

    /**
     * Builds the declaration.
     *
     * @return the declaration
     * @throws SeatCountException if the numbers are invalid
     * @throws InvalidValueException if two different parties share an id
     */
    public Declaration build() {
      return provisional(council, seatsWon, stillToFill, defendedStillToFill, heldStillToFill);
    }
  }
}
