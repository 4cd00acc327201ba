package org.psephos.json;

import java.util.List;
import java.util.Optional;
import org.psephos.json.codec.Reading;

/**
 * What checking a document or stream found: every problem, each a {@link PsephosJsonException}
 * with its kind, JSON pointer, line, column and reason, in the order found, and how many parts
 * (councils of an election, declarations or ward results of a document, lines of a stream) were
 * read and were valid.
 *
 * <p>A check reads its input once, as a stream, and holds one part at a time: a fault in one part
 * does not hide a fault in another. A fault outside the parts (the format, the election's id, a
 * party of an election), input that is not well-formed JSON, or a limit of {@link JsonLimits}
 * ends the check. At most {@link #MAX_PROBLEMS} problems are collected; the check then stops and
 * {@link #isCapped()} says so. Immutable.
 */
public final class Validation {
  /** The most problems one check collects before it stops. */
  public static final int MAX_PROBLEMS = Reading.MAX_PROBLEMS;

  private final Reading.Found found;

  Validation(Reading.Found found) {
    this.found = found;
  }

  /**
   * Whether no problem was found.
   *
   * @return true if the input is valid
   */
  public boolean isValid() {
    return found.problems().isEmpty();
  }

  /**
   * Every problem found, in the order found.
   *
   * @return the problems, at most {@link #MAX_PROBLEMS}; empty if the input is valid
   */
  public List<PsephosJsonException> problems() {
    return found.problems();
  }

  /**
   * How many parts were read: councils of an election, declarations or ward results of a
   * document, lines of a stream (0 when the check stopped before them).
   *
   * @return the count
   */
  public long parts() {
    return found.parts();
  }

  /**
   * How many of the parts read were valid on their own.
   *
   * @return the count
   */
  public long validParts() {
    return found.validParts();
  }

  /**
   * Whether the check stopped at {@link #MAX_PROBLEMS} problems, leaving the rest unread.
   *
   * @return true if there may be more problems
   */
  public boolean isCapped() {
    return found.capped();
  }

  /**
   * The election an election file defines, if the file is valid.
   *
   * @return the definition; empty for other documents and for an invalid election file
   */
  public Optional<ElectionDefinition> definition() {
    return found.definition();
  }

  @Override
  public String toString() {
    return "Validation[" + found.problems().size() + " problems"
        + (found.capped() ? " (capped)" : "") + ", " + found.validParts() + " of " + found.parts()
        + " parts valid]";
  }
}
