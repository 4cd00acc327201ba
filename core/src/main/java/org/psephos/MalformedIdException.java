package org.psephos;

/** Thrown when an id does not have the form its value requires, such as an election id. */
public class MalformedIdException extends ElectionDataException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with its message.
   *
   * @param message which id is malformed and the form expected
   */
  public MalformedIdException(String message) {
    super(message);
  }
}
