package org.psephos.examples.cli;

import org.psephos.json.PsephosJsonException;

/**
 * An input the command cannot use: a missing or unreadable file, or a document that is not valid.
 * Its message names the file, the place in it and the reason, as {@code FILE:LINE:COLUMN: reason
 * (at /json/pointer)}; the command prints it on standard error and exits with status 1.
 */
final class BadDataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BadDataException(String message) {
    super(message);
  }

  BadDataException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * The exception for a document the JSON module rejected.
   *
   * @param file the file's name as the user gave it
   * @param e the JSON module's exception
   * @return the exception, its message naming the file and the place
   */
  static BadDataException of(String file, PsephosJsonException e) {
    return new BadDataException(Problem.of(file, e).toString(), e);
  }
}
