package org.psephos.stv;

/** What a stage of an STV count did. */
public enum StageKind {
  /** Stage 1: every valid paper counted for its first preference. */
  FIRST_PREFERENCES,
  /** An elected candidate's surplus transferred. */
  SURPLUS,
  /** An excluded candidate's papers (or, in Northern Ireland, one sub-parcel of them) transferred. */
  EXCLUSION,
  /**
   * After every seat was filled, an elected candidate's surplus transferred all the same, as the
   * Scottish e-count reports it (rule 53(2) as amended in 2021 no longer requires, but allows, a
   * further transfer). Only with {@link CountOption#FINAL_SURPLUS_TRANSFERS}; it elects no one.
   */
  FINAL_SURPLUS
}
