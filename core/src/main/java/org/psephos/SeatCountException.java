package org.psephos;

/**
 * Thrown when seat numbers do not add up: negative seats, seats won above seats contested,
 * continuing plus contested seats not equal to the council size, or a composition larger than the
 * council.
 */
public class SeatCountException extends ElectionDataException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with its message.
   *
   * @param message what is wrong, naming the council, the party and the numbers
   */
  public SeatCountException(String message) {
    super(message);
  }
}
