package org.psephos;

/**
 * Thrown when a required text value (an id, a name, a region) is blank, or an id has a form the
 * value does not accept.
 */
public class BlankValueException extends ElectionDataException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with its message.
   *
   * @param message which value is blank and what it belongs to
   */
  public BlankValueException(String message) {
    super(message);
  }
}
