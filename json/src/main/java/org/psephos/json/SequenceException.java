package org.psephos.json;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a declaration's sequence number is not greater than that of the declaration
 * before it in the same document or stream: a replayed or out-of-order declaration. A correction
 * carries a new, greater sequence number.
 */
public class SequenceException extends PsephosJsonException {
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
  public SequenceException(String reason, String pointer, long line, int column, @Nullable Throwable cause) {
    super(reason, pointer, line, column, cause);
  }
}
