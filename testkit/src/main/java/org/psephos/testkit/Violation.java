package org.psephos.testkit;

/**
 * What {@link LawViolation} and {@link WardLawViolation} share: the seed of the generated night
 * that broke a law, what the law found wrong, and a message naming the law, the seed and size (with
 * how to replay them) and the minimal case.
 */
abstract class Violation extends AssertionError {
  private static final long serialVersionUID = 1L;

  /** The seed of the generated night that broke the law. */
  private final long seed;

  /** What the law expected and what the system gave, on the minimal case. */
  private final String detail;

  /**
   * A violation of a law.
   *
   * @param law the law, as the message names it ("Law AGREES_WITH_REFERENCE")
   * @param statement the law in a sentence
   * @param night what the night is ("night", "ward night")
   * @param generator the generator that makes the night again ("NightGenerator")
   * @param seed the night's seed
   * @param size the night's size
   * @param minimalCase the minimal case, as the message prints it
   * @param detail what the law found wrong on the minimal case
   */
  Violation(
      String law,
      String statement,
      String night,
      String generator,
      long seed,
      int size,
      Object minimalCase,
      String detail) {
    super(
        law
            + " ("
            + statement
            + ") broken on the "
            + night
            + " of seed "
            + seed
            + " at size "
            + size
            + " (replay: "
            + generator
            + ".night("
            + seed
            + "L, "
            + size
            + ")), shrunk to this minimal case:\n  "
            + minimalCase
            + "\n"
            + detail);
    this.seed = seed;
    this.detail = detail;
  }

  /**
   * The seed of the generated night that broke the law.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
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
