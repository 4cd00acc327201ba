package org.psephos.json;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

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
  public static final int MAX_PROBLEMS = org.psephos.json.codec.Validator.MAX_PROBLEMS;

  private final List<PsephosJsonException> problems;
  private final long parts;
  private final long validParts;
  private final boolean capped;
  private final Optional<ElectionDefinition> definition;

  Validation(org.psephos.json.codec.Validator.Found found) {
    this.problems = List.copyOf(found.problems());
    this.parts = found.parts();
    this.validParts = found.validParts();
    this.capped = found.capped();
    this.definition = requireNonNull(found.definition(), "definition");
  }

  /**
   * Whether no problem was found.
   *
   * @return true if the input is valid
   */
  public boolean isValid() {
    return problems.isEmpty();
  }

  /**
   * Every problem found, in the order found.
   *
   * @return the problems, at most {@link #MAX_PROBLEMS}; empty if the input is valid
   */
  public List<PsephosJsonException> problems() {
    return problems;
  }

  /**
   * How many parts were read: councils of an election, declarations or ward results of a
   * document, lines of a stream (0 when the check stopped before them).
   *
   * @return the count
   */
  public long parts() {
    return parts;
  }

  /**
   * How many of the parts read were valid on their own.
   *
   * @return the count
   */
  public long validParts() {
    return validParts;
  }

  /**
   * Whether the check stopped at {@link #MAX_PROBLEMS} problems, leaving the rest unread.
   *
   * @return true if there may be more problems
   */
  public boolean isCapped() {
    return capped;
  }

  /**
   * The election an election file defines, if the file is valid.
   *
   * @return the definition; empty for other documents and for an invalid election file
   */
  public Optional<ElectionDefinition> definition() {
    return definition;
  }

  @Override
  public String toString() {
    return "Validation[" + problems.size() + " problems" + (capped ? " (capped)" : "") + ", "
        + validParts + " of " + parts + " parts valid]";
  }
}
