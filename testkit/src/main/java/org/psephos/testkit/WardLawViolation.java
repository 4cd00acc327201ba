package org.psephos.testkit;

import java.util.Objects;

/**
 * A ward-level law a results system broke, with the seed of the generated night that showed it and
 * the minimal case the night shrank to (fewest councils still breaking the law). An {@link
 * AssertionError}, so every test framework reports it as a failure.
 */
public final class WardLawViolation extends Violation {
  private static final long serialVersionUID = 1L;

  /** The law broken. */
  private final WardLaw law;

  /** The minimal case: the shrunk night, carrying the seed and size it was generated from. */
  private final transient WardNight minimalCase;

  WardLawViolation(WardLaw law, WardNight minimalCase, String detail) {
    super("Ward law " + law, law.statement(), "ward night", "WardNightGenerator",
        minimalCase.seed(), minimalCase.size(), minimalCase, detail);
    this.law = Objects.requireNonNull(law, "law");
    this.minimalCase = minimalCase;
  }

  /**
   * The law broken.
   *
   * @return the law
   */
  public WardLaw law() {
    return law;
  }

  /**
   * The minimal case: the night shrunk to the fewest councils still breaking the law.
   *
   * @return the minimal night
   */
  public WardNight minimalCase() {
    return minimalCase;
  }
}
