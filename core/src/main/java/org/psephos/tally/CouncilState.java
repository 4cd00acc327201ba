package org.psephos.tally;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.psephos.Contest;
import org.psephos.Declaration;
import org.psephos.Party;
import org.psephos.ward.WardResult;

/**
 * What a tally holds for one council that has any result: either a whole {@link Declaration}, or
 * the ward results received so far (one slot per listed ward). It carries the council's
 * contributions to the standings: the council-level {@link DeclaredCouncil} when the council counts
 * as declared (a whole declaration, or every ward in), the ward-level {@link WardSums}, the seats
 * declared, and, while in progress, whether control is already decided. Immutable; each update
 * costs time proportional to the number of parties plus the council's wards.
 */
class CouncilState {
  /** Control not judged: the council is not in progress. */
  static final int NOT_IN_PROGRESS = -3;
  /** Control still open. */
  static final int UNDECIDED = -2;
  /** Certain to be in no overall control. */
  static final int NOC = -1;

  /** The whole declaration, or null when the council is counted ward by ward. */
  final @Nullable Declaration whole;
  /** The ward results by ward position (null where not in); empty for a whole declaration. */
  private final @Nullable WardResult[] results;
  final int wardsIn;
  final WardSums sums;
  /**
   * The council-level contribution when the council counts as declared (this very object),
   * otherwise null.
   */
  final @Nullable DeclaredCouncil declared;
  final int seatsDeclared;
  /** While in progress: the party position certain to control, NOC or UNDECIDED. */
  final int decided;

  /**
   * A state; it counts as declared exactly when it is a {@link DeclaredCouncil}, which then holds
   * its council-level contribution in the same object.
   */
  CouncilState(
      @Nullable Declaration whole,
      @Nullable WardResult[] results,
      int wardsIn,
      WardSums sums,
      int seatsDeclared,
      int decided) {
    this.whole = whole;
    this.results = results;
    this.wardsIn = wardsIn;
    this.sums = sums;
    this.declared = this instanceof DeclaredCouncil council ? council : null;
    this.seatsDeclared = seatsDeclared;
    this.decided = decided;
  }

  /** The ward results of a council declared as a whole: none, shared. */
  private static final @Nullable WardResult[] NO_RESULTS = new WardResult[0];

  /** A council declared as a whole; the declaration is validated against its contest. */
  static CouncilState whole(ElectionIndex index, int c, Declaration declaration) {
    return DeclaredCouncil.of(
        index, c, declaration, declaration, NO_RESULTS, 0, index.zeroSums, declaration.seatsDeclared());
  }

  /**
   * The state with ward {@code w}'s result replaced ({@code result} null to withdraw it); null when
   * no ward result is left. {@code old} is null or counted ward by ward; the result has been checked
   * against the ward and the election by the caller.
   */
  static @Nullable CouncilState withWard(
      ElectionIndex index,
      int c,
      @Nullable CouncilState old,
      int w,
      @Nullable WardResult result) {
    ElectionIndex.WardIndex[] wards = index.wards[c];
    @Nullable WardResult[] results = old == null ? new WardResult[wards.length] : old.results.clone();
    WardResult before = results[w];
    WardSums sums = old == null ? index.zeroSums : old.sums;
    int wardsIn = old == null ? 0 : old.wardsIn;
    int seatsDeclared = old == null ? 0 : old.seatsDeclared;
    if (before != null) {
      sums = sums.plus(WardSums.ofWard(index, wards[w], before), -1);
      wardsIn--;
      seatsDeclared -= before.seatsFilled();
    }
    if (result != null) {
      sums = sums.plus(WardSums.ofWard(index, wards[w], result), +1);
      wardsIn++;
      seatsDeclared += result.seatsFilled();
    }
    results[w] = result;
    if (wardsIn == 0) {
      return null;
    }
    if (wardsIn < wards.length) {
      return new CouncilState(
          null,
          results,
          wardsIn,
          sums,
          seatsDeclared,
          decide(index, c, sums.won, seatsDeclared));
    }
    Contest contest = index.contests[c];
    Map<Party, Integer> won = new LinkedHashMap<>();
    for (int p = 0; p < index.parties.length; p++) {
      if (sums.won[p] > 0) {
        won.put(index.parties[p], sums.won[p]);
      }
    }
    Declaration sum =
        Declaration.provisional(
            contest.council(), won, contest.contested() - seatsDeclared, Map.of());
    return DeclaredCouncil.of(index, c, sum, null, results, wardsIn, sums, seatsDeclared);
  }

  /**
   * Whether control of council {@code c} is already decided, given the seats won so far per party
   * (dense) and in total: a party that may control and whose continuing and won seats reach the
   * majority controls whatever the seats still to fill bring; if no party that may control can
   * reach the majority even winning every contested seat not yet won, the council is certain to be
   * in no overall control.
   *
   * @return the party position, {@link #NOC} or {@link #UNDECIDED}
   */
  static int decide(ElectionIndex index, int c, int[] wonSoFar, int seatsDeclared) {
    int parties = index.parties.length;
    int[] data = index.councilData[c];
    int majority = index.majority(data);
    int toCome = index.contested(data) - seatsDeclared;
    boolean open = false;
    for (int p = 0; p < parties; p++) {
      if (data[ElectionIndex.MAY_CONTROL * parties + p] != 0) {
        int holdings = wonSoFar[p] + data[ElectionIndex.CONTINUING_SEATS * parties + p];
        if (holdings >= majority) {
          return p;
        }
        open |= holdings + toCome >= majority;
      }
    }
    return open ? UNDECIDED : NOC;
  }

  /** Whether some but not all wards are in. */
  boolean inProgress() {
    return whole == null && declared == null;
  }

  /** The ward result of a ward position, or null. */
  @Nullable WardResult result(int w) {
    return w < results.length ? results[w] : null;
  }

  /** The ward results, by ward position, null where not in; empty for a whole declaration. */
  @Nullable WardResult[] results() {
    return results.clone();
  }

  /** The same inputs: the same whole declaration, or the same ward results. */
  boolean sameAs(CouncilState other) {
    return whole == null
        ? other.whole == null && Arrays.equals(results, other.results)
        : whole.equals(other.whole);
  }

  int inputHash() {
    return whole == null ? Arrays.hashCode(results) : whole.hashCode();
  }
}
