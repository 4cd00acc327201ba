package org.psephos.json;

import static java.util.Objects.requireNonNull;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.psephos.Council;
import org.psephos.ElectionDataException;
import org.psephos.tally.Tally;
import org.psephos.ward.WardPostponement;

/**
 * A ward's postponed poll as a feed publishes it: the {@link WardPostponement} (the council, the
 * ward, and optionally who held its seats on the eve of the poll), with the election it belongs
 * to, its sequence number in the publisher's numbering and optionally when it was published.
 * Applied with the library's own {@link Tally#apply(WardPostponement)}: once the council's other
 * wards are in, it is declared provisionally, and the ward's result, published later, completes
 * it. Its sequence number rises with the others of its feed.
 *
 * <p>Equal by all components. Immutable and thread-safe.
 *
 * @param electionId the Democracy Club id of the election, such as {@code "local.2018-05-03"}
 * @param sequence the sequence number, from 1 to {@link JsonLimits#MAX_SEQUENCE}
 * @param declaredAt when the postponement was published, with its UTC offset, or null if not given
 * @param postponement the ward postponed
 */
public record PublishedPostponement(
    String electionId,
    long sequence,
    @Nullable OffsetDateTime declaredAt,
    WardPostponement postponement)
    implements PublishedResult {

  /**
   * Validates the components.
   *
   * @param electionId the Democracy Club id of the election
   * @param sequence the sequence number, from 1 to {@link JsonLimits#MAX_SEQUENCE}
   * @param declaredAt when the postponement was published, or null
   * @param postponement the ward postponed
   * @throws ElectionDataException if the election id is blank or the sequence number is out of
   *     range
   */
  public PublishedPostponement {
    requireNonNull(electionId, "electionId");
    requireNonNull(postponement, "postponement");
    if (electionId.isBlank()) {
      throw new ElectionDataException("the election id of a published postponement is blank");
    }
    if (sequence < 1 || sequence > JsonLimits.MAX_SEQUENCE) {
      throw new ElectionDataException(
          postponement.council().label() + ": postponement sequence number " + sequence
              + " is outside 1 to " + JsonLimits.MAX_SEQUENCE);
    }
  }

  /**
   * The council whose ward is postponed.
   *
   * @return the council
   */
  @Override
  public Council council() {
    return postponement.council();
  }

  /**
   * The tally with the ward postponed.
   *
   * @param tally the tally
   * @return the new tally; the given one is unchanged
   * @throws ElectionDataException as {@link Tally#apply(WardPostponement)} does
   */
  @Override
  public Tally applyTo(Tally tally) {
    requireNonNull(tally, "tally");
    return tally.apply(postponement);
  }
}
