package org.psephos.tally;

import org.psephos.DataSubject;
import org.psephos.SeatCountException;

/**
 * A party's votes over a set of declared wards under one {@link org.psephos.VoteConvention}, with
 * the like-for-like figures share changes and swing are computed from.
 *
 * <ul>
 *   <li>{@code votes}: its votes in every contested ward declared;
 *   <li>{@code comparableVotes}: its votes in those of the wards that have previous votes under the
 *       convention (the comparable wards); a part of {@code votes};
 *   <li>{@code previousVotes}: its votes in the same comparable wards when they were last fought.
 * </ul>
 *
 * <p>Equal by all components. Immutable and thread-safe.
 *
 * @param votes votes in the declared wards, not negative
 * @param comparableVotes votes in the comparable wards, at most {@code votes}
 * @param previousVotes votes in the comparable wards when last fought, not negative
 */
public record VoteFigures(long votes, long comparableVotes, long previousVotes) {
  private static final VoteFigures ZERO = new VoteFigures(0, 0, 0);

  /**
   * Validates the figures.
   *
   * @param votes votes in the declared wards, not negative
   * @param comparableVotes votes in the comparable wards, at most {@code votes}
   * @param previousVotes votes in the comparable wards when last fought, not negative
   * @throws SeatCountException if a figure is negative or the comparable votes exceed the votes
   */
  public VoteFigures {
    if (votes < 0 || comparableVotes < 0 || previousVotes < 0) {
      throw new SeatCountException(
          "vote figures: votes ("
              + votes
              + "), comparable votes ("
              + comparableVotes
              + ") and previous votes ("
              + previousVotes
              + ") must not be negative",
          DataSubject.none(),
          Math.min(votes, Math.min(comparableVotes, previousVotes)),
          0);
    }
    if (comparableVotes > votes) {
      throw new SeatCountException(
          "vote figures: comparable votes (" + comparableVotes + ") exceed votes (" + votes + ")",
          DataSubject.none(),
          comparableVotes,
          votes);
    }
  }

  /**
   * No votes.
   *
   * @return the zero figures
   */
  public static VoteFigures zero() {
    return ZERO;
  }

  /**
   * The figures of two disjoint sets of wards added.
   *
   * @param other the other figures
   * @return the sum
   */
  public VoteFigures plus(VoteFigures other) {
    return new VoteFigures(
        Math.addExact(votes, other.votes),
        Math.addExact(comparableVotes, other.comparableVotes),
        Math.addExact(previousVotes, other.previousVotes));
  }
}
