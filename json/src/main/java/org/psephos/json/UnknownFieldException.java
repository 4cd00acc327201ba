package org.psephos.json;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when an object has a member the format does not define. Unknown members are rejected by
 * default, so that a misspelt optional field is not silently ignored; {@link
 * PsephosJson#ignoringUnknownFields()} and {@link PsephosModule#withUnknownFieldsIgnored()} relax
 * it.
 */
public class UnknownFieldException extends PsephosJsonException {
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
  public UnknownFieldException(String reason, String pointer, long line, int column, @Nullable Throwable cause) {
    super(reason, pointer, line, column, cause);
  }
}
