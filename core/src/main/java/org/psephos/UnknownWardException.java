package org.psephos;

/**
 * Thrown when a ward result names a ward that is not part of the election, or a ward of another
 * council than the one it is given for, or is given for a council whose contest lists no wards.
 */
public class UnknownWardException extends ElectionDataException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with its message.
   *
   * @param message what is wrong, naming the ward and the council
   */
  public UnknownWardException(String message) {
    super(message);
  }
}
