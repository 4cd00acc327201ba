package org.psephos;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Seats held per party at a moment, plus vacant seats; its {@link #total()} is the council's size
 * at that moment. Also used for seats won and for defended seats, where vacancies are zero.
 *
 * <p>A party given with zero seats is not part of the value: it is left out when the composition is
 * built, reads as 0 from {@link #seats}, is not in {@link #parties()} and is never checked against
 * an election, so {@code {Con 3, Green 0}} and {@code {Con 3}} are one value and a tally accepts or
 * rejects both alike. Every party given, zero seats or not, must still have an id of its own: two
 * different parties with the same id are rejected.
 *
 * <p>Bounds ({@link Checks}): each party's seats, the vacancies and the total are at most {@link
 * Checks#MAX_SEATS}, so no total can overflow.
 *
 * <p>Parties iterate in the order they were first given. Equal by seats per party and vacancies,
 * regardless of order; {@link #toString} is canonical, parties ordered by id. Immutable and
 * thread-safe.
 */
public final class Composition {
  private static final Party[] NO_PARTIES = new Party[0];
  private static final int[] NO_SEATS = new int[0];
  private static final Composition EMPTY = new Composition(NO_PARTIES, NO_SEATS, 0, 0);
  /** Up to this many parties, a party's seats are found by comparing it with each. */
  private static final int SCANNED = 8;

  /** The parties holding seats in order (never changed). */
  private final Party[] listedArray;
  /** Their seats, parallel to {@link #listedArray} (never changed). */
  private final int[] listedSeats;
  private final int vacancies;
  private final int filled;
  /**
   * The seats as an unmodifiable map in the parties' order, made when first asked for over the
   * parties' array and the seats boxed. Two threads may each make one, equal; either is published
   * safely, as its arrays are final fields filled before it is made.
   */
  private @Nullable Map<Party, Integer> map;

  private Composition(Party[] listedArray, int[] listedSeats, int vacancies, int filled) {
    this.listedArray = listedArray;
    this.listedSeats = listedSeats;
    this.vacancies = vacancies;
    this.filled = filled;
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
   * @param seatsByParty seats per party, iterated in the order to keep; zeros are left out
   * @return the composition
   * @throws SeatCountException if a party has negative seats, or a figure or the total is above
   *     {@link Checks#MAX_SEATS}
   * @throws InvalidValueException if two different parties share an id
   */
  public static Composition of(Map<Party, Integer> seatsByParty) {
    return of(seatsByParty, 0);
  }

  /**
   * A composition with vacancies.
   *
   * @param seatsByParty seats per party, iterated in the order to keep; zeros are left out
   * @param vacancies the number of vacant seats, not negative
   * @return the composition
   * @throws SeatCountException if a party has negative seats, vacancies are negative, or a figure
   *     or the total is above {@link Checks#MAX_SEATS}
   * @throws InvalidValueException if two different parties share an id
   */
  public static Composition of(Map<Party, Integer> seatsByParty, int vacancies) {
    return of(seatsByParty, vacancies, () -> "composition", DataSubject.none());
  }

  /**
   * As {@link #of(Map, int)}, with the subject named in messages (a council and what it is) and in
   * the exceptions' facts.
   */
  static Composition of(
      Map<Party, Integer> seatsByParty, int vacancies, Supplier<String> what,
      DataSubject subject) {
    requireNonNull(seatsByParty, "seatsByParty");
    if (vacancies < 0 || vacancies > Checks.MAX_SEATS) {
      Checks.requireSeats(vacancies, what.get() + ": vacancies", subject);
    }
    if (seatsByParty.isEmpty() && vacancies == 0) {
      return EMPTY;
    }
    Party[] parties = new Party[seatsByParty.size()];
    int[] counts = new int[parties.length];
    int listed = 0;
    PartyIds byId = new PartyIds(parties.length);
    long total = vacancies;
    for (Map.Entry<Party, Integer> entry : seatsByParty.entrySet()) {
      Party party = requireNonNull(entry.getKey(), "party");
      Integer n = requireNonNull(entry.getValue(), "seats");
      Party sameId = byId.putIfAbsent(party);
      if (sameId != null) {
        throw new InvalidValueException(
            InvalidValueException.Problem.DUPLICATE,
            "party id",
            what.get() + ": party id " + party.id() + " is listed twice (" + sameId + " and "
                + party + ")",
            subject.withParty(party.id()));
      }
      if (n < 0) {
        throw new SeatCountException(
            what.get() + ": " + party.label() + " has negative seats (" + n + ")",
            subject.withParty(party.id()),
            n,
            0);
      }
      if (n > Checks.MAX_SEATS) {
        Checks.requireSeats(
            n, what.get() + ": seats of " + party.label(), subject.withParty(party.id()));
      }
      if (n > 0) {
        if (listed == parties.length) {
          // a map iterating more entries than its size said
          parties = Arrays.copyOf(parties, listed * 2 + 1);
          counts = Arrays.copyOf(counts, parties.length);
        }
        parties[listed] = party;
        counts[listed++] = n;
        total += n;
      }
    }
    if (total > Checks.MAX_SEATS) {
      Checks.requireAtMost(total, Checks.MAX_SEATS, what.get() + ": the total", "seats", subject);
    }
    if (listed == 0 && vacancies == 0) {
      return EMPTY;
    }
    if (listed < parties.length) {
      parties = Arrays.copyOf(parties, listed);
      counts = Arrays.copyOf(counts, listed);
    }
    return new Composition(parties, counts, vacancies, (int) total - vacancies);
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
    if (listedArray.length > SCANNED) {
      Integer n = asMap().get(party);
      return n == null ? 0 : n;
    }
    for (int i = 0; i < listedArray.length; i++) {
      if (listedArray[i].equals(party)) {
        return listedSeats[i];
      }
    }
    return 0;
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
   * How many parties hold at least one seat: the size of {@link #parties()}. With {@link #partyAt}
   * and {@link #seatsAt}, reads the composition by position without a map or an iterator (as the
   * tally does when it checks a declaration).
   *
   * @return the number of parties holding seats
   */
  public int partyCount() {
    return listedArray.length;
  }

  /**
   * The {@code i}th party holding seats, in the order of {@link #parties()}.
   *
   * @param i the position, from 0 to {@link #partyCount()} less one
   * @return the party
   * @throws IndexOutOfBoundsException if the position is outside that range
   */
  public Party partyAt(int i) {
    return listedArray[i];
  }

  /**
   * The seats of the {@code i}th party holding seats: {@code seats(partyAt(i))}, at least 1.
   *
   * @param i the position, from 0 to {@link #partyCount()} less one
   * @return the seats
   * @throws IndexOutOfBoundsException if the position is outside that range
   */
  public int seatsAt(int i) {
    return listedSeats[i];
  }

  /**
   * The parties holding at least one seat, in the order they were first given.
   *
   * @return an unmodifiable set of parties
   */
  public Set<Party> parties() {
    return asMap().keySet();
  }

  /**
   * Seats per party, for the parties holding at least one seat, in the order they were first
   * given.
   *
   * @return an unmodifiable map
   */
  public Map<Party, Integer> asMap() {
    Map<Party, Integer> made = map;
    if (made == null) {
      Integer[] boxed = new Integer[listedSeats.length];
      for (int i = 0; i < boxed.length; i++) {
        boxed[i] = listedSeats[i];
      }
      made = new PartyNumbers(listedArray, boxed);
      map = made;
    }
    return made;
  }

  /**
   * This composition with the given number of vacancies.
   *
   * @param newVacancies the vacancies of the copy, not negative
   * @return the copy
   * @throws SeatCountException if newVacancies is negative, or the total would be above {@link
   *     Checks#MAX_SEATS}
   */
  public Composition withVacancies(int newVacancies) {
    return of(asMap(), newVacancies);
  }

  /**
   * The seat-by-seat sum of two compositions: seats per party and vacancies added. Parties of this
   * composition come first, then the other's new parties.
   *
   * @param other the composition to add
   * @return the sum
   * @throws InvalidValueException if the two hold different parties with the same id
   * @throws SeatCountException if the total would be above {@link Checks#MAX_SEATS}
   */
  public Composition plus(Composition other) {
    Map<Party, Integer> sum = new LinkedHashMap<>(asMap());
    // each figure is at most MAX_SEATS, so neither sum can overflow an int
    other.asMap().forEach((party, n) -> sum.merge(party, n, Integer::sum));
    return of(sum, vacancies + other.vacancies);
  }

  /**
   * The seat-by-seat difference of two compositions.
   *
   * @param other the composition to take away; every party's seats and the vacancies must be at
   *     most this composition's
   * @return the difference
   * @throws SeatCountException if the other holds more seats of a party, or more vacancies
   */
  public Composition minus(Composition other) {
    Map<Party, Integer> difference = new LinkedHashMap<>(asMap());
    for (Map.Entry<Party, Integer> entry : other.asMap().entrySet()) {
      int left = seats(entry.getKey()) - entry.getValue();
      if (left < 0) {
        throw new SeatCountException(
            "cannot take "
                + entry.getValue()
                + " seats of "
                + entry.getKey().label()
                + " from a composition holding "
                + seats(entry.getKey()),
            DataSubject.party(entry.getKey()),
            entry.getValue(),
            seats(entry.getKey()));
      }
      difference.put(entry.getKey(), left);
    }
    if (other.vacancies > vacancies) {
      throw new SeatCountException(
          "cannot take " + other.vacancies + " vacancies from a composition with " + vacancies,
          DataSubject.none(),
          other.vacancies,
          vacancies);
    }
    return of(difference, vacancies - other.vacancies);
  }

  /** Equal by seats per party and vacancies, in any order of the parties. */
  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Composition other)
        || vacancies != other.vacancies
        || listedArray.length != other.listedArray.length) {
      return false;
    }
    // the same number of parties, each of other's once: equal if each of these holds as many there
    for (int i = 0; i < listedArray.length; i++) {
      if (other.seats(listedArray[i]) != listedSeats[i]) {
        return false;
      }
    }
    return true;
  }

  /** The hash code of {@link #asMap()}, times 31, plus the vacancies. */
  @Override
  public int hashCode() {
    int seats = 0;
    for (int i = 0; i < listedArray.length; i++) {
      seats += listedArray[i].hashCode() ^ listedSeats[i];
    }
    return seats * 31 + vacancies;
  }

  /**
   * The canonical form: party ids with seats, ordered by id, then vacancies, such as {@code
   * "Composition[PP52=33, PP53=27; vacancies=0]"}. Equal compositions print the same.
   *
   * @return the canonical text
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Composition");
    appendById(text, asMap());
    text.setLength(text.length() - 1);
    return text.append("; vacancies=").append(vacancies).append(']').toString();
  }

  /** Appends figures per party as {@code [id=n, ...]}, parties ordered by id (canonical). */
  static void appendById(StringBuilder text, Map<Party, Integer> figures) {
    List<Map.Entry<Party, Integer>> entries = new ArrayList<>(figures.entrySet());
    entries.sort(Comparator.comparing(entry -> entry.getKey().id()));
    text.append('[');
    String separator = "";
    for (Map.Entry<Party, Integer> entry : entries) {
      text.append(separator).append(entry.getKey().id()).append('=').append(entry.getValue());
      separator = ", ";
    }
    text.append(']');
  }

  /** Builds a {@link Composition}; not thread-safe, single use per composition. */
  public static final class Builder {
    private final Map<Party, Integer> seats = new LinkedHashMap<>();
    /** The ids given so far: one hash lookup per party, so building is linear. */
    private final Set<String> ids = new HashSet<>();
    private int vacancies;

    private Builder() {}

    /**
     * Sets a party's seats; a party is given once.
     *
     * @param party the party
     * @param count its seats, not negative
     * @return this builder
     * @throws InvalidValueException if the party (or another with its id) was already given
     */
    public Builder seats(Party party, int count) {
      requireNonNull(party, "party");
      if (!ids.add(party.id())) {
        throw new InvalidValueException(
            InvalidValueException.Problem.DUPLICATE,
            "party id",
            "composition: party " + party.label() + " is listed twice",
            DataSubject.party(party));
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
     * @throws SeatCountException if any count is negative, or a figure or the total is above
     *     {@link Checks#MAX_SEATS}
     */
    public Composition build() {
      return of(seats, vacancies);
    }
  }
}
