package org.psephos;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Thrown when election data is invalid: the base of Psephos's validation exceptions.
 *
 * <p>Every message names the council, the party and the numbers involved, for example {@code
 * "Wandsworth (E09000032): seats won (61) exceed seats contested (60)"}, and the same facts can be
 * read from {@link #subject()} and the subclasses' accessors. An operation that throws it changes
 * nothing: values are immutable and a tally is left exactly as it was. The exception itself is
 * immutable once built.
 *
 * <p>The subclasses: {@link InvalidValueException} (a value cannot be built), {@link
 * SeatCountException} (seat or vote figures that do not fit), {@link UnknownIdException} (a party,
 * council or ward not in the election), {@link UnresolvedTieException} (a tie the winners drawn by
 * lot do not settle) and {@link ConflictingResultException}.
 */
public class ElectionDataException extends IllegalArgumentException {
  private static final long serialVersionUID = 2L;

  /** What the problem concerns (records are serializable only if their components are: kept). */
  private final transient DataSubject subject;

  /**
   * Creates the exception with its message, concerning nothing in particular.
   *
   * @param message what is wrong, naming the council, the party and the numbers
   */
  public ElectionDataException(String message) {
    this(message, DataSubject.none());
  }

  /**
   * Creates the exception with its message and what it concerns.
   *
   * @param message what is wrong, naming the council, the party and the numbers
   * @param subject the council, ward, party and candidate concerned, where known
   */
  public ElectionDataException(String message, DataSubject subject) {
    super(message);
    this.subject = requireNonNull(subject, "subject");
  }

  /**
   * What the problem concerns.
   *
   * @return the council, ward, party and candidate concerned, where known
   */
  public DataSubject subject() {
    return subject == null ? DataSubject.none() : subject;
  }

  /**
   * The id of the council concerned.
   *
   * @return the council id, or empty if no council in particular
   */
  public Optional<String> councilId() {
    return subject().councilId();
  }

  /**
   * The id of the ward concerned.
   *
   * @return the ward id, or empty if no ward in particular
   */
  public Optional<String> wardId() {
    return subject().wardId();
  }

  /**
   * The id of the party concerned.
   *
   * @return the party id, or empty if no party in particular
   */
  public Optional<String> partyId() {
    return subject().partyId();
  }
}
