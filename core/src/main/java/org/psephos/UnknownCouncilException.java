package org.psephos;

/**
 * Thrown when a council is not part of the election, or differs from the election's council of the
 * same id.
 */
public class UnknownCouncilException extends ElectionDataException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with its message.
   *
   * @param message what is wrong, naming the council and the election
   */
  public UnknownCouncilException(String message) {
    super(message);
  }
}
