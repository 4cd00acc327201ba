package org.psephos;

/**
 * Thrown when a vote figure is negative: a candidate's votes, a party's previous votes, the
 * electorate, the ballots cast or the ballots rejected.
 */
public class NegativeVotesException extends VoteCountException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with its message.
   *
   * @param message what is negative, naming the ward and the candidate or party
   */
  public NegativeVotesException(String message) {
    super(message);
  }
}
