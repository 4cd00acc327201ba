package org.psephos;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when a value cannot be built from what was given: a blank or over-long text, an id of the
 * wrong form or with characters ids may not hold, a name with control characters or unpaired
 * surrogates, or an id listed twice where ids must be unique.
 *
 * <p>{@link #problem()} says which of these it is and {@link #what()} names the value, such as
 * {@code "party id"} or {@code "name of council E09000032"}.
 */
public final class InvalidValueException extends ElectionDataException {
  private static final long serialVersionUID = 1L;

  /** Why a value cannot be built. */
  public enum Problem {
    /** The text is empty or white space only. */
    BLANK,
    /** The text is longer than its documented maximum. */
    TOO_LONG,
    /** The id does not have the form its value requires (such as an election id). */
    MALFORMED,
    /** The text holds a character its value does not accept. */
    FORBIDDEN_CHARACTER,
    /** An id or name is listed twice where it must be unique. */
    DUPLICATE
  }

  private final Problem problem;
  private final String what;

  /**
   * Creates the exception.
   *
   * @param problem why the value cannot be built
   * @param what the value concerned, such as {@code "party id"}
   * @param message what is wrong, naming the value and what it belongs to
   * @param subject the council, ward, party and candidate concerned, where known
   */
  public InvalidValueException(Problem problem, String what, String message, DataSubject subject) {
    super(message, subject);
    this.problem = requireNonNull(problem, "problem");
    this.what = requireNonNull(what, "what");
  }

  /**
   * Why the value cannot be built.
   *
   * @return the problem
   */
  public Problem problem() {
    return problem;
  }

  /**
   * The value concerned, as messages name it: {@code "party id"}, {@code "name of ward
   * E05000611"}, {@code "alias"}.
   *
   * @return the description of the value
   */
  public String what() {
    return what;
  }
}
