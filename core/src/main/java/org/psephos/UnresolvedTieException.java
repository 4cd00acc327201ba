package org.psephos;

import java.util.List;

/**
 * Thrown when candidates tie exactly for the last seat (or seats) of a ward and no winner drawn by
 * lot is supplied. The library never picks at random: the caller supplies the winners drawn at the
 * count. The message names the ward, the tied candidates, their votes and the seats to decide.
 */
public class UnresolvedTieException extends ElectionDataException {
  private static final long serialVersionUID = 1L;

  /** The names of the tied candidates, in the order given. */
  private final List<String> tiedCandidates;

  /**
   * Creates the exception with its message.
   *
   * @param message what is tied, naming the ward, the candidates and their votes
   * @param tiedCandidates the names of the tied candidates
   */
  public UnresolvedTieException(String message, List<String> tiedCandidates) {
    super(message);
    this.tiedCandidates = List.copyOf(tiedCandidates);
  }

  /**
   * The names of the candidates tied for the last seat or seats.
   *
   * @return an unmodifiable list, in the order the candidates were given
   */
  public List<String> tiedCandidates() {
    return tiedCandidates;
  }
}
