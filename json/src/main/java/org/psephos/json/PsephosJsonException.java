package org.psephos.json;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.ContentReference;
import tools.jackson.databind.DatabindException;

/**
 * The base of every exception the JSON module throws for bad input: the one type a caller catches
 * to handle any document that cannot be read.
 *
 * <p>It extends Jackson's {@link DatabindException}, so it is unchecked, Jackson does not wrap it
 * when it leaves a deserializer, and code that already handles Jackson's exceptions handles it too.
 * Every instance carries:
 *
 * <ul>
 *   <li>the {@linkplain #pointer() JSON pointer} (RFC 6901) of the value at fault, such as {@code
 *       /councils/3/contest/previous}; the empty string is the whole document;
 *   <li>the {@linkplain #line() line} and {@linkplain #column() column} where that value starts
 *       (both from 1; in a declaration stream the line is the line of the stream);
 *   <li>the {@linkplain #reason() reason}, in the domain's words where the domain rejected the value
 *       ("Wandsworth (E09000032): seats won (61) exceed seats contested (60)").
 * </ul>
 *
 * <p>The message is {@code "<reason> (at <pointer>, line <l>, column <c>)"}. Subclasses name the
 * kind of failure; core's {@link org.psephos.ElectionDataException}, when it is the reason, is the
 * {@linkplain #getCause() cause}. A document that fails is never partly applied.
 */
public class PsephosJsonException extends DatabindException {
  private static final long serialVersionUID = 1L;

  /** What is wrong, without the location. */
  private final String reason;

  /** The JSON pointer of the value at fault. */
  private final String pointer;

  /** The line where the value starts, or -1. */
  private long line;

  /** The column where the value starts, or -1. */
  private final int column;

  /**
   * Creates the exception.
   *
   * @param reason what is wrong, in the domain's words
   * @param pointer the JSON pointer of the value at fault, empty for the whole document
   * @param line the line where the value starts, from 1, or -1 if unknown
   * @param column the column where the value starts, from 1, or -1 if unknown
   * @param cause the exception that rejected the value, if any
   */
  protected PsephosJsonException(
      String reason, String pointer, long line, int column, @Nullable Throwable cause) {
    super(reason, location(line, column), cause);
    this.reason = reason;
    this.pointer = pointer;
    this.line = line;
    this.column = column;
  }

  private static TokenStreamLocation location(long line, int column) {
    return new TokenStreamLocation(ContentReference.unknown(), -1L, -1L, (int) Math.min(line, Integer.MAX_VALUE), column);
  }

  /**
   * What is wrong, without the location.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  /**
   * The JSON pointer (RFC 6901) of the value at fault.
   *
   * @return the pointer, empty for the whole document
   */
  public String pointer() {
    return pointer;
  }

  /**
   * The line where the value at fault starts; in a declaration stream, the line of the stream.
   *
   * @return the line, from 1, or -1 if unknown
   */
  public long line() {
    return line;
  }

  /**
   * The column where the value at fault starts.
   *
   * @return the column, from 1, or -1 if unknown
   */
  public int column() {
    return column;
  }

  /** Moves the location to a line of a stream read one line at a time. */
  void atStreamLine(long streamLine) {
    this.line = streamLine;
    this._location = location(streamLine, column);
  }

  /**
   * The reason followed by the pointer, line and column.
   *
   * @return the message
   */
  @Override
  public String getMessage() {
    return reason + " (at " + (pointer.isEmpty() ? "the document root" : pointer) + ", line " + line
        + ", column " + column + ")";
  }

  @Override
  public String getLocalizedMessage() {
    return getMessage();
  }

  @Override
  public String toString() {
    return getClass().getName() + ": " + getMessage();
  }
}
