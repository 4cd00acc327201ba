package org.psephos;

/** Thrown when a number of seats (or of councils, or a council size) is negative. */
public class NegativeSeatsException extends SeatCountException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with its message.
   *
   * @param message what is wrong, naming the council, the party and the number
   */
  public NegativeSeatsException(String message) {
    super(message);
  }
}
