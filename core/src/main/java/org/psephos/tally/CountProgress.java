package org.psephos.tally;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.psephos.DataSubject;
import org.psephos.ElectionDataException;
import org.psephos.InvalidValueException;
import org.psephos.SeatCountException;
import org.psephos.Party;

/**
 * How far the count has gone over the councils a standings covers, beyond the councils declared.
 *
 * <ul>
 *   <li>{@code councilsInProgress}: councils counted ward by ward with some but not all wards
 *       declared ("12 of 20 wards declared"); they are not declared, so they count in neither the
 *       councils declared nor control, and their seats are not in {@link PartyStanding#seatsWon()};
 *   <li>{@code seatsDeclared} of {@code seatsExpected}: the seats decided so far ("seats declared
 *       1,200 of 4,400"): the seats won in declared councils plus the seats won in the declared
 *       wards of councils in progress, of every seat contested;
 *   <li>{@code controlDecidedEarly}: per party, the councils in progress whose control it is already
 *       certain to have (its continuing and won seats already reach the majority);
 *       {@code noOverallControlDecidedEarly}: the councils in progress certain to be in no overall
 *       control (no party that may control can reach the majority even winning every seat still to
 *       fill). See {@link CouncilProgress#decidedControl()}.
 * </ul>
 *
 * <p>Checked at construction: no figure is negative; seats declared are at most seats expected;
 * councils decided early are at most councils in progress. Parties with no council decided early
 * are left out of the map.
 *
 * <p>Equal by all components. Immutable and thread-safe.
 *
 * @param councilsInProgress councils with some but not all wards declared
 * @param seatsDeclared seats decided so far, in declared councils and declared wards
 * @param seatsExpected seats contested in all councils covered
 * @param controlDecidedEarly per party, councils in progress it is certain to control
 * @param noOverallControlDecidedEarly councils in progress certain to be in no overall control
 */
public record CountProgress(
    int councilsInProgress,
    int seatsDeclared,
    int seatsExpected,
    Map<Party, Integer> controlDecidedEarly,
    int noOverallControlDecidedEarly) {
  /** The map of a progress with no council decided early: shared, as the copy of an empty map. */
  private static final Map<Party, Integer> NONE_DECIDED =
      Collections.unmodifiableMap(new LinkedHashMap<>());

  private static final CountProgress EMPTY = new CountProgress(0, 0, 0, Map.of(), 0);

  /**
   * Validates the figures and copies the map, leaving out parties with zero councils.
   *
   * @param councilsInProgress councils with some but not all wards declared
   * @param seatsDeclared seats decided so far, in declared councils and declared wards
   * @param seatsExpected seats contested in all councils covered
   * @param controlDecidedEarly per party, councils in progress it is certain to control
   * @param noOverallControlDecidedEarly councils in progress certain to be in no overall control
   * @throws SeatCountException if a figure is negative or the figures do not fit together
   * @throws InvalidValueException if two parties share an id
   */
  public CountProgress {
    requireNonNull(controlDecidedEarly, "controlDecidedEarly");
    if (councilsInProgress < 0
        || seatsDeclared < 0
        || seatsExpected < 0
        || noOverallControlDecidedEarly < 0) {
      throw new SeatCountException(
          "count progress: a figure is negative (councils in progress "
              + councilsInProgress
              + ", seats declared "
              + seatsDeclared
              + " of "
              + seatsExpected
              + ", no overall control decided early "
              + noOverallControlDecidedEarly
              + ")",
          DataSubject.none(),
          Math.min(Math.min(councilsInProgress, seatsDeclared), Math.min(seatsExpected, noOverallControlDecidedEarly)),
          0);
    }
    if (seatsDeclared > seatsExpected) {
      throw new SeatCountException(
          "count progress: seats declared ("
              + seatsDeclared
              + ") exceed seats expected ("
              + seatsExpected
              + ")",
          DataSubject.none(),
          seatsDeclared,
          seatsExpected);
    }
    Map<Party, Integer> copy = new LinkedHashMap<>();
    Map<String, Party> ids = controlDecidedEarly.isEmpty() ? Map.of() : new HashMap<>();
    long decided = noOverallControlDecidedEarly;
    for (Map.Entry<Party, Integer> entry : controlDecidedEarly.entrySet()) {
      Party party = requireNonNull(entry.getKey(), "party");
      int n = requireNonNull(entry.getValue(), "councils");
      if (ids.putIfAbsent(party.id(), party) != null) {
        throw new InvalidValueException(
            InvalidValueException.Problem.DUPLICATE,
            "party id",
            "count progress: party " + party.label() + " is listed twice",
            DataSubject.party(party));
      }
      if (n < 0) {
        throw new SeatCountException(
            "count progress: councils decided early for "
                + party.label()
                + " ("
                + n
                + ") are negative",
            DataSubject.party(party),
            n,
            0);
      }
      if (n > 0) {
        copy.put(party, n);
      }
      decided += n;
    }
    if (decided > councilsInProgress) {
      throw new SeatCountException(
          "count progress: councils decided early ("
              + decided
              + ") exceed councils in progress ("
              + councilsInProgress
              + ")",
          DataSubject.none(),
          decided,
          councilsInProgress);
    }
    controlDecidedEarly = copy.isEmpty() ? NONE_DECIDED : Collections.unmodifiableMap(copy);
  }

  /**
   * No progress at all: the identity of {@link #plus}.
   *
   * @return the empty progress
   */
  public static CountProgress empty() {
    return EMPTY;
  }

  /**
   * The councils in progress whose control is already decided, by a party or as no overall
   * control.
   *
   * @return the count
   */
  public int councilsDecidedEarly() {
    int decided = noOverallControlDecidedEarly;
    for (int n : controlDecidedEarly.values()) {
      decided += n;
    }
    return decided;
  }

  /**
   * The councils in progress whose control is still undecided.
   *
   * @return councils in progress less those decided early
   */
  public int councilsUndecided() {
    return councilsInProgress - councilsDecidedEarly();
  }

  /**
   * The councils in progress a party is already certain to control.
   *
   * @param party the party
   * @return the count, 0 if none
   */
  public int controlDecidedEarly(Party party) {
    return controlDecidedEarly.getOrDefault(requireNonNull(party, "party"), 0);
  }

  /**
   * The progress over two disjoint sets of councils, added.
   *
   * @param other the other progress
   * @return the sum
   */
  public CountProgress plus(CountProgress other) {
    Map<Party, Integer> decided = new LinkedHashMap<>(controlDecidedEarly);
    other.controlDecidedEarly.forEach((party, n) -> decided.merge(party, n, Math::addExact));
    return new CountProgress(
        Math.addExact(councilsInProgress, other.councilsInProgress),
        Math.addExact(seatsDeclared, other.seatsDeclared),
        Math.addExact(seatsExpected, other.seatsExpected),
        decided,
        Math.addExact(noOverallControlDecidedEarly, other.noOverallControlDecidedEarly));
  }
}
