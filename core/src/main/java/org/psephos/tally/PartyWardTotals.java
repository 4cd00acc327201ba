package org.psephos.tally;

import static java.util.Objects.requireNonNull;

import org.psephos.Checks;
import org.psephos.DataSubject;
import org.psephos.Party;
import org.psephos.SeatCountException;
import org.psephos.VoteConvention;

/**
 * One party's ward-level figures over a set of declared wards.
 *
 * <ul>
 *   <li>{@code seatsWon}: seats it won in those wards; {@code seatsDefended}: the seats it won in
 *       them when they were last fought ({@link org.psephos.Ward#defended()});
 *   <li>{@code gains} and {@code losses}, the gross changes, counted ward by ward: in each ward the
 *       party's net change is its seats won less its seats defended there; {@code gains} adds up the
 *       positive net changes and {@code losses} the negative ones (as positive numbers). So {@code
 *       gains - losses} is the net change over the wards ({@link #netChange()}), {@code seatsWon -
 *       seatsDefended} where every ward has a previous result, while gains and losses show seats
 *       taken from others and lost to them that the net change hides. A ward of a council with no
 *       previous result ({@link org.psephos.Contest#hasPreviousResult()}) counts in {@code
 *       seatsWon} but has nothing defended, gained or lost, so there {@code gains - losses} falls
 *       short of {@code seatsWon - seatsDefended} by the seats won in such wards;
 *   <li>its votes under each {@link VoteConvention} ({@link VoteFigures}).
 * </ul>
 *
 * <p>Gross changes are always measured against the wards' seats as last fought, whatever the
 * tally's {@link org.psephos.SeatBaseline}. Checked at construction: no figure is negative; gains
 * are at most the seats won and losses at most the seats defended; {@code gains - losses} is at
 * most {@code seatsWon - seatsDefended} (equal unless some wards have no previous result).
 *
 * <p>Equal by all components. Immutable and thread-safe.
 *
 * @param party the party
 * @param seatsWon seats won in the declared wards
 * @param seatsDefended seats defended in the declared wards
 * @param gains the sum over wards of the positive net changes
 * @param losses the sum over wards of the negative net changes, as a positive number
 * @param allVotes votes under {@link VoteConvention#ALL_VOTES}
 * @param topCandidateVotes votes under {@link VoteConvention#TOP_CANDIDATE}
 */
public record PartyWardTotals(
    Party party,
    int seatsWon,
    int seatsDefended,
    int gains,
    int losses,
    VoteFigures allVotes,
    VoteFigures topCandidateVotes) {

  /**
   * Validates the figures.
   *
   * @param party the party
   * @param seatsWon seats won in the declared wards
   * @param seatsDefended seats defended in the declared wards
   * @param gains the sum over wards of the positive net changes
   * @param losses the sum over wards of the negative net changes, as a positive number
   * @param allVotes votes under {@link VoteConvention#ALL_VOTES}
   * @param topCandidateVotes votes under {@link VoteConvention#TOP_CANDIDATE}
   * @throws SeatCountException if a seat figure is negative or the gross changes do not fit the
   *     seats
   */
  public PartyWardTotals {
    requireNonNull(party, "party");
    requireNonNull(allVotes, "allVotes");
    requireNonNull(topCandidateVotes, "topCandidateVotes");
    String name = party.label();
    if (seatsWon < 0 || seatsDefended < 0 || gains < 0 || losses < 0) {
      throw new SeatCountException(
          name
              + ": ward seats won ("
              + seatsWon
              + "), defended ("
              + seatsDefended
              + "), gains ("
              + gains
              + ") and losses ("
              + losses
              + ") must not be negative",
          DataSubject.party(party),
          Math.min(Math.min(seatsWon, seatsDefended), Math.min(gains, losses)),
          0);
    }
    if (gains > seatsWon || losses > seatsDefended || gains - losses > seatsWon - seatsDefended) {
      throw new SeatCountException(
          name
              + ": gains ("
              + gains
              + ") less losses ("
              + losses
              + ") must be at most seats won ("
              + seatsWon
              + ") less seats defended ("
              + seatsDefended
              + "), with gains at most seats won and losses at most seats defended",
          DataSubject.party(party),
          gains - losses,
          seatsWon - seatsDefended);
    }
  }

  /**
   * A party with no ward figures.
   *
   * @param party the party
   * @return the zero figures
   */
  public static PartyWardTotals zero(Party party) {
    return new PartyWardTotals(party, 0, 0, 0, 0, VoteFigures.zero(), VoteFigures.zero());
  }

  /**
   * The net change over the wards: gains less losses, which is seats won less seats defended
   * where every ward has a previous result (the wards of councils with none have no change).
   *
   * @return the net change
   */
  public int netChange() {
    return gains - losses;
  }

  /**
   * The party's vote figures under a convention.
   *
   * @param convention the convention
   * @return the figures
   */
  public VoteFigures votes(VoteConvention convention) {
    return requireNonNull(convention, "convention") == VoteConvention.ALL_VOTES
        ? allVotes
        : topCandidateVotes;
  }

  /**
   * Whether every figure is zero.
   *
   * @return true if the party has no ward figures
   */
  public boolean isZero() {
    return equals(zero(party));
  }

  /**
   * The figures of the same party over two disjoint sets of wards, added.
   *
   * @param other the other figures, of the same party
   * @return the sum
   * @throws IllegalArgumentException if the parties differ
   * @throws org.psephos.SeatCountException if a figure of the sum would not fit an {@code int}
   *     (a {@code long} for votes)
   */
  public PartyWardTotals plus(PartyWardTotals other) {
    if (!party.equals(other.party)) {
      throw new IllegalArgumentException(
          "cannot add ward totals of " + party.label() + " and " + other.party.label());
    }
    return new PartyWardTotals(
        party,
        Checks.sum(seatsWon, other.seatsWon, "ward totals: seatsWon"),
        Checks.sum(seatsDefended, other.seatsDefended, "ward totals: seatsDefended"),
        Checks.sum(gains, other.gains, "ward totals: gains"),
        Checks.sum(losses, other.losses, "ward totals: losses"),
        allVotes.plus(other.allVotes),
        topCandidateVotes.plus(other.topCandidateVotes));
  }
}
