package org.psephos.tally;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.psephos.DataSubject;
import org.psephos.ElectionDataException;
import org.psephos.InvalidValueException;
import org.psephos.SeatCountException;
import org.psephos.Party;
import org.psephos.VoteConvention;

/**
 * The ward-level figures over a set of declared wards (of one council, or of the councils a
 * standings covers): wards declared of wards expected, and each party's {@link PartyWardTotals}:
 * seats won and defended, gross gains and losses, and votes. From them: vote shares, share changes
 * and two-party swing.
 *
 * <p>Which wards count: every ward result the tally holds, in councils declared ward by ward and in
 * councils still in progress, as the wards declare. Councils declared by a whole {@link
 * org.psephos.Declaration} have no ward figures. Uncontested wards count for seats but add no votes.
 *
 * <p>The rules:
 *
 * <ul>
 *   <li>a party's <em>share</em> under a convention is its votes over all parties' votes, in per
 *       cent; shares of all parties add up to 100 (within rounding);
 *   <li>its <em>share change</em> compares like with like: its share in the comparable wards (those
 *       with previous votes under the convention) less its share in the same wards when they were
 *       last fought, in percentage points;
 *   <li>the two-party <em>Butler swing</em> from party A to party B is the average of B's share
 *       change and the negative of A's: {@code (change(B) - change(A)) / 2}, in points; so {@code
 *       swing(A, B) == -swing(B, A)}, and a positive swing from A to B is a move towards B.
 * </ul>
 *
 * <p>Methods without a convention use {@link VoteConvention#defaultConvention()}, the top candidate
 * of each party. Parties are listed in the election's order. Ward totals of disjoint sets of wards
 * {@linkplain #merge merge}; {@link #empty()} is the identity.
 *
 * <p>Equal by all figures and party order. Immutable and thread-safe.
 */
public final class WardTotals {
  private static final WardTotals EMPTY = new WardTotals(0, 0, List.of());

  private final int wardsDeclared;
  private final int wardsExpected;
  private final List<PartyWardTotals> parties;

  private WardTotals(int wardsDeclared, int wardsExpected, List<PartyWardTotals> parties) {
    this.wardsDeclared = wardsDeclared;
    this.wardsExpected = wardsExpected;
    this.parties = parties;
  }

  /**
   * No wards and no parties: the identity of {@link #merge}.
   *
   * @return the empty totals
   */
  public static WardTotals empty() {
    return EMPTY;
  }

  /**
   * Ward totals from their figures.
   *
   * @param wardsDeclared the wards declared
   * @param wardsExpected the wards listed by the contests covered, declared or not
   * @param parties every party's figures, in display order
   * @return the totals
   * @throws SeatCountException if a ward count is negative
   * @throws ElectionDataException if more wards are declared than expected
   * @throws InvalidValueException if a party is listed twice
   */
  public static WardTotals of(int wardsDeclared, int wardsExpected, List<PartyWardTotals> parties) {
    List<PartyWardTotals> copy = List.copyOf(parties);
    if (wardsDeclared < 0 || wardsExpected < 0) {
      throw new SeatCountException(
          "ward totals: wards declared ("
              + wardsDeclared
              + ") and expected ("
              + wardsExpected
              + ") must not be negative",
          DataSubject.none(),
          Math.min(wardsDeclared, wardsExpected),
          0);
    }
    if (wardsDeclared > wardsExpected) {
      throw new ElectionDataException(
          "ward totals: wards declared ("
              + wardsDeclared
              + ") exceed wards expected ("
              + wardsExpected
              + ")");
    }
    Set<String> ids = new HashSet<>();
    for (PartyWardTotals totals : copy) {
      if (!ids.add(totals.party().id())) {
        throw new InvalidValueException(
            InvalidValueException.Problem.DUPLICATE,
            "party id",
            "ward totals: party " + totals.party().label() + " is listed twice",
            DataSubject.party(totals.party()));
      }
    }
    if (wardsExpected == 0 && copy.isEmpty()) {
      return EMPTY;
    }
    return new WardTotals(wardsDeclared, wardsExpected, copy);
  }

  /**
   * The wards declared.
   *
   * @return the count
   */
  public int wardsDeclared() {
    return wardsDeclared;
  }

  /**
   * The wards expected: every ward listed by the contests covered, declared or not.
   *
   * @return the count
   */
  public int wardsExpected() {
    return wardsExpected;
  }

  /**
   * Every party's figures, in the election's order.
   *
   * @return an unmodifiable list
   */
  public List<PartyWardTotals> parties() {
    return parties;
  }

  /**
   * One party's figures.
   *
   * @param party the party
   * @return its figures, or empty if these totals do not list it
   */
  public Optional<PartyWardTotals> party(Party party) {
    requireNonNull(party, "party");
    for (PartyWardTotals totals : parties) {
      if (totals.party().equals(party)) {
        return Optional.of(totals);
      }
    }
    return Optional.empty();
  }

  private VoteFigures figures(Party party, VoteConvention convention) {
    return party(party).map(totals -> totals.votes(convention)).orElse(VoteFigures.zero());
  }

  /**
   * A party's votes under a convention.
   *
   * @param party the party
   * @param convention the convention
   * @return its votes, 0 if it has none
   */
  public long votes(Party party, VoteConvention convention) {
    return figures(party, requireNonNull(convention, "convention")).votes();
  }

  /**
   * All parties' votes together under a convention. Under {@link VoteConvention#ALL_VOTES} this is
   * every vote cast for a candidate, which is not a turnout.
   *
   * @param convention the convention
   * @return the total
   */
  public long totalVotes(VoteConvention convention) {
    requireNonNull(convention, "convention");
    long total = 0;
    for (PartyWardTotals totals : parties) {
      total += totals.votes(convention).votes();
    }
    return total;
  }

  /**
   * A party's share of the votes under a convention, in per cent.
   *
   * @param party the party
   * @param convention the convention
   * @return the share, or empty if no vote has been counted
   */
  public OptionalDouble share(Party party, VoteConvention convention) {
    long total = totalVotes(convention);
    return total == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(votes(party, convention) * 100.0 / total);
  }

  /**
   * A party's share of the votes under the default convention (top candidate), in per cent.
   *
   * @param party the party
   * @return the share, or empty if no vote has been counted
   */
  public OptionalDouble share(Party party) {
    return share(party, VoteConvention.defaultConvention());
  }

  /**
   * Every party's share of the votes under a convention, in per cent, in the election's order.
   *
   * @param convention the convention
   * @return an unmodifiable map adding up to 100 within rounding, or an empty map if no vote has
   *     been counted
   */
  public Map<Party, Double> shares(VoteConvention convention) {
    long total = totalVotes(convention);
    Map<Party, Double> shares = new LinkedHashMap<>();
    if (total != 0) {
      for (PartyWardTotals totals : parties) {
        shares.put(totals.party(), totals.votes(convention).votes() * 100.0 / total);
      }
    }
    return Collections.unmodifiableMap(shares);
  }

  /**
   * A party's share change under a convention, like for like: its share in the comparable wards
   * less its share in them when last fought, in percentage points.
   *
   * @param party the party
   * @param convention the convention
   * @return the change, or empty if no comparable ward has votes now and before
   */
  public OptionalDouble shareChange(Party party, VoteConvention convention) {
    requireNonNull(party, "party");
    requireNonNull(convention, "convention");
    long now = 0;
    long before = 0;
    for (PartyWardTotals totals : parties) {
      now += totals.votes(convention).comparableVotes();
      before += totals.votes(convention).previousVotes();
    }
    if (now == 0 || before == 0) {
      return OptionalDouble.empty();
    }
    VoteFigures figures = figures(party, convention);
    return OptionalDouble.of(
        figures.comparableVotes() * 100.0 / now - figures.previousVotes() * 100.0 / before);
  }

  /**
   * A party's share change under the default convention (top candidate), in percentage points.
   *
   * @param party the party
   * @return the change, or empty if no comparable ward has votes now and before
   */
  public OptionalDouble shareChange(Party party) {
    return shareChange(party, VoteConvention.defaultConvention());
  }

  /**
   * The two-party Butler swing from one party to another under a convention: {@code (change(to) -
   * change(from)) / 2}, in percentage points. Antisymmetric: {@code swing(a, b) == -swing(b, a)}.
   *
   * @param from the party the swing is measured from
   * @param to the party the swing is measured to
   * @param convention the convention
   * @return the swing, positive for a move towards {@code to}, or empty if no comparable ward has
   *     votes now and before
   */
  public OptionalDouble swing(Party from, Party to, VoteConvention convention) {
    OptionalDouble changeFrom = shareChange(from, convention);
    OptionalDouble changeTo = shareChange(to, convention);
    if (changeFrom.isEmpty() || changeTo.isEmpty()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of((changeTo.getAsDouble() - changeFrom.getAsDouble()) / 2);
  }

  /**
   * The two-party Butler swing from one party to another under the default convention (top
   * candidate), in percentage points.
   *
   * @param from the party the swing is measured from
   * @param to the party the swing is measured to
   * @return the swing, or empty if no comparable ward has votes now and before
   */
  public OptionalDouble swing(Party from, Party to) {
    return swing(from, to, VoteConvention.defaultConvention());
  }

  /**
   * The totals of two disjoint sets of wards of the same election: every figure added. Merging is
   * associative and commutative, and {@link #empty()} is its identity.
   *
   * @param other totals over wards disjoint from these
   * @return the merged totals
   * @throws IllegalArgumentException if neither is empty and they list different parties or the
   *     same parties in a different order
   */
  public WardTotals merge(WardTotals other) {
    requireNonNull(other, "other");
    if (other.equals(EMPTY)) {
      return this;
    }
    if (this.equals(EMPTY)) {
      return other;
    }
    if (parties.size() != other.parties.size()) {
      throw mismatch(other);
    }
    List<PartyWardTotals> sum = new ArrayList<>(parties.size());
    for (int i = 0; i < parties.size(); i++) {
      PartyWardTotals mine = parties.get(i);
      PartyWardTotals theirs = other.parties.get(i);
      if (!mine.party().equals(theirs.party())) {
        throw mismatch(other);
      }
      sum.add(mine.plus(theirs));
    }
    return of(
        Math.addExact(wardsDeclared, other.wardsDeclared),
        Math.addExact(wardsExpected, other.wardsExpected),
        sum);
  }

  private IllegalArgumentException mismatch(WardTotals other) {
    return new IllegalArgumentException(
        "cannot merge ward totals listing different parties: " + ids(parties) + " and "
            + ids(other.parties));
  }

  static List<String> ids(List<PartyWardTotals> list) {
    List<String> ids = new ArrayList<>(list.size());
    for (PartyWardTotals totals : list) {
      ids.add(totals.party().id());
    }
    return ids;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof WardTotals other
        && wardsDeclared == other.wardsDeclared
        && wardsExpected == other.wardsExpected
        && parties.equals(other.parties);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(wardsDeclared, wardsExpected, parties);
  }

  /**
   * The canonical form: the ward counts, then each party's seats, gross changes and votes (all
   * votes / top candidate).
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder text =
        new StringBuilder("WardTotals[")
            .append(wardsDeclared)
            .append(" of ")
            .append(wardsExpected)
            .append(" wards declared");
    for (PartyWardTotals totals : parties) {
      text.append("; ")
          .append(totals.party().id())
          .append(": seats ")
          .append(totals.seatsWon())
          .append(" (defended ")
          .append(totals.seatsDefended())
          .append(", +")
          .append(totals.gains())
          .append(" -")
          .append(totals.losses())
          .append("), votes ")
          .append(totals.allVotes().votes())
          .append('/')
          .append(totals.topCandidateVotes().votes());
    }
    return text.append(']').toString();
  }
}
