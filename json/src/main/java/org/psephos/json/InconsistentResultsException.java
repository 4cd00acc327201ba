package org.psephos.json;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a results document contradicts itself: a derived figure (a change, an outcome, a
 * control, a standing) differs from the one recomputed from the document's declarations.
 */
public class InconsistentResultsException extends PsephosJsonException {
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
  public InconsistentResultsException(String reason, String pointer, long line, int column, @Nullable Throwable cause) {
    super(reason, pointer, line, column, cause);
  }
}
