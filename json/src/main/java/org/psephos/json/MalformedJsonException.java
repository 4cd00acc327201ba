package org.psephos.json;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when the input is not well-formed JSON: a syntax error, or content after the end of the
 * document.
 */
public class MalformedJsonException extends PsephosJsonException {
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
  public MalformedJsonException(String reason, String pointer, long line, int column, @Nullable Throwable cause) {
    super(reason, pointer, line, column, cause);
  }
}
