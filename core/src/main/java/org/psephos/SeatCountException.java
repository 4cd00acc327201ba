package org.psephos;

/**
 * Thrown when seat or vote figures do not fit: a negative figure, seats won above seats contested,
 * continuing plus contested seats not equal to the council size, ballots rejected above ballots
 * cast, a candidate with more votes than valid ballots, or a figure above the maximum Psephos
 * accepts (see {@link Bounds}).
 *
 * <p>{@link #actual()} is the figure at fault and {@link #limit()} the bound it breaks: the minimum
 * when the figure is below it, the maximum when above it, the required value when the two must be
 * equal. Both are {@code long} so that a sum that would not fit an {@code int} is still reported
 * exactly.
 */
public final class SeatCountException extends ElectionDataException {
  private static final long serialVersionUID = 2L;

  private final long actual;
  private final long limit;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the council, the party and the numbers
   * @param subject the council, ward, party and candidate concerned, where known
   * @param actual the figure at fault
   * @param limit the bound it breaks
   */
  public SeatCountException(String message, DataSubject subject, long actual, long limit) {
    super(message, subject);
    this.actual = actual;
    this.limit = limit;
  }

  /**
   * The figure at fault, such as the seats won.
   *
   * @return the figure
   */
  public long actual() {
    return actual;
  }

  /**
   * The bound the figure breaks, such as the seats contested: a minimum, a maximum or a required
   * value, as the message says.
   *
   * @return the bound
   */
  public long limit() {
    return limit;
  }
}
