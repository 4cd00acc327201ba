package org.psephos;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Seats held per party at a moment, plus vacant seats; its {@link #total()} is the council's size
 * at that moment. Also used for seats won and for defended seats, where vacancies are zero.
 *
 * <p>Parties iterate in the order they were first given. A party with zero seats is not stored: it
 * reads as 0 from {@link #seats} and does not appear in {@link #parties()}, so {@code {Con 3, Lab
 * 0}} equals {@code {Con 3}}; it is still listed in {@link #listedParties()}, so that a result
 * naming an unknown party with no seats is rejected, not silently dropped. Two parties with the same id but different names or cohesion cannot
 * both appear.
 *
 * <p>Equal by seats per party and vacancies, regardless of order. Immutable and thread-safe.
 */
public final class Composition {
  private static final Party[] NO_PARTIES = new Party[0];
  private static final int[] NO_SEATS = new int[0];
  private static final Composition EMPTY =
      new Composition(Map.of(), Set.of(), NO_PARTIES, NO_SEATS, 0);

  private final Map<Party, Integer> seats;
  private final Set<Party> listed;
  /** The listed parties in order, zeros included (never changed). */
  private final Party[] listedArray;
  /** Their seats, parallel to {@link #listedArray} (never changed). */
  private final int[] listedSeats;
  private final int vacancies;
  private final int filled;

  private Composition(
      Map<Party, Integer> seats,
      Set<Party> listed,
      Party[] listedArray,
      int[] listedSeats,
      int vacancies) {
    this.seats = seats;
    this.listed = listed;
    this.listedArray = listedArray;
    this.listedSeats = listedSeats;
    this.vacancies = vacancies;
    int sum = 0;
    for (int n : seats.values()) {
      sum = Math.addExact(sum, n);
    }
    this.filled = sum;
  }

  /**
   * The composition with no seats at all.
   *
   * @return the empty composition
   */
  public static Composition empty() {
    return EMPTY;
  }

  /**
   * A composition with no vacancies.
   *
   * @param seatsByParty seats per party, iterated in the order to keep
   * @return the composition
   * @throws NegativeSeatsException if a party has negative seats
   * @throws DuplicateIdException if two different parties share an id
   */
  public static Composition of(Map<Party, Integer> seatsByParty) {
    return of(seatsByParty, 0);
  }

  /**
   * A composition with vacancies.
   *
   * @param seatsByParty seats per party, iterated in the order to keep
   * @param vacancies the number of vacant seats, not negative
   * @return the composition
   * @throws NegativeSeatsException if a party has negative seats or vacancies are negative
   * @throws DuplicateIdException if two different parties share an id
   */
  public static Composition of(Map<Party, Integer> seatsByParty, int vacancies) {
    return of(seatsByParty, vacancies, "composition");
  }

  /** As {@link #of(Map, int)}, with the subject named in messages (a council and what it is). */
  static Composition of(Map<Party, Integer> seatsByParty, int vacancies, String subject) {
    requireNonNull(seatsByParty, "seatsByParty");
    if (vacancies < 0) {
      throw new NegativeSeatsException(subject + ": vacancies (" + vacancies + ") are negative");
    }
    Map<Party, Integer> copy = new LinkedHashMap<>();
    Set<Party> listed = new LinkedHashSet<>();
    Map<String, Party> byId = new HashMap<>();
    Party[] listedArray = new Party[seatsByParty.size()];
    int[] listedSeats = new int[listedArray.length];
    int i = 0;
    for (Map.Entry<Party, Integer> entry : seatsByParty.entrySet()) {
      Party party = requireNonNull(entry.getKey(), "party");
      int n = requireNonNull(entry.getValue(), "seats");
      Party sameId = byId.putIfAbsent(party.id(), party);
      if (sameId != null) {
        throw new DuplicateIdException(
            subject + ": party id " + party.id() + " is listed twice (" + sameId + " and " + party + ")");
      }
      if (n < 0) {
        throw new NegativeSeatsException(
            subject + ": " + party.label() + " has negative seats (" + n + ")");
      }
      listed.add(party);
      if (i == listedArray.length) { // a map whose size changed as it was read
        listedArray = Arrays.copyOf(listedArray, i + 1);
        listedSeats = Arrays.copyOf(listedSeats, i + 1);
      }
      listedArray[i] = party;
      listedSeats[i++] = n;
      if (n > 0) {
        copy.put(party, n);
      }
    }
    if (listed.isEmpty() && vacancies == 0) {
      return EMPTY;
    }
    if (i < listedArray.length) {
      listedArray = Arrays.copyOf(listedArray, i);
      listedSeats = Arrays.copyOf(listedSeats, i);
    }
    return new Composition(
        Collections.unmodifiableMap(copy),
        Collections.unmodifiableSet(listed),
        listedArray,
        listedSeats,
        vacancies);
  }

  /**
   * A builder of a composition; each party may be given once.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The seats a party holds.
   *
   * @param party the party
   * @return its seats, 0 if it holds none
   */
  public int seats(Party party) {
    Integer n = seats.get(party);
    return n == null ? 0 : n;
  }

  /**
   * The vacant seats.
   *
   * @return the number of vacancies
   */
  public int vacancies() {
    return vacancies;
  }

  /**
   * The seats held by parties, vacancies excluded.
   *
   * @return the sum of all parties' seats
   */
  public int filled() {
    return filled;
  }

  /**
   * Every seat: held seats plus vacancies. For a council's composition this is its size.
   *
   * @return the total number of seats
   */
  public int total() {
    return filled + vacancies;
  }

  /**
   * Whether there are no seats at all.
   *
   * @return true if the total is zero
   */
  public boolean isEmpty() {
    return total() == 0;
  }

  /**
   * The parties holding at least one seat, in the order they were first given.
   *
   * @return an unmodifiable set of parties
   */
  public Set<Party> parties() {
    return seats.keySet();
  }

  /**
   * Every party given, those with zero seats included, in the order they were first given. Used to
   * check that every party a result names is known, even one listed with no seats; not part of
   * equality.
   *
   * @return an unmodifiable set of parties
   */
  public Set<Party> listedParties() {
    return listed;
  }

  /**
   * How many parties were given, those with zero seats included: the size of {@link
   * #listedParties()}. With {@link #listedParty} and {@link #listedSeats}, reads the composition
   * by position without a map or an iterator (as the tally does when it checks a declaration).
   *
   * @return the number of parties listed
   */
  public int listedCount() {
    return listedArray.length;
  }

  /**
   * The {@code i}th party given, in the order of {@link #listedParties()}.
   *
   * @param i the position, from 0 to {@link #listedCount()} less one
   * @return the party
   * @throws IndexOutOfBoundsException if the position is outside that range
   */
  public Party listedParty(int i) {
    return listedArray[i];
  }

  /**
   * The seats of the {@code i}th party given, possibly zero: {@code
   * seats(listedParty(i))}.
   *
   * @param i the position, from 0 to {@link #listedCount()} less one
   * @return the seats
   * @throws IndexOutOfBoundsException if the position is outside that range
   */
  public int listedSeats(int i) {
    return listedSeats[i];
  }

  /**
   * Seats per party, for the parties holding at least one seat, in the order they were first
   * given.
   *
   * @return an unmodifiable map
   */
  public Map<Party, Integer> asMap() {
    return seats;
  }

  /**
   * This composition with the given number of vacancies.
   *
   * @param newVacancies the vacancies of the copy, not negative
   * @return the copy
   * @throws NegativeSeatsException if newVacancies is negative
   */
  public Composition withVacancies(int newVacancies) {
    return of(listedMap(), newVacancies);
  }

  /** Seats per listed party, zeros included, in order. */
  private Map<Party, Integer> listedMap() {
    Map<Party, Integer> all = new LinkedHashMap<>();
    for (Party party : listed) {
      all.put(party, seats(party));
    }
    return all;
  }

  /**
   * The seat-by-seat sum of two compositions: seats per party and vacancies added. Parties of this
   * composition come first, then the other's new parties.
   *
   * @param other the composition to add
   * @return the sum
   * @throws DuplicateIdException if the two hold different parties with the same id
   */
  public Composition plus(Composition other) {
    Map<Party, Integer> sum = listedMap();
    other.listedMap().forEach((party, n) -> sum.merge(party, n, Math::addExact));
    return of(sum, Math.addExact(vacancies, other.vacancies));
  }

  /**
   * The seat-by-seat difference of two compositions.
   *
   * @param other the composition to take away; every party's seats and the vacancies must be at
   *     most this composition's
   * @return the difference
   * @throws NegativeSeatsException if the other holds more seats of a party, or more vacancies
   */
  public Composition minus(Composition other) {
    Map<Party, Integer> difference = listedMap();
    for (Map.Entry<Party, Integer> entry : other.seats.entrySet()) {
      int left = seats(entry.getKey()) - entry.getValue();
      if (left < 0) {
        throw new NegativeSeatsException(
            "cannot take "
                + entry.getValue()
                + " seats of "
                + entry.getKey().label()
                + " from a composition holding "
                + seats(entry.getKey()));
      }
      difference.put(entry.getKey(), left);
    }
    if (other.vacancies > vacancies) {
      throw new NegativeSeatsException(
          "cannot take " + other.vacancies + " vacancies from a composition with " + vacancies);
    }
    return of(difference, vacancies - other.vacancies);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Composition other
        && vacancies == other.vacancies
        && seats.equals(other.seats);
  }

  @Override
  public int hashCode() {
    return seats.hashCode() * 31 + vacancies;
  }

  /**
   * The canonical form: party ids with seats in order, then vacancies, such as {@code
   * "Composition[PP52=33, PP53=27; vacancies=0]"}.
   *
   * @return the canonical text
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Composition[");
    String separator = "";
    for (Map.Entry<Party, Integer> entry : seats.entrySet()) {
      text.append(separator).append(entry.getKey().id()).append('=').append(entry.getValue());
      separator = ", ";
    }
    return text.append("; vacancies=").append(vacancies).append(']').toString();
  }

  /** Builds a {@link Composition}; not thread-safe, single use per composition. */
  public static final class Builder {
    private final Map<Party, Integer> seats = new LinkedHashMap<>();
    private int vacancies;

    private Builder() {}

    /**
     * Sets a party's seats; a party is given once.
     *
     * @param party the party
     * @param count its seats, not negative
     * @return this builder
     * @throws DuplicateIdException if the party (or another with its id) was already given
     */
    public Builder seats(Party party, int count) {
      requireNonNull(party, "party");
      for (Party given : seats.keySet()) {
        if (given.id().equals(party.id())) {
          throw new DuplicateIdException(
              "composition: party " + party.label() + " is listed twice");
        }
      }
      seats.put(party, count);
      return this;
    }

    /**
     * Sets the vacancies.
     *
     * @param count the vacant seats, not negative
     * @return this builder
     */
    public Builder vacancies(int count) {
      this.vacancies = count;
      return this;
    }

    /**
     * Builds the composition.
     *
     * @return the composition
     * @throws NegativeSeatsException if any count is negative
     */
    public Composition build() {
      return of(seats, vacancies);
    }
  }
}
