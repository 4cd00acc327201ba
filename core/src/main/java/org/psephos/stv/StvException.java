package org.psephos.stv;

import java.util.OptionalInt;
import org.psephos.ElectionDataException;

/**
 * Thrown when a ballot profile is invalid or cannot be read: a malformed BLT line, a preference
 * for a candidate who does not exist, a seat count the candidates cannot fill, or figures too
 * large to count exactly. The message names the ward (the profile's title), the line and the
 * numbers at fault.
 */
public class StvException extends ElectionDataException {
  private static final long serialVersionUID = 1L;

  /** The 1-based line of the BLT text at fault, 0 when not read from text. */
  private final int line;

  /**
   * Creates the exception for a profile not read from text.
   *
   * @param message what is wrong, naming the ward and the numbers
   */
  public StvException(String message) {
    this(message, 0);
  }

  /**
   * Creates the exception for a line of BLT text.
   *
   * @param message what is wrong, naming the ward and the numbers
   * @param line the 1-based line at fault, 0 when not read from text
   */
  public StvException(String message, int line) {
    super(message);
    this.line = line;
  }

  /**
   * The line of BLT text at fault.
   *
   * @return the 1-based line number, or empty when the profile was not read from text
   */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }
}
