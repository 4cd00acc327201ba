package org.psephos;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The part of a council up for election on the day.
 *
 * <ul>
 *   <li>{@code contested}: how many seats are up (every seat in an all-out election);
 *   <li>{@code continuing}: the composition of the seats not up, whose holders continue (empty in
 *       an all-out election; it may hold vacancies);
 *   <li>{@code defended}: the last-fought baseline, per party how many of the contested seats it
 *       won when they were last fought; after a boundary change a notional result, so its total may
 *       differ from {@code contested};
 *   <li>{@code previous}: the whole composition going into the election, vacancies included; its
 *       total is the council's size before the election, and control before is decided on it;
 *   <li>{@code wards}: optionally, the wards that elect the contested seats, in the order to keep,
 *       for counting the council ward by ward; empty when the council is tallied from whole
 *       declarations only.
 * </ul>
 *
 * <p>The rules checked at construction: at least one seat is contested; continuing seats plus
 * contested seats equal the council size; defended seats have no vacancies; the continuing
 * councillors are part of the previous composition (no party continues with more seats than it
 * held before, and no more seats continue vacant than were vacant); the previous composition is not
 * empty. {@code previous} and {@code defended} are never assumed equal. When wards are listed: no
 * ward id is listed twice; the wards' seats add up to the seats contested; and the wards' defended
 * seats add up, party by party, to the contest's {@code defended} seats, so that ward-by-ward
 * changes and the council's change agree.
 *
 * <p>Equal by all components. Immutable and thread-safe.
 *
 * @param council the council
 * @param contested the number of seats up for election, at least 1
 * @param continuing the composition of the seats not up
 * @param defended seats per party when the contested seats were last fought (notional after a
 *     boundary change)
 * @param previous the composition on the eve of the election
 * @param wards the wards electing the contested seats, in order; empty if not listed
 */
public record Contest(
    Council council,
    int contested,
    Composition continuing,
    Composition defended,
    Composition previous,
    List<Ward> wards) {

  /**
   * Validates the contest against its council.
   *
   * @param council the council
   * @param contested the number of seats up for election, at least 1
   * @param continuing the composition of the seats not up
   * @param defended the last-fought baseline of the contested seats
   * @param previous the composition on the eve of the election
   * @param wards the wards electing the contested seats, in order; empty if not listed
   * @throws NegativeSeatsException if the seats contested are negative
   * @throws SeatCountException if the numbers do not add up, naming the council and the numbers
   * @throws DuplicateIdException if a ward id is listed twice
   */
  public Contest {
    requireNonNull(council, "council");
    requireNonNull(continuing, "continuing");
    requireNonNull(defended, "defended");
    requireNonNull(previous, "previous");
    wards = List.copyOf(requireNonNull(wards, "wards"));
    String name = council.label();
    if (contested < 0) {
      throw new NegativeSeatsException(name + ": seats contested (" + contested + ") are negative");
    }
    if (contested < 1) {
      throw new SeatCountException(name + ": seats contested (" + contested + ") must be at least 1");
    }
    if (continuing.total() + contested != council.size()) {
      throw new SeatCountException(
          name
              + ": continuing seats ("
              + continuing.total()
              + ") plus seats contested ("
              + contested
              + ") do not equal the council size ("
              + council.size()
              + ")");
    }
    if (defended.vacancies() != 0) {
      throw new SeatCountException(
          name + ": defended seats include vacancies (" + defended.vacancies() + ")");
    }
    if (previous.isEmpty()) {
      throw new SeatCountException(name + ": the previous composition is empty");
    }
    for (Party party : continuing.parties()) {
      if (continuing.seats(party) > previous.seats(party)) {
        throw new SeatCountException(
            name
                + ": "
                + party.label()
                + " continues with "
                + continuing.seats(party)
                + " seats but held only "
                + previous.seats(party)
                + " before the election");
      }
    }
    if (continuing.vacancies() > previous.vacancies()) {
      throw new SeatCountException(
          name
              + ": continuing vacancies ("
              + continuing.vacancies()
              + ") exceed the vacancies before the election ("
              + previous.vacancies()
              + ")");
    }
    if (!wards.isEmpty()) {
      checkWards(council, contested, defended, wards);
    }
  }

  /**
   * A contest without a list of wards, tallied from whole declarations.
   *
   * @param council the council
   * @param contested the number of seats up for election, at least 1
   * @param continuing the composition of the seats not up
   * @param defended the last-fought baseline of the contested seats
   * @param previous the composition on the eve of the election
   * @throws NegativeSeatsException if the seats contested are negative
   * @throws SeatCountException if the numbers do not add up, naming the council and the numbers
   */
  public Contest(
      Council council,
      int contested,
      Composition continuing,
      Composition defended,
      Composition previous) {
    this(council, contested, continuing, defended, previous, List.of());
  }

  private static void checkWards(
      Council council, int contested, Composition defended, List<Ward> wards) {
    String name = council.label();
    Set<String> ids = new HashSet<>();
    int seats = 0;
    Map<String, Party> parties = new LinkedHashMap<>();
    Map<String, Integer> defendedById = new LinkedHashMap<>();
    for (Party party : defended.parties()) {
      parties.put(party.id(), party);
      defendedById.put(party.id(), 0);
    }
    for (Ward ward : wards) {
      requireNonNull(ward, "ward");
      if (!ids.add(ward.id())) {
        throw new DuplicateIdException(name + ": ward " + ward.label() + " is listed twice");
      }
      seats += ward.seats();
      for (Map.Entry<Party, Integer> entry : ward.defended().asMap().entrySet()) {
        Party party = entry.getKey();
        Party sameId = parties.putIfAbsent(party.id(), party);
        if (sameId != null && !sameId.equals(party)) {
          throw new DuplicateIdException(
              name + ": ward " + ward.label() + " names " + party + ", which differs from "
                  + sameId);
        }
        defendedById.merge(party.id(), entry.getValue(), Integer::sum);
      }
    }
    if (seats != contested) {
      throw new SeatCountException(
          name
              + ": the wards' seats ("
              + seats
              + ") do not equal seats contested ("
              + contested
              + ")");
    }
    for (Map.Entry<String, Integer> entry : defendedById.entrySet()) {
      Party party = parties.get(entry.getKey());
      int contestSeats = party == null ? 0 : defended.seats(party);
      if (party != null && entry.getValue() != contestSeats) {
        throw new SeatCountException(
            name
                + ": the wards' defended seats of "
                + party.label()
                + " add up to "
                + entry.getValue()
                + ", not the contest's "
                + contestSeats);
      }
    }
  }
  /**
   * An all-out contest: every seat is up and none continues.
   *
   * @param council the council
   * @param previous the composition on the eve of the election (its total is the old size)
   * @param defended the last-fought baseline, notional after a boundary change
   * @return the contest
   * @throws SeatCountException if the compositions are invalid for the council
   */
  public static Contest allOut(Council council, Composition previous, Composition defended) {
    return new Contest(council, council.size(), Composition.empty(), defended, previous, List.of());
  }

  /**
   * A partial contest (by thirds or halves): some seats are up, the others continue.
   *
   * @param council the council
   * @param contested the number of seats up
   * @param continuing the composition of the seats not up
   * @param previous the composition on the eve of the election
   * @param defended the last-fought baseline of the contested seats
   * @return the contest
   * @throws SeatCountException if the numbers do not add up
   */
  public static Contest partial(
      Council council,
      int contested,
      Composition continuing,
      Composition previous,
      Composition defended) {
    return new Contest(council, contested, continuing, defended, previous, List.of());
  }

  /**
   * A copy of this contest listing its wards, replacing any listed before.
   *
   * @param wardsInOrder the wards, in the order to keep; their seats add up to the seats contested
   *     and their defended seats to the contest's defended seats
   * @return the copy
   * @throws SeatCountException if the seats or the defended seats do not add up
   * @throws DuplicateIdException if a ward id is listed twice
   */
  public Contest withWards(List<Ward> wardsInOrder) {
    return new Contest(council, contested, continuing, defended, previous, wardsInOrder);
  }

  /**
   * A copy of this contest listing its wards, replacing any listed before.
   *
   * @param wardsInOrder the wards, in the order to keep
   * @return the copy
   * @throws SeatCountException if the seats or the defended seats do not add up
   * @throws DuplicateIdException if a ward id is listed twice
   */
  public Contest withWards(Ward... wardsInOrder) {
    return withWards(List.of(wardsInOrder));
  }

  /**
   * Whether the contest lists its wards, so that the council can be counted ward by ward.
   *
   * @return true if at least one ward is listed
   */
  public boolean hasWards() {
    return !wards.isEmpty();
  }

  /**
   * A ward of this contest, by id.
   *
   * @param wardId the ward id
   * @return the ward, or empty if the contest lists no ward with that id
   */
  public Optional<Ward> ward(String wardId) {
    requireNonNull(wardId, "wardId");
    for (Ward ward : wards) {
      if (ward.id().equals(wardId)) {
        return Optional.of(ward);
      }
    }
    return Optional.empty();
  }

  /**
   * The ids of the listed wards, in order.
   *
   * @return an unmodifiable list
   */
  public List<String> wardIds() {
    List<String> ids = new ArrayList<>(wards.size());
    for (Ward ward : wards) {
      ids.add(ward.id());
    }
    return java.util.Collections.unmodifiableList(ids);
  }

  /**
   * Whether every seat is up.
   *
   * @return true for an all-out election
   */
  public boolean isAllOut() {
    return continuing.isEmpty();
  }

  /**
   * The pre-election baseline of the contested seats: the previous composition less the continuing
   * seats, vacancies excluded, that is the contested seats as held on the eve of the poll
   * (by-elections and defections counted).
   *
   * @return the pre-election baseline
   */
  public Composition preElection() {
    return previous.minus(continuing).withVacancies(0);
  }
}
