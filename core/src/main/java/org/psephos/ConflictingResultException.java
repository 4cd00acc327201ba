package org.psephos;

/**
 * Thrown when a ward result arrives for a council whose result the tally already holds as a whole
 * declaration. A whole declaration takes precedence over ward results; withdraw it first to count
 * the council ward by ward.
 */
public class ConflictingResultException extends ElectionDataException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with its message.
   *
   * @param message what conflicts, naming the council and the ward
   */
  public ConflictingResultException(String message) {
    super(message);
  }
}
