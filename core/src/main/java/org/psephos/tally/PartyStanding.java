package org.psephos.tally;

import static java.util.Objects.requireNonNull;

import org.psephos.Checks;
import org.psephos.ElectionDataException;
import org.psephos.DataSubject;
import org.psephos.SeatCountException;
import org.psephos.Party;

/**
 * One party's line of the standings, over the councils declared so far.
 *
 * <ul>
 *   <li>{@code councils}: councils it controls after their declarations; {@code councilsBefore}:
 *       of the same councils, those it controlled before; their difference is {@link
 *       #councilsChange()};
 *   <li>{@code seatsWon}: councillors it had elected on the day; {@code baselineSeats}: its seats
 *       in the tally's baseline for the same seats; their difference is {@link #seatsChange()};
 *   <li>{@code holdings}: its seats in total, seats won plus continuing seats (a second figure; the
 *       scoreboard's "seats" is {@code seatsWon}).
 *   <li>{@code councilsWithoutPrevious} and {@code seatsWonWithoutPrevious}: of its councils and
 *       seats won, those in councils with no previous result ({@link
 *       org.psephos.Contest#hasPreviousResult()}), which have nothing to compare with: the changes
 *       leave them out.
 * </ul>
 *
 * <p>Every figure counts declared councils only. A council counted ward by ward counts, with all its
 * wards' seats, once its last ward is in; until then its wards show in the standings' {@link
 * Standings#progress() progress} (seats declared) and {@link Standings#wardTotals() ward totals}
 * (seats won, gross gains and losses, votes), which follow each ward as it declares.
 *
 * <p>Equal by all components. Immutable and thread-safe.
 *
 * @param party the party
 * @param councils councils controlled after the declarations, not negative
 * @param councilsBefore of the declared councils, those controlled before, not negative
 * @param seatsWon seats won on the day, not negative
 * @param baselineSeats baseline seats of the same contests, not negative
 * @param holdings seats won plus continuing seats, at least seatsWon
 * @param councilsWithoutPrevious of {@code councils}, those with no previous result
 * @param seatsWonWithoutPrevious of {@code seatsWon}, those in councils with no previous result
 */
public record PartyStanding(
    Party party,
    int councils,
    int councilsBefore,
    int seatsWon,
    int baselineSeats,
    int holdings,
    int councilsWithoutPrevious,
    int seatsWonWithoutPrevious) {

  /**
   * Validates the figures.
   *
   * @param party the party
   * @param councils councils controlled after the declarations, not negative
   * @param councilsBefore of the declared councils, those controlled before, not negative
   * @param seatsWon seats won on the day, not negative
   * @param baselineSeats baseline seats of the same contests, not negative
   * @param holdings seats won plus continuing seats, at least seatsWon
   * @param councilsWithoutPrevious of {@code councils}, those with no previous result, 0 to
   *     councils
   * @param seatsWonWithoutPrevious of {@code seatsWon}, those in councils with no previous result,
   *     0 to seatsWon
   * @throws SeatCountException if a figure is negative
   * @throws ElectionDataException if holdings are fewer than seats won, or a figure without a
   *     previous result exceeds its whole
   */
  public PartyStanding {
    requireNonNull(party, "party");
    String name = party.label();
    requireNonNegative(name, "councils", councils);
    requireNonNegative(name, "councils before", councilsBefore);
    requireNonNegative(name, "seats won", seatsWon);
    requireNonNegative(name, "baseline seats", baselineSeats);
    requireNonNegative(name, "councils without a previous result", councilsWithoutPrevious);
    requireNonNegative(name, "seats won without a previous result", seatsWonWithoutPrevious);
    if (holdings < seatsWon) {
      throw new ElectionDataException(
          name + ": holdings (" + holdings + ") are fewer than seats won (" + seatsWon + ")");
    }
    if (councilsWithoutPrevious > councils) {
      throw new ElectionDataException(
          name + ": councils without a previous result (" + councilsWithoutPrevious
              + ") exceed councils (" + councils + ")");
    }
    if (seatsWonWithoutPrevious > seatsWon) {
      throw new ElectionDataException(
          name + ": seats won without a previous result (" + seatsWonWithoutPrevious
              + ") exceed seats won (" + seatsWon + ")");
    }
  }

  /**
   * A standing with every council and seat compared with a previous result.
   *
   * @param party the party
   * @param councils councils controlled after the declarations, not negative
   * @param councilsBefore of the declared councils, those controlled before, not negative
   * @param seatsWon seats won on the day, not negative
   * @param baselineSeats baseline seats of the same contests, not negative
   * @param holdings seats won plus continuing seats, at least seatsWon
   * @throws SeatCountException if a figure is negative
   * @throws ElectionDataException if holdings are fewer than seats won
   */
  public PartyStanding(
      Party party, int councils, int councilsBefore, int seatsWon, int baselineSeats, int holdings) {
    this(party, councils, councilsBefore, seatsWon, baselineSeats, holdings, 0, 0);
  }

  private static void requireNonNegative(String name, String what, int value) {
    if (value < 0) {
      throw new SeatCountException(
          name + ": " + what + " (" + value + ") are negative", DataSubject.none(), value, 0);
    }
  }

  /**
   * A party with no councils and no seats.
   *
   * @param party the party
   * @return the zero standing
   */
  public static PartyStanding zero(Party party) {
    return new PartyStanding(party, 0, 0, 0, 0, 0, 0, 0);
  }

  /**
   * The change in councils controlled: councils after less councils before, over the councils with
   * a previous result.
   *
   * @return the change, negative for a net loss
   */
  public int councilsChange() {
    return councils - councilsWithoutPrevious - councilsBefore;
  }

  /**
   * The net seat change: seats won less baseline seats, over the councils with a previous result.
   *
   * @return the change, negative for a net loss
   */
  public int seatsChange() {
    return seatsWon - seatsWonWithoutPrevious - baselineSeats;
  }

  /**
   * Whether the party has nothing to report: no councils now or before, no seats won, no baseline
   * seats and no holdings.
   *
   * @return true if every figure is zero
   */
  public boolean isZero() {
    // the figures without a previous result are parts of councils and seats won, so zero too
    return councils == 0
        && councilsBefore == 0
        && seatsWon == 0
        && baselineSeats == 0
        && holdings == 0;
  }

  /**
   * The sum of two standings of the same party over disjoint sets of councils.
   *
   * @param other the other standing, of the same party
   * @return the figures added
   * @throws IllegalArgumentException if the parties differ
   * @throws org.psephos.SeatCountException if a figure of the sum would not fit an {@code int}
   *     (a {@code long} for votes)
   */
  public PartyStanding plus(PartyStanding other) {
    if (!party.equals(other.party)) {
      throw new IllegalArgumentException(
          "cannot add standings of " + party.label() + " and " + other.party.label());
    }
    return new PartyStanding(
        party,
        Checks.sum(councils, other.councils, "party standing: councils"),
        Checks.sum(councilsBefore, other.councilsBefore, "party standing: councilsBefore"),
        Checks.sum(seatsWon, other.seatsWon, "party standing: seatsWon"),
        Checks.sum(baselineSeats, other.baselineSeats, "party standing: baselineSeats"),
        Checks.sum(holdings, other.holdings, "party standing: holdings"),
        Checks.sum(
            councilsWithoutPrevious,
            other.councilsWithoutPrevious,
            "party standing: councilsWithoutPrevious"),
        Checks.sum(
            seatsWonWithoutPrevious,
            other.seatsWonWithoutPrevious,
            "party standing: seatsWonWithoutPrevious"));
  }
}
