package org.psephos.testkit;

import java.util.Objects;

/**
 * A law a results system broke, with the seed of the generated night that showed it and the
 * minimal case the night shrank to (fewest councils and inputs still breaking the law). An {@link
 * AssertionError}, so every test framework reports it as a failure.
 */
public final class LawViolation extends Violation {
  private static final long serialVersionUID = 1L;

  /** The law broken. */
  private final Law law;

  /** The minimal case: the shrunk night, carrying the seed and size it was generated from. */
  private final transient Night minimalCase;

  LawViolation(Law law, Night minimalCase, String detail) {
    super("Law " + law, law.statement(), "night", "NightGenerator", minimalCase.seed(),
        minimalCase.size(), minimalCase, detail);
    this.law = Objects.requireNonNull(law, "law");
    this.minimalCase = minimalCase;
  }

  /**
   * The law broken.
   *
   * @return the law
   */
  public Law law() {
    return law;
  }

  /**
   * The minimal case: the night shrunk to the fewest councils and inputs still breaking the law.
   *
   * @return the minimal night
   */
  public Night minimalCase() {
    return minimalCase;
  }
}
