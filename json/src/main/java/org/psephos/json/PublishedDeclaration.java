package org.psephos.json;

import static java.util.Objects.requireNonNull;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.psephos.Council;
import org.psephos.Declaration;
import org.psephos.ElectionDataException;
import org.psephos.tally.Tally;

/**
 * A council's declaration as a feed publishes it: the election it belongs to, its sequence number
 * in the publisher's numbering, and optionally when it was declared.
 *
 * <p>Sequence numbers rise through a feed: a declaration for a council that already declared, with
 * a greater sequence number, is a correction (or the completion of a postponed poll) and replaces
 * the earlier one, as {@link org.psephos.tally.Tally#apply} does. Readers reject a sequence number
 * that does not rise ({@link PsephosJsonException.Kind#SEQUENCE}), so a replayed line is recognisable.
 *
 * <p>Equal by all components. Immutable and thread-safe.
 *
 * @param electionId the Democracy Club id of the election, such as {@code "local.2018-05-03"}
 * @param sequence the sequence number, from 1 to {@link JsonLimits#MAX_SEQUENCE}
 * @param declaredAt when the council declared, with its UTC offset, or null if not given
 * @param declaration the declaration
 */
public record PublishedDeclaration(
    String electionId, long sequence, @Nullable OffsetDateTime declaredAt, Declaration declaration)
    implements PublishedResult {

  /**
   * Validates the components.
   *
   * @param electionId the Democracy Club id of the election
   * @param sequence the sequence number, from 1 to {@link JsonLimits#MAX_SEQUENCE}
   * @param declaredAt when the council declared, or null
   * @param declaration the declaration
   * @throws ElectionDataException if the election id is blank or the sequence number is out of
   *     range
   */
  public PublishedDeclaration {
    requireNonNull(electionId, "electionId");
    requireNonNull(declaration, "declaration");
    if (electionId.isBlank()) {
      throw new ElectionDataException("the election id of a published declaration is blank");
    }
    if (sequence < 1 || sequence > JsonLimits.MAX_SEQUENCE) {
      throw new ElectionDataException(
          declaration.council().label() + ": sequence number " + sequence
              + " is outside 1 to " + JsonLimits.MAX_SEQUENCE);
    }
  }

  /**
   * A published declaration without a time of declaration.
   *
   * @param electionId the Democracy Club id of the election
   * @param sequence the sequence number
   * @param declaration the declaration
   * @return the published declaration
   * @throws ElectionDataException if the election id is blank or the sequence number is out of
   *     range
   */
  public static PublishedDeclaration of(String electionId, long sequence, Declaration declaration) {
    return new PublishedDeclaration(electionId, sequence, null, declaration);
  }

  /**
   * When the council declared.
   *
   * @return the time with its offset, or empty if not given
   */
  @Override
  public Optional<OffsetDateTime> declaredAtTime() {
    return Optional.ofNullable(declaredAt);
  }

  /**
   * The council that declared.
   *
   * @return the council
   */
  @Override
  public Council council() {
    return declaration.council();
  }

  /**
   * The tally with this declaration applied.
   *
   * @param tally the tally
   * @return the new tally
   * @throws ElectionDataException if the tally rejects the declaration
   */
  @Override
  public Tally applyTo(Tally tally) {
    return tally.apply(declaration);
  }
}
