package org.psephos.tally;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.psephos.Party;
import org.psephos.VoteConvention;
import org.psephos.tally.ElectionIndex.WardIndex;
import org.psephos.ward.Candidate;
import org.psephos.ward.WardResult;

/**
 * Ward-level figures of a set of declared wards as dense per-party arrays (three per sums: the
 * seats won, the other seat figures, the vote figures): the wards counted, seats
 * won and defended, gross gains and losses, and, per {@link VoteConvention} (slots {@link #ALL} and
 * {@link #TOP}), votes,
 * comparable votes and previous votes. The contribution of one ward, of one council's declared
 * wards, or of a group of councils; {@link #plus} adds or takes away another in time proportional
 * to the number of parties. Never changed once built.
 */
final class WardSums {
  /** The slot of {@link VoteConvention#ALL_VOTES} in the per-convention figures. */
  static final int ALL = 0;
  /** The slot of {@link VoteConvention#TOP_CANDIDATE} in the per-convention figures. */
  static final int TOP = 1;

  private static final int CONVENTIONS = 2;

  /** The blocks of {@link #seats}, each one figure for every party. */
  private static final int DEFENDED = 0;
  private static final int GAINS = 1;
  private static final int LOSSES = 2;
  /** Seats won in wards of councils with no previous result. */
  private static final int WON_WITHOUT_PREVIOUS = 3;
  private static final int SEAT_FIGURES = 4;

  /** The blocks of {@link #votes}, each a pair of conventions for every party. */
  private static final int VOTES = 0;
  private static final int COMPARABLE = 1;
  private static final int PREVIOUS = 2;
  private static final int VOTE_FIGURES = 3;

  final int wards;
  final int[] won;
  /** Defended, gains, losses and seats won without a previous result: block of a figure, party. */
  private final int[] seats;
  /** Votes, comparable and previous votes: block of a figure and convention, then party. */
  private final long[] votes;

  private WardSums(int wards, int[] won, int[] seats, long[] votes) {
    this.wards = wards;
    this.won = won;
    this.seats = seats;
    this.votes = votes;
  }

  static WardSums zero(int parties) {
    return zero(0, parties);
  }

  private static WardSums zero(int wards, int parties) {
    return new WardSums(wards, new int[parties], new int[SEAT_FIGURES * parties],
        new long[VOTE_FIGURES * CONVENTIONS * parties]);
  }

  /** Where a seat figure of a party is in {@link #seats}. */
  private int seat(int figure, int party) {
    return figure * won.length + party;
  }

  /** Where a vote figure of a party under a convention slot is in {@link #votes}. */
  private int vote(int figure, int convention, int party) {
    return (figure * CONVENTIONS + convention) * won.length + party;
  }

  /**
   * One ward's contribution: its winners by party, its defended seats, the gross change per party
   * (won less defended, split into its positive and negative parts; none in a council with no
   * previous result), and its votes; a contested
   * ward with previous votes under a convention is comparable under it. The result and its parties
   * have been checked against the election by the caller.
   */
  static WardSums ofWard(ElectionIndex index, WardIndex ward, WardResult result) {
    WardSums sums = zero(1, index.parties.length);
    sums.count(index, ward, result);
    return sums;
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
      votes[vote(VOTES, ALL, p)] += candidate.votes();
      int top = vote(VOTES, TOP, p);
      votes[top] = Math.max(votes[top], candidate.votes());
    }
    for (int i = 0; i < ward.defendedParties.length; i++) {
      seats[seat(DEFENDED, ward.defendedParties[i])] = ward.defendedSeats[i];
    }
    // a ward of a council with no previous result has nothing gained or lost
    for (int p = 0; p < won.length; p++) {
      if (ward.compared) {
        int change = won[p] - seats[seat(DEFENDED, p)];
        seats[seat(GAINS, p)] = Math.max(0, change);
        seats[seat(LOSSES, p)] = Math.max(0, -change);
      } else {
        seats[seat(WON_WITHOUT_PREVIOUS, p)] = won[p];
      }
    }
    if (!result.isUncontested()) {
      for (int k = 0; k < CONVENTIONS; k++) {
        long[] before = ward.previous(k);
        if (before != null) {
          System.arraycopy(votes, vote(VOTES, k, 0), votes, vote(COMPARABLE, k, 0), won.length);
          System.arraycopy(before, 0, votes, vote(PREVIOUS, k, 0), won.length);
        }
      }
    }
  }

  /**
   * These sums with {@code out} taken away and {@code in} added (either null for none): one new
   * sums whatever the two, so that replacing a council's sums in a group, or a ward's in a
   * council, allocates once.
   */
  WardSums replacing(@Nullable WardSums out, @Nullable WardSums in) {
    int[] nextWon = won.clone();
    int[] nextSeats = seats.clone();
    long[] nextVotes = votes.clone();
    int nextWards = wards;
    if (out != null) {
      nextWards -= out.wards;
      add(nextWon, out.won, -1);
      add(nextSeats, out.seats, -1);
      add(nextVotes, out.votes, -1);
    }
    if (in != null) {
      nextWards += in.wards;
      add(nextWon, in.won, +1);
      add(nextSeats, in.seats, +1);
      add(nextVotes, in.votes, +1);
    }
    return new WardSums(nextWards, nextWon, nextSeats, nextVotes);
  }

  private static void add(int[] into, int[] other, int sign) {
    for (int i = 0; i < into.length; i++) {
      into[i] += sign * other[i];
    }
  }

  private static void add(long[] into, long[] other, int sign) {
    for (int i = 0; i < into.length; i++) {
      into[i] += sign * other[i];
    }
  }

  /** A party's vote figures under a convention slot. */
  private VoteFigures figures(int convention, int p) {
    return new VoteFigures(votes[vote(VOTES, convention, p)],
        votes[vote(COMPARABLE, convention, p)], votes[vote(PREVIOUS, convention, p)]);
  }

  /** The public figures of these sums, with the wards expected. */
  WardTotals toTotals(Party[] parties, int wardsExpected) {
    List<PartyWardTotals> list = new ArrayList<>(parties.length);
    for (int p = 0; p < parties.length; p++) {
      list.add(
          new PartyWardTotals(
              parties[p],
              won[p],
              seats[seat(DEFENDED, p)],
              seats[seat(GAINS, p)],
              seats[seat(LOSSES, p)],
              figures(ALL, p),
              figures(TOP, p),
              seats[seat(WON_WITHOUT_PREVIOUS, p)]));
    }
    return WardTotals.of(wards, wardsExpected, list);
  }
}
