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
 *       gains - losses} is the net change over the wards, {@code seatsWon - seatsDefended} ({@link
 *       #netChange()}), while gains and losses show seats taken from others and lost to them that
 *       the net change hides;
 *   <li>{@code seatsWonWithoutPrevious}: of the seats won, those in wards of councils with no
 *       previous result ({@link org.psephos.Contest#hasPreviousResult()}), where nothing is gained
 *       or lost; the net change leaves them out;
 *   <li>its votes under each {@link VoteConvention} ({@link VoteFigures}).
 * </ul>
 *
 * <p>Gross changes are always measured against the wards' seats as last fought, whatever the
 * tally's {@link org.psephos.SeatBaseline}. Checked at construction: no figure is negative; the
 * seats won without a previous result are at most the seats won; gains are at most the other seats
 * won and losses at most the seats defended; {@code gains - losses == seatsWon -
 * seatsWonWithoutPrevious - seatsDefended}.
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
 * @param seatsWonWithoutPrevious of the seats won, those in wards of councils with no previous
 *     result
 */
public record PartyWardTotals(
    Party party,
    int seatsWon,
    int seatsDefended,
    int gains,
    int losses,
    VoteFigures allVotes,
    VoteFigures topCandidateVotes,
    int seatsWonWithoutPrevious) {

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
   * @param seatsWonWithoutPrevious of the seats won, those in wards of councils with no previous
   *     result
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
    if (seatsWonWithoutPrevious < 0 || seatsWonWithoutPrevious > seatsWon) {
      throw new SeatCountException(
          name + ": ward seats won without a previous result (" + seatsWonWithoutPrevious
              + ") must be 0 to the seats won (" + seatsWon + ")",
          DataSubject.party(party),
          seatsWonWithoutPrevious,
          seatsWon);
    }
    int compared = seatsWon - seatsWonWithoutPrevious;
    if (gains > compared || losses > seatsDefended || gains - losses != compared - seatsDefended) {
      throw new SeatCountException(
          name
              + ": gains ("
              + gains
              + ") less losses ("
              + losses
              + ") must equal seats won ("
              + seatsWon
              + (seatsWonWithoutPrevious == 0
                  ? ""
                  : ", less " + seatsWonWithoutPrevious + " without a previous result")
              + ") less seats defended ("
              + seatsDefended
              + "), with gains at most seats won and losses at most seats defended",
          DataSubject.party(party),
          gains - losses,
          compared - seatsDefended);
    }
  }

  /**
   * Figures of wards that all have a previous result.
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
  public PartyWardTotals(
      Party party,
      int seatsWon,
      int seatsDefended,
      int gains,
      int losses,
      VoteFigures allVotes,
      VoteFigures topCandidateVotes) {
    this(party, seatsWon, seatsDefended, gains, losses, allVotes, topCandidateVotes, 0);
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
   * The net change over the wards: seats won (other than those without a previous result) less
   * seats defended, which is gains less losses.
   *
   * @return the net change
   */
  public int netChange() {
    return seatsWon - seatsWonWithoutPrevious - seatsDefended;
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
        topCandidateVotes.plus(other.topCandidateVotes),
        Checks.sum(
            seatsWonWithoutPrevious,
            other.seatsWonWithoutPrevious,
            "ward totals: seatsWonWithoutPrevious"));
  }
}
