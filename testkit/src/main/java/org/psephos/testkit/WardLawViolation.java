package org.psephos.testkit;

import java.util.Objects;

/**
 * A ward-level law a results system broke, with the seed of the generated night that showed it and
 * the minimal case the night shrank to (fewest councils still breaking the law). An {@link
 * AssertionError}, so every test framework reports it as a failure.
 */
public final class WardLawViolation extends AssertionError {
  private static final long serialVersionUID = 1L;

  /** The law broken. */
  private final WardLaw law;

  /** The minimal case: the shrunk night, carrying the seed and size it was generated from. */
  private final transient WardNight minimalCase;

  /** What the law expected and what the system gave, on the minimal case. */
  private final String detail;

  WardLawViolation(WardLaw law, WardNight minimalCase, String detail) {
    super(
        "Ward law "
            + law
            + " ("
            + law.statement()
            + ") broken on the ward night of seed "
            + minimalCase.seed()
            + " at size "
            + minimalCase.size()
            + " (replay: WardNightGenerator.night("
            + minimalCase.seed()
            + "L, "
            + minimalCase.size()
            + ")), shrunk to this minimal case:\n  "
            + minimalCase
            + "\n"
            + detail);
    this.law = Objects.requireNonNull(law, "law");
    this.minimalCase = minimalCase;
    this.detail = detail;
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
   * The seed of the generated night that broke the law.
   *
   * @return the seed
   */
  public long seed() {
    return minimalCase.seed();
  }

  /**
   * The minimal case: the night shrunk to the fewest councils still breaking the law.
   *
   * @return the minimal night
   */
  public WardNight minimalCase() {
    return minimalCase;
  }

  /**
   * What the law expected and what the system gave, on the minimal case.
   *
   * @return the detail
   */
  public String detail() {
    return detail;
  }
}
