package org.psephos.ward;

import static java.util.Objects.requireNonNull;

import org.psephos.Checks;
import org.psephos.Composition;
import org.psephos.Council;
import org.psephos.DataSubject;
import org.psephos.SeatCountException;

/**
 * A ward whose poll is postponed (countermanded, for instance after a candidate died): its seats
 * are still to fill, and its result will come at a later poll (docs/rules.md, "Postponed wards").
 *
 * <p>Applied to a tally ({@code Tally.apply(WardPostponement)}), it lets a council counted ward by
 * ward be declared <em>provisionally</em> once every other ward is in: seats won are the sum of
 * its declared wards, the postponed ward's seats are still to fill, and seat changes leave out
 * their holders under the tally's baseline: the ward's seats as last fought (from the election),
 * or, against the eve-of-poll baseline, {@code heldBeforePoll} when given. The postponed ward's
 * result, applied later, replaces the postponement and completes the council. Brent, 2018: Labour
 * 57 (+4) on the night with Willesden Green's three Labour seats left out, then 60 (+4).
 *
 * <p>Equal by all components. Immutable and thread-safe.
 *
 * @param council the ward's council
 * @param wardId the ward's id, as the council's contest lists it
 * @param heldBeforePoll per party, the ward's seats it held on the eve of the poll (by-elections
 *     and defections counted), without vacancies; empty when not known
 */
public record WardPostponement(Council council, String wardId, Composition heldBeforePoll) {

  /**
   * Validates the components.
   *
   * @param council the ward's council
   * @param wardId the ward's id
   * @param heldBeforePoll per party, the ward's seats held on the eve of the poll, or empty
   * @throws org.psephos.InvalidValueException if the ward id breaks the id rules of {@link Checks}
   * @throws SeatCountException if the seats held include vacancies
   */
  public WardPostponement {
    requireNonNull(council, "council");
    requireNonNull(wardId, "wardId");
    requireNonNull(heldBeforePoll, "heldBeforePoll");
    Checks.requireId(wardId, council.label() + ": ward id", DataSubject.council(council));
    if (heldBeforePoll.vacancies() != 0) {
      throw new SeatCountException(
          council.label() + ", ward " + wardId + ": postponed, with seats held on the eve of the"
              + " poll including vacancies (" + heldBeforePoll.vacancies() + ")",
          DataSubject.council(council).withWard(wardId),
          heldBeforePoll.vacancies(),
          0);
    }
  }

  /**
   * A postponement that does not say who held the ward's seats on the eve of the poll.
   *
   * @param council the ward's council
   * @param wardId the ward's id
   * @return the postponement
   * @throws org.psephos.InvalidValueException if the ward id breaks the id rules of {@link Checks}
   */
  public static WardPostponement of(Council council, String wardId) {
    return new WardPostponement(council, wardId, Composition.empty());
  }

  /**
   * This postponement, saying who held the ward's seats on the eve of the poll.
   *
   * @param held per party, the ward's seats held on the eve of the poll, without vacancies
   * @return the postponement
   * @throws SeatCountException if the seats held include vacancies
   */
  public WardPostponement withHeldBeforePoll(Composition held) {
    return new WardPostponement(council, wardId, held);
  }
}
