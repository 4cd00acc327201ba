package org.psephos.stv;

/** A choice in how an STV count is reported, beyond what the statutory rules require. */
public enum CountOption {
  /**
   * Scottish rules only: once every seat is filled, transfer each elected candidate's surplus
   * still untransferred, largest first, one stage each ({@link StageKind#FINAL_SURPLUS}), as the
   * e-count software does and rule 53(2) allows since 2021, so that an official sheet that shows
   * those stages can be matched figure for figure. Who is elected does not change. Off unless
   * given.
   */
  FINAL_SURPLUS_TRANSFERS
}
