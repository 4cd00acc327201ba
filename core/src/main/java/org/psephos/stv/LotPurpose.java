package org.psephos.stv;

/** What a lot decides at an STV count. */
public enum LotPurpose {
  /** Which of candidates with equal surpluses has theirs transferred first. */
  SURPLUS,
  /** Which of the candidates tied lowest is excluded. */
  EXCLUSION
}
