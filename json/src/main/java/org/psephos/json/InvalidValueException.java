package org.psephos.json;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a value is well-formed and of the right type, but validation rejects it: core's
 * {@link org.psephos.ElectionDataException} (negative seats, seats that do not add up, a party
 * listed twice, a malformed election id), which is then the cause and gives the reason, or one of
 * the format's own rules (a date, a time, a colour).
 */
public class InvalidValueException extends PsephosJsonException {
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
  public InvalidValueException(String reason, String pointer, long line, int column, @Nullable Throwable cause) {
    super(reason, pointer, line, column, cause);
  }
}
