package org.psephos.testkit;

/** The ward-level laws a correct tally obeys, as {@link WardLaws} checks them. */
public enum WardLaw {
  /**
   * After a night's ward results (superseded ones first), the standings equal those of the
   * independent {@link ReferenceTally} on the current results, figure by figure.
   */
  AGREES_WITH_REFERENCE("the standings equal the reference tally's"),
  /** Another arrival order (each ward's own results in order) gives the same standings. */
  ARRIVAL_ORDER_INDEPENDENCE("another arrival order gives the same standings"),
  /** A ward's result A then A' gives the standings of A' alone. */
  REPLACEMENT("a ward's result A then A' equals A' alone"),
  /** A ward's result then its withdrawal gives the standings of never having had it. */
  WITHDRAWAL("a withdrawn ward result equals one never applied"),
  /**
   * Wards postponed, the other wards in, then the postponed wards' results give the standings of
   * every ward at once.
   */
  POSTPONED_COMPLETION("postponed wards completed by their results equal every ward at once");

  private final String statement;

  WardLaw(String statement) {
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
