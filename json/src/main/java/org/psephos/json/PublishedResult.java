package org.psephos.json;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.psephos.Council;
import org.psephos.ElectionDataException;
import org.psephos.tally.Tally;

/**
 * One result as a feed publishes it: a council's whole {@link PublishedDeclaration declaration},
 * one ward's {@link PublishedWardResult result}, the {@link PublishedWithdrawal withdrawal} of
 * either, or a ward's {@link PublishedPostponement postponed poll}, with the election it belongs to, its sequence
 * number in the publisher's numbering and optionally when it was declared. A {@link ResultStream}
 * reads every kind from one newline-delimited feed; sequence numbers rise across the whole feed.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface PublishedResult
    permits PublishedDeclaration, PublishedWardResult, PublishedWithdrawal, PublishedPostponement {
  /**
   * The Democracy Club id of the election, such as {@code "local.2018-05-03"}.
   *
   * @return the election id
   */
  String electionId();

  /**
   * The sequence number, from 1 to {@link JsonLimits#MAX_SEQUENCE}, rising through a feed.
   *
   * @return the sequence number
   */
  long sequence();

  /**
   * When it was declared, with its UTC offset, or null if not given.
   *
   * @return the time, or null
   */
  @Nullable OffsetDateTime declaredAt();

  /**
   * When it was declared.
   *
   * @return the time with its offset, or empty if not given
   */
  default Optional<OffsetDateTime> declaredAtTime() {
    return Optional.ofNullable(declaredAt());
  }

  /**
   * The council the result is for.
   *
   * @return the council
   */
  Council council();

  /**
   * A tally with this result applied: {@link Tally#apply(org.psephos.Declaration)} or {@link
   * Tally#apply(org.psephos.ward.WardResult)}.
   *
   * @param tally the tally
   * @return the new tally; the given one is unchanged
   * @throws ElectionDataException if the tally rejects the result
   */
  Tally applyTo(Tally tally);
}
