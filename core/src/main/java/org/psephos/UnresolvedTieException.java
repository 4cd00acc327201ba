package org.psephos;

import java.util.List;

/**
 * Thrown when a tie for the last seat (or seats) of a ward is not settled by the winners drawn by
 * lot: no winner drawn for an exact tie, a drawn winner who is not among the tied or not a
 * candidate, too many or too few drawn winners, a winner drawn twice, or a drawn winner where there
 * was no tie to break. The library never picks at random: the caller supplies the winners drawn at
 * the count. The message names the ward, the candidates, their votes and the seats to decide.
 */
public final class UnresolvedTieException extends ElectionDataException {
  private static final long serialVersionUID = 2L;

  /** The names of the tied candidates, in the order given. */
  private final List<String> tiedCandidates;

  /** The names of the winners drawn by lot as given. */
  private final List<String> drawnWinners;

  /**
   * Creates the exception.
   *
   * @param message what is tied or wrong, naming the ward, the candidates and their votes
   * @param subject the council and ward concerned
   * @param tiedCandidates the names of the tied candidates; empty if there was no tie
   * @param drawnWinners the names of the winners drawn by lot as given; empty if none
   */
  public UnresolvedTieException(
      String message, DataSubject subject, List<String> tiedCandidates, List<String> drawnWinners) {
    super(message, subject);
    this.tiedCandidates = List.copyOf(tiedCandidates);
    this.drawnWinners = List.copyOf(drawnWinners);
  }

  /**
   * The names of the candidates tied for the last seat or seats.
   *
   * @return an unmodifiable list, in the order the candidates were given; empty if there was no tie
   */
  public List<String> tiedCandidates() {
    return tiedCandidates;
  }

  /**
   * The names of the winners drawn by lot, as given.
   *
   * @return an unmodifiable list; empty if none was given
   */
  public List<String> drawnWinners() {
    return drawnWinners;
  }
}
