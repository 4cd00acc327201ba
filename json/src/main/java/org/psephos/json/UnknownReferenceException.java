package org.psephos.json;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when an id names nothing the election has: a party id (or alias) that is not one of
 * its parties, a council id that is not one of its councils, a ward id that is not one of the
 * council's wards, or a document for another election. The cause, where there is one, is core's
 * {@link org.psephos.UnknownIdException}, {@link org.psephos.UnknownIdException} or {@link
 * org.psephos.UnknownIdException}.
 */
public class UnknownReferenceException extends PsephosJsonException {
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
  public UnknownReferenceException(String reason, String pointer, long line, int column, @Nullable Throwable cause) {
    super(reason, pointer, line, column, cause);
  }
}
