package org.psephos.stv;

/** What a stage of an STV count did. */
public enum StageKind {
  /** Stage 1: every valid paper counted for its first preference. */
  FIRST_PREFERENCES,
  /** An elected candidate's surplus transferred. */
  SURPLUS,
  /** An excluded candidate's papers (or, in Northern Ireland, one sub-parcel of them) transferred. */
  EXCLUSION
}
