package org.psephos;

/**
 * Thrown when vote figures do not add up: ballots rejected above ballots cast, ballots cast above
 * the electorate, a candidate with more votes than there were valid ballots, votes or ballots
 * given for an uncontested ward, or previous votes with no vote at all.
 */
public class VoteCountException extends ElectionDataException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with its message.
   *
   * @param message what is wrong, naming the ward, the candidate and the numbers
   */
  public VoteCountException(String message) {
    super(message);
  }
}
