package org.psephos.json;

import static java.util.Objects.requireNonNull;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.psephos.Council;
import org.psephos.ElectionDataException;
import org.psephos.tally.Tally;

/**
 * A withdrawal as a feed publishes it: a council's result (its declaration or ward results), or
 * one ward's result, taken back as if it had not been declared, with the election it belongs to,
 * its sequence number in the publisher's numbering and optionally when it was published. Applied
 * with the library's own {@link Tally#withdraw(Council)} or {@link Tally#withdrawWard(Council,
 * String)}: withdrawing what has not declared changes nothing. Its sequence number rises with the
 * others of its feed, as a declaration's or a ward result's does.
 *
 * <p>Equal by all components. Immutable and thread-safe.
 *
 * @param electionId the Democracy Club id of the election, such as {@code "local.2018-05-03"}
 * @param sequence the sequence number, from 1 to {@link JsonLimits#MAX_SEQUENCE}
 * @param declaredAt when the withdrawal was published, with its UTC offset, or null if not given
 * @param council the council whose result is withdrawn
 * @param ward the id of the ward whose result is withdrawn, or empty to withdraw the council's
 */
public record PublishedWithdrawal(
    String electionId,
    long sequence,
    @Nullable OffsetDateTime declaredAt,
    Council council,
    Optional<String> ward)
    implements PublishedResult {

  /**
   * Validates the components.
   *
   * @param electionId the Democracy Club id of the election
   * @param sequence the sequence number, from 1 to {@link JsonLimits#MAX_SEQUENCE}
   * @param declaredAt when the withdrawal was published, or null
   * @param council the council
   * @param ward the ward's id, or empty for the whole council
   * @throws ElectionDataException if the election id or the ward id is blank, or the sequence
   *     number is out of range
   */
  public PublishedWithdrawal {
    requireNonNull(electionId, "electionId");
    requireNonNull(council, "council");
    requireNonNull(ward, "ward");
    if (electionId.isBlank()) {
      throw new ElectionDataException("the election id of a published withdrawal is blank");
    }
    if (ward.isPresent() && ward.get().isBlank()) {
      throw new ElectionDataException(council.label() + ": the withdrawn ward's id is blank");
    }
    if (sequence < 1 || sequence > JsonLimits.MAX_SEQUENCE) {
      throw new ElectionDataException(
          council.label() + ": withdrawal sequence number " + sequence + " is outside 1 to "
              + JsonLimits.MAX_SEQUENCE);
    }
  }

  /**
   * The tally without the withdrawn result.
   *
   * @param tally the tally
   * @return the new tally; the given one is unchanged
   * @throws ElectionDataException if the council is not part of the tally's election, or the ward
   *     is not one of its listed wards
   */
  @Override
  public Tally applyTo(Tally tally) {
    requireNonNull(tally, "tally");
    return ward.isPresent() ? tally.withdrawWard(council, ward.get()) : tally.withdraw(council);
  }
}
