package org.psephos.json;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a whole number is larger than the format allows (see {@link JsonLimits}): for
 * instance a seat count above {@link JsonLimits#MAX_SEATS}, or a number beyond 64 bits. Negative
 * seat counts are the domain's to reject: they surface as {@link InvalidValueException} with core's
 * {@link org.psephos.SeatCountException} as the cause.
 */
public class NumberOutOfRangeException extends PsephosJsonException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param reason what is wrong
   * @param pointer the JSON pointer of the value at fault
   * @param line the line where the value starts, or -1
   * @param column the column where the value starts, or -1
   * @param cause the exception that rejected the value, if any
   */
  public NumberOutOfRangeException(String reason, String pointer, long line, int column, @Nullable Throwable cause) {
    super(reason, pointer, line, column, cause);
  }
}
