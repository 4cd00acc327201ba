package org.psephos;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when a party, council or ward is not part of the election, or differs from the election's
 * party, council or ward of the same id.
 *
 * <p>{@link #kind()} says what was looked up and {@link #id()} the id that was not found.
 */
public final class UnknownIdException extends ElectionDataException {
  private static final long serialVersionUID = 1L;

  /** What kind of thing an id was looked up as. */
  public enum Kind {
    /** A party (or a party alias). */
    PARTY,
    /** A council. */
    COUNCIL,
    /** A ward. */
    WARD
  }

  private final Kind kind;
  private final String id;

  /**
   * Creates the exception.
   *
   * @param kind what the id was looked up as
   * @param id the id not found, or found with different components
   * @param message what is wrong, naming the id and the election
   * @param subject the council, ward, party and candidate concerned, where known
   */
  public UnknownIdException(Kind kind, String id, String message, DataSubject subject) {
    super(message, subject);
    this.kind = requireNonNull(kind, "kind");
    this.id = requireNonNull(id, "id");
  }

  /**
   * What the id was looked up as.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The id that is not part of the election (or differs from the election's of that id).
   *
   * @return the id
   */
  public String id() {
    return id;
  }
}
