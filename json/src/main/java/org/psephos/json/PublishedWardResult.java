package org.psephos.json;

import static java.util.Objects.requireNonNull;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.psephos.Council;
import org.psephos.ElectionDataException;
import org.psephos.tally.Tally;
import org.psephos.ward.WardResult;

/**
 * A ward's result as a feed publishes it: the election it belongs to, its sequence number in the
 * publisher's numbering, and optionally when it was declared.
 *
 * <p>Sequence numbers rise through a feed: a later result for the same ward, with a greater
 * sequence number, is a correction and replaces the earlier one, as {@link
 * Tally#apply(WardResult)} does. Readers reject a sequence number that does not rise ({@link
 * PsephosJsonException.Kind#SEQUENCE}).
 *
 * <p>Equal by all components. Immutable and thread-safe.
 *
 * @param electionId the Democracy Club id of the election, such as {@code "local.2018-05-03"}
 * @param sequence the sequence number, from 1 to {@link JsonLimits#MAX_SEQUENCE}
 * @param declaredAt when the ward declared, with its UTC offset, or null if not given
 * @param result the ward's result
 */
public record PublishedWardResult(
    String electionId, long sequence, @Nullable OffsetDateTime declaredAt, WardResult result)
    implements PublishedResult {

  /**
   * Validates the components.
   *
   * @param electionId the Democracy Club id of the election
   * @param sequence the sequence number, from 1 to {@link JsonLimits#MAX_SEQUENCE}
   * @param declaredAt when the ward declared, or null
   * @param result the ward's result
   * @throws ElectionDataException if the election id is blank or the sequence number is out of
   *     range
   */
  public PublishedWardResult {
    requireNonNull(electionId, "electionId");
    requireNonNull(result, "result");
    if (electionId.isBlank()) {
      throw new ElectionDataException("the election id of a published ward result is blank");
    }
    if (sequence < 1 || sequence > JsonLimits.MAX_SEQUENCE) {
      throw new ElectionDataException(
          result.council().label() + ", ward " + result.wardId() + ": sequence number "
              + sequence + " is outside 1 to " + JsonLimits.MAX_SEQUENCE);
    }
  }

  /**
   * A published ward result without a time of declaration.
   *
   * @param electionId the Democracy Club id of the election
   * @param sequence the sequence number
   * @param result the ward's result
   * @return the published result
   * @throws ElectionDataException if the election id is blank or the sequence number is out of
   *     range
   */
  public static PublishedWardResult of(String electionId, long sequence, WardResult result) {
    return new PublishedWardResult(electionId, sequence, null, result);
  }

  /**
   * The council of the ward.
   *
   * @return the council
   */
  @Override
  public Council council() {
    return result.council();
  }

  /**
   * The tally with this ward's result applied.
   *
   * @param tally the tally
   * @return the new tally
   * @throws ElectionDataException if the tally rejects the result
   */
  @Override
  public Tally applyTo(Tally tally) {
    return tally.apply(result);
  }
}
