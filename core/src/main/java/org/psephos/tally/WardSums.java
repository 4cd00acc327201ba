package org.psephos.tally;

import java.util.ArrayList;
import java.util.List;
import org.psephos.Party;
import org.psephos.VoteConvention;
import org.psephos.tally.ElectionIndex.WardIndex;
import org.psephos.ward.Candidate;
import org.psephos.ward.WardResult;

/**
 * Ward-level figures of a set of declared wards as dense per-party arrays: the wards counted, seats
 * won and defended, gross gains and losses, and, per {@link VoteConvention} (slots {@link #ALL} and
 * {@link #TOP}), votes,
 * comparable votes and previous votes. The contribution of one ward, of one council's declared
 * wards, or of a group of councils; {@link #plus} adds or takes away another in time proportional
 * to the number of parties. Never changed once built.
 */
final class WardSums {
  /** The slot of {@link VoteConvention#ALL_VOTES} in the per-convention arrays. */
  static final int ALL = 0;
  /** The slot of {@link VoteConvention#TOP_CANDIDATE} in the per-convention arrays. */
  static final int TOP = 1;

  private static final int CONVENTIONS = 2;

  final int wards;
  final int[] won;
  final int[] defended;
  final int[] gains;
  final int[] losses;
  /** Seats won in wards of councils with no previous result. */
  final int[] wonWithoutPrevious;
  final long[][] votes;
  final long[][] comparable;
  final long[][] previous;

  private WardSums(
      int wards,
      int[] won,
      int[] defended,
      int[] gains,
      int[] losses,
      int[] wonWithoutPrevious,
      long[][] votes,
      long[][] comparable,
      long[][] previous) {
    this.wards = wards;
    this.won = won;
    this.defended = defended;
    this.gains = gains;
    this.losses = losses;
    this.wonWithoutPrevious = wonWithoutPrevious;
    this.votes = votes;
    this.comparable = comparable;
    this.previous = previous;
  }

  static WardSums zero(int parties) {
    return new WardSums(
        0,
        new int[parties],
        new int[parties],
        new int[parties],
        new int[parties],
        new int[parties],
        new long[CONVENTIONS][parties],
        new long[CONVENTIONS][parties],
        new long[CONVENTIONS][parties]);
  }

  /**
   * One ward's contribution: its winners by party, its defended seats, the gross change per party
   * (won less defended, split into its positive and negative parts; none in a council with no
   * previous result), and its votes; a contested
   * ward with previous votes under a convention is comparable under it. The result and its parties
   * have been checked against the election by the caller.
   */
  static WardSums ofWard(ElectionIndex index, WardIndex ward, WardResult result) {
    WardSums sums = zero(index.parties.length);
    sums.count(index, ward, result);
    return sums.asOneWard();
  }

  /** Fills this freshly made, unpublished zero sums with one ward's figures. */
  private void count(ElectionIndex index, WardIndex ward, WardResult result) {
    List<Candidate> candidates = result.candidates();
    for (int i = 0; i < candidates.size(); i++) {
      Candidate candidate = candidates.get(i);
      int p = index.partyPosition(candidate.party());
      if (result.statusAt(i).isElected()) {
        won[p]++;
      }
      votes[ALL][p] += candidate.votes();
      votes[TOP][p] = Math.max(votes[TOP][p], candidate.votes());
    }
    for (int i = 0; i < ward.defendedParties.length; i++) {
      defended[ward.defendedParties[i]] = ward.defendedSeats[i];
    }
    // a ward of a council with no previous result has nothing gained or lost
    for (int p = 0; p < won.length; p++) {
      if (ward.compared) {
        int change = won[p] - defended[p];
        gains[p] = Math.max(0, change);
        losses[p] = Math.max(0, -change);
      } else {
        wonWithoutPrevious[p] = won[p];
      }
    }
    if (!result.isUncontested()) {
      for (int k = 0; k < CONVENTIONS; k++) {
        long[] before = ward.previous(k);
        if (before != null) {
          System.arraycopy(votes[k], 0, comparable[k], 0, won.length);
          System.arraycopy(before, 0, previous[k], 0, won.length);
        }
      }
    }
  }

  /** The same arrays with another ward count; only on unpublished instances. */
  private WardSums withWards(int count) {
    return new WardSums(
        count, won, defended, gains, losses, wonWithoutPrevious, votes, comparable, previous);
  }

  /** These sums with another added ({@code sign} +1) or taken away (-1). */
  WardSums plus(WardSums other, int sign) {
    int parties = won.length;
    WardSums sum = zero(parties);
    for (int p = 0; p < parties; p++) {
      sum.won[p] = won[p] + sign * other.won[p];
      sum.defended[p] = defended[p] + sign * other.defended[p];
      sum.gains[p] = gains[p] + sign * other.gains[p];
      sum.losses[p] = losses[p] + sign * other.losses[p];
      sum.wonWithoutPrevious[p] = wonWithoutPrevious[p] + sign * other.wonWithoutPrevious[p];
      for (int k = 0; k < CONVENTIONS; k++) {
        sum.votes[k][p] = votes[k][p] + sign * other.votes[k][p];
        sum.comparable[k][p] = comparable[k][p] + sign * other.comparable[k][p];
        sum.previous[k][p] = previous[k][p] + sign * other.previous[k][p];
      }
    }
    return sum.withWards(wards + sign * other.wards);
  }

  /** These (unpublished) sums counted as one ward. */
  private WardSums asOneWard() {
    return withWards(1);
  }

  /** The public figures of these sums, with the wards expected. */
  WardTotals toTotals(Party[] parties, int wardsExpected) {
    List<PartyWardTotals> list = new ArrayList<>(parties.length);
    for (int p = 0; p < parties.length; p++) {
      list.add(
          new PartyWardTotals(
              parties[p],
              won[p],
              defended[p],
              gains[p],
              losses[p],
              new VoteFigures(votes[ALL][p], comparable[ALL][p], previous[ALL][p]),
              new VoteFigures(votes[TOP][p], comparable[TOP][p], previous[TOP][p]),
              wonWithoutPrevious[p]));
    }
    return WardTotals.of(wards, wardsExpected, list);
  }
}
