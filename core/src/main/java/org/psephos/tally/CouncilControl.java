package org.psephos.tally;

/**
 * Who controls a council, as the tally numbers parties: a party by its position among the
 * election's parties, or no overall control. Control after a declaration, and control before the
 * election, are always one of these; while a council is counted ward by ward its control may also
 * be {@link ControlDecision.Undecided undecided}.
 */
sealed interface CouncilControl extends ControlDecision {

  /**
   * Control by one party.
   *
   * @param party the party's position among the election's parties
   */
  record ControlledBy(int party) implements CouncilControl {}

  /** No party controls the council. */
  enum NoOverallControl implements CouncilControl {
    /** The one value. */
    NO_OVERALL_CONTROL
  }
}
