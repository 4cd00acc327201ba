package org.psephos.testkit;

import java.util.Objects;

/**
 * A law a results system broke, with the seed of the generated night that showed it and the
 * minimal case the night shrank to (fewest councils and inputs still breaking the law). An {@link
 * AssertionError}, so every test framework reports it as a failure.
 */
public final class LawViolation extends AssertionError {
  private static final long serialVersionUID = 1L;

  /** The law broken. */
  private final Law law;

  /** The minimal case: the shrunk night, carrying the seed and size it was generated from. */
  private final transient Night minimalCase;

  /** What the law expected and what the system gave, on the minimal case. */
  private final String detail;

  LawViolation(Law law, Night minimalCase, String detail) {
    super(message(law, minimalCase, detail));
    this.law = Objects.requireNonNull(law, "law");
    this.minimalCase = minimalCase;
    this.detail = detail;
  }

  private static String message(Law law, Night minimalCase, String detail) {
    return "Law "
        + law
        + " ("
        + law.statement()
        + ") broken on the night of seed "
        + minimalCase.seed()
        + " at size "
        + minimalCase.size()
        + " (replay: NightGenerator.night("
        + minimalCase.seed()
        + "L, "
        + minimalCase.size()
        + ")), shrunk to this minimal case:\n  "
        + minimalCase
        + "\n"
        + detail;
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
   * The seed of the generated night that broke the law.
   *
   * @return the seed
   */
  public long seed() {
    return minimalCase.seed();
  }

  /**
   * The minimal case: the night shrunk to the fewest councils and inputs still breaking the law.
   *
   * @return the minimal night
   */
  public Night minimalCase() {
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
