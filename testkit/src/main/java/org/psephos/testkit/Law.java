package org.psephos.testkit;

/** The laws a correct tally obeys, as {@link TallyLaws} checks them on every generated night. */
public enum Law {
  /** The standings equal those of the independent {@link ReferenceTally}, figure by figure. */
  AGREES_WITH_REFERENCE("the standings equal the reference tally's"),
  /**
   * The standings depend only on each council's last input, not on how councils' inputs
   * interleave: another arrival order (each council's own inputs in order) gives the same
   * standings.
   */
  ARRIVAL_ORDER_INDEPENDENCE("another arrival order gives the same standings"),
  /** Declaring a council A then A' gives the standings of declaring A' alone. */
  REPLACEMENT("declaring A then A' equals declaring A' alone"),
  /** Declaring a council then withdrawing it gives the standings of never having declared it. */
  WITHDRAWAL("a withdrawn declaration equals one never applied"),
  /** The standings of the election's regions add up to the standings of the whole election. */
  REGIONS_ADD_UP(
      "the regions' standings, with those of the councils without a region, add up to the whole"),
  /**
   * Councils controlled by a party plus councils in no overall control equal councils declared,
   * after the declarations and before them.
   */
  CONTROL_ADDS_UP(
      "councils controlled plus no overall control equal councils declared (before, with those"
          + " with no previous result)");

  private final String statement;

  Law(String statement) {
    this.statement = statement;
  }

  /**
   * The law in a sentence, for failure reports.
   *
   * @return the statement
   */
  public String statement() {
    return statement;
  }
}
