package org.psephos;

/**
 * What a party's seat change is measured against; results services differ, so a tally names its
 * choice. A party's seat change in a council is {@code won - baseline}.
 */
public enum SeatBaseline {
  /**
   * The seats as won when they were last fought ({@link Contest#defended()}, notional after a
   * boundary change). Used by most broadcasters, and the default.
   */
  LAST_FOUGHT,

  /**
   * The contested seats as held on the eve of the poll ({@link Contest#preElection()}: previous
   * less continuing), counting by-elections and defections. PA Media's convention.
   */
  PRE_ELECTION;

  /**
   * The baseline seats per party of a contest under this convention.
   *
   * @param contest the contest
   * @return the baseline composition, without vacancies
   */
  public Composition of(Contest contest) {
    return this == LAST_FOUGHT ? contest.defended() : contest.preElection();
  }
}
