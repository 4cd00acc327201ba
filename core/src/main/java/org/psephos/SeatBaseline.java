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

  /**
   * The seats of this baseline among a declaration's seats still to fill, which seat changes leave
   * out of the baseline: under {@link #LAST_FOUGHT} the declaration's {@link
   * Declaration#defendedStillToFill()}; under {@link #PRE_ELECTION} its {@link
   * Declaration#heldStillToFill()} or, when that is not given, its {@code defendedStillToFill} if
   * the contest's two baselines are equal (the same parties held the same contested seats, so who
   * defended the seats still to fill also held them), and otherwise none (the baseline keeps the
   * seats still to fill, as when neither is given).
   *
   * @param contest the declaring council's contest
   * @param declaration the declaration
   * @return per party, the baseline seats among those still to fill, without vacancies
   */
  public Composition stillToFill(Contest contest, Declaration declaration) {
    if (this == LAST_FOUGHT || !declaration.heldStillToFill().isEmpty()) {
      return this == LAST_FOUGHT
          ? declaration.defendedStillToFill()
          : declaration.heldStillToFill();
    }
    Composition defended = declaration.defendedStillToFill();
    return defended.isEmpty() || !contest.defended().equals(contest.preElection())
        ? Composition.empty()
        : defended;
  }

  /**
   * The baseline as users write it, in messages, files and command lines: {@code "last-fought"}
   * or {@code "pre-election"}.
   *
   * @return the name
   */
  public String label() {
    return this == LAST_FOUGHT ? "last-fought" : "pre-election";
  }
}
