package org.psephos.json;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.psephos.ElectionDataException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.ContentReference;
import tools.jackson.databind.DatabindException;

/**
 * The one exception the JSON module throws for input it cannot read: its {@linkplain #kind() kind},
 * the {@linkplain #pointer() JSON pointer}, {@linkplain #line() line} and {@linkplain #column()
 * column} of the value at fault, and the {@linkplain #reason() reason}.
 *
 * <p>It extends Jackson's {@link DatabindException}, so it is unchecked, Jackson does not wrap it
 * when it leaves a deserializer, and code that already handles Jackson's exceptions handles it too.
 * The pointer (RFC 6901) is such as {@code /councils/3/contest/previous}, the empty string being the
 * whole document; line and column count from 1 (in a stream, the line is the stream's). The reason
 * is in the domain's words where the domain rejected the value ("Wandsworth (E09000032): seats won
 * (61) exceed seats contested (60)"), and core's {@link ElectionDataException} is then the
 * {@linkplain #electionDataCause() cause}. The message is {@code "<reason> (at <pointer>, line <l>,
 * column <c>)"}. Immutable: a document that fails is never partly applied.
 */
public final class PsephosJsonException extends DatabindException {
  private static final long serialVersionUID = 2L;

  /** What kind of fault the input has. */
  public enum Kind {
    /** Not well-formed JSON: a syntax error, bytes that are not UTF-8, content after the end. */
    MALFORMED_JSON,
    /** The input ends before the document does, or holds no document. */
    TRUNCATED_DOCUMENT,
    /** An object has the same member name twice; the pointer is the second occurrence. */
    DUPLICATE_KEY,
    /** A value has the wrong JSON type (a string for a number, a fraction for a whole number). */
    WRONG_TYPE,
    /** A required member is missing; the pointer is where it should be. */
    MISSING_FIELD,
    /** A member the format does not define (unless unknown members are ignored). */
    UNKNOWN_FIELD,
    /** A whole number outside the range the format allows (see {@link JsonLimits}). */
    NUMBER_OUT_OF_RANGE,
    /** The input exceeds a reading limit of {@link JsonLimits}. */
    LIMIT_EXCEEDED,
    /** The {@code "format"} names another kind of document or an unknown version. */
    UNSUPPORTED_FORMAT,
    /** An id names no party, council or ward of the election, or the document is for another. */
    UNKNOWN_REFERENCE,
    /** Well-formed and well-typed, but the domain or a rule of the format rejects the value. */
    INVALID_VALUE,
    /** A results document contradicts itself: a derived figure differs from the recomputed one. */
    INCONSISTENT_RESULTS,
    /** A sequence number does not rise above the one before it in the document or stream. */
    SEQUENCE
  }

  /** What kind of fault it is. */
  private final Kind kind;

  /** What is wrong, without the location. */
  private final String reason;

  /** The JSON pointer of the value at fault, empty for the whole document. */
  private final String pointer;

  /** The 1-based line of the fault, or -1 when unknown. */
  private final long line;

  /** The 1-based column of the fault, or -1 when unknown. */
  private final int column;

  /**
   * Creates the exception.
   *
   * @param kind what kind of fault it is
   * @param reason what is wrong, in the domain's words
   * @param pointer the JSON pointer of the value at fault, empty for the whole document
   * @param line the line where the value starts, from 1, or -1 if unknown
   * @param column the column where the value starts, from 1, or -1 if unknown
   * @param cause the exception that rejected the value, if any
   */
  public PsephosJsonException(
      Kind kind,
      String reason,
      String pointer,
      long line,
      int column,
      @Nullable Throwable cause) {
    super(reason, location(line, column), cause);
    this.kind = requireNonNull(kind, "kind");
    this.reason = requireNonNull(reason, "reason");
    this.pointer = requireNonNull(pointer, "pointer");
    this.line = line;
    this.column = column;
  }

  private static TokenStreamLocation location(long line, int column) {
    return new TokenStreamLocation(
        ContentReference.unknown(), -1L, -1L, (int) Math.min(line, Integer.MAX_VALUE), column);
  }

  /**
   * The same failure at a line of a stream read one line at a time.
   *
   * @param streamLine the line of the stream, from 1
   * @return a new exception with that line, and this one's kind, reason, pointer, column and cause
   */
  public PsephosJsonException atStreamLine(long streamLine) {
    PsephosJsonException moved =
        new PsephosJsonException(kind, reason, pointer, streamLine, column, getCause());
    moved.setStackTrace(getStackTrace());
    return moved;
  }

  /**
   * What kind of fault the input has.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
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
   * The line where the value at fault starts; in a stream, the line of the stream.
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

  /**
   * Core's exception, where the domain rejected the value.
   *
   * @return the cause if it is an {@link ElectionDataException}, else empty
   */
  public Optional<ElectionDataException> electionDataCause() {
    return getCause() instanceof ElectionDataException e ? Optional.of(e) : Optional.empty();
  }

  /**
   * The reason followed by the pointer, line and column.
   *
   * @return the message
   */
  @Override
  public String getMessage() {
    return reason + " (at " + (pointer.isEmpty() ? "the document root" : pointer) + ", line "
        + line + ", column " + column + ")";
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
