package org.psephos.json;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a value has the wrong JSON type: a string where a number is expected, a fraction
 * where a whole number is, an array where an object is, a null anywhere.
 */
public class WrongTypeException extends PsephosJsonException {
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
  public WrongTypeException(String reason, String pointer, long line, int column, @Nullable Throwable cause) {
    super(reason, pointer, line, column, cause);
  }
}
