package org.psephos;

/**
 * Thrown when a party (or a party alias) is not one of the election's parties, or differs from the
 * election's party of the same id.
 */
public class UnknownPartyException extends ElectionDataException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with its message.
   *
   * @param message what is wrong, naming the party and, where known, the council
   */
  public UnknownPartyException(String message) {
    super(message);
  }
}
