package org.psephos;

/**
 * Thrown when election data is invalid: the base of Psephos's validation exceptions.
 *
 * <p>Every message names the council, the party and the numbers involved, for example {@code
 * "Wandsworth (E09000032): seats won (61) exceed seats contested (60)"}. An operation that throws
 * it changes nothing: values are immutable and a tally is left exactly as it was.
 */
public class ElectionDataException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with its message.
   *
   * @param message what is wrong, naming the council, the party and the numbers
   */
  public ElectionDataException(String message) {
    super(message);
  }
}
