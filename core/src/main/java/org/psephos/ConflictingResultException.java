package org.psephos;

/**
 * Thrown when a ward result arrives for a council whose result the tally already holds as a whole
 * declaration. A whole declaration takes precedence over ward results; withdraw it first to count
 * the council ward by ward. The council and ward are in {@link #subject()}.
 */
public final class ConflictingResultException extends ElectionDataException {
  private static final long serialVersionUID = 2L;

  /**
   * Creates the exception.
   *
   * @param message what conflicts, naming the council and the ward
   * @param subject the council and ward concerned
   */
  public ConflictingResultException(String message, DataSubject subject) {
    super(message, subject);
  }
}
