package org.psephos.ward;

/** What the count of a ward decided for one candidate. */
public enum CandidateStatus {
  /** Elected with more votes than every candidate not elected. */
  ELECTED,

  /** Tied exactly for the last seat (or seats) and elected by the lot drawn at the count. */
  ELECTED_BY_LOT,

  /** Elected without a poll: the ward had no more candidates than seats. */
  ELECTED_UNOPPOSED,

  /** Tied exactly for the last seat (or seats) and not drawn: reported as tied, not defeated. */
  TIED,

  /** Not elected, with fewer votes than the last candidate elected. */
  DEFEATED;

  /**
   * Whether the candidate took a seat.
   *
   * @return true for {@link #ELECTED}, {@link #ELECTED_BY_LOT} and {@link #ELECTED_UNOPPOSED}
   */
  public boolean isElected() {
    return this == ELECTED || this == ELECTED_BY_LOT || this == ELECTED_UNOPPOSED;
  }
}
