package org.psephos.tally;

/**
 * Whether the control of a council counted ward by ward is already decided while wards are still
 * to come: decided as a {@link CouncilControl} (a party certain to control, or certain no overall
 * control), or {@link Undecided}.
 */
sealed interface ControlDecision permits CouncilControl, ControlDecision.Undecided {

  /** The seats still to come can still change who controls the council. */
  enum Undecided implements ControlDecision {
    /** The one value. */
    UNDECIDED
  }
}
