package org.psephos;

/**
 * Thrown when an id is listed twice where ids must be unique: a party listed twice in an election
 * or a composition, a council contested twice, an alias mapped to two parties.
 */
public class DuplicateIdException extends ElectionDataException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with its message.
   *
   * @param message what is duplicated and where
   */
  public DuplicateIdException(String message) {
    super(message);
  }
}
