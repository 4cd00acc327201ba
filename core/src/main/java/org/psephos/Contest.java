package org.psephos;

import static java.util.Objects.requireNonNull;

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
 *       total is the council's size before the election, and control before is decided on it.
 * </ul>
 *
 * <p>The rules checked at construction: at least one seat is contested; continuing seats plus
 * contested seats equal the council size; defended seats have no vacancies; the continuing
 * councillors are part of the previous composition (no party continues with more seats than it
 * held before, and no more seats continue vacant than were vacant); the previous composition is not
 * empty. {@code previous} and {@code defended} are never assumed equal.
 *
 * <p>Equal by all components. Immutable and thread-safe.
 *
 * @param council the council
 * @param contested the number of seats up for election, at least 1
 * @param continuing the composition of the seats not up
 * @param defended seats per party when the contested seats were last fought (notional after a
 *     boundary change)
 * @param previous the composition on the eve of the election
 */
public record Contest(
    Council council, int contested, Composition continuing, Composition defended, Composition previous) {

  /**
   * Validates the contest against its council.
   *
   * @param council the council
   * @param contested the number of seats up for election, at least 1
   * @param continuing the composition of the seats not up
   * @param defended the last-fought baseline of the contested seats
   * @param previous the composition on the eve of the election
   * @throws NegativeSeatsException if the seats contested are negative
   * @throws SeatCountException if the numbers do not add up, naming the council and the numbers
   */
  public Contest {
    requireNonNull(council, "council");
    requireNonNull(continuing, "continuing");
    requireNonNull(defended, "defended");
    requireNonNull(previous, "previous");
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
    return new Contest(council, council.size(), Composition.empty(), defended, previous);
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
    return new Contest(council, contested, continuing, defended, previous);
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
