package org.psephos.tally;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.psephos.ward.WardResult;

/**
 * A council counted ward by ward: the ward results received so far (one slot per listed ward,
 * null where not in), their {@link WardSums}, and the seats they declared. {@link InProgress}
 * while some but not all wards are in; {@link Complete} when the last is in. Immutable; each
 * update costs time proportional to the number of parties plus the council's wards.
 */
abstract sealed class WardCount implements CouncilState {
  private final @Nullable WardResult[] results;
  final int wardsIn;
  final WardSums sums;
  final int seatsDeclared;

  private WardCount(@Nullable WardResult[] results, int wardsIn, WardSums sums, int seatsDeclared) {
    this.results = results;
    this.wardsIn = wardsIn;
    this.sums = sums;
    this.seatsDeclared = seatsDeclared;
  }

  /** Some but not all wards in, and whether control is already decided. */
  static final class InProgress extends WardCount {
    final ControlDecision decided;

    private InProgress(
        @Nullable WardResult[] results,
        int wardsIn,
        WardSums sums,
        int seatsDeclared,
        ControlDecision decided) {
      super(results, wardsIn, sums, seatsDeclared);
      this.decided = decided;
    }
  }

  /** Every ward in: the council is declared with the sum of its wards. */
  static final class Complete extends WardCount {
    final CheckedDeclaration declared;

    private Complete(
        @Nullable WardResult[] results,
        int wardsIn,
        WardSums sums,
        int seatsDeclared,
        CheckedDeclaration declared) {
      super(results, wardsIn, sums, seatsDeclared);
      this.declared = declared;
    }
  }

  /**
   * The count with ward {@code w}'s result replaced by {@code result}, whose figures are {@code
   * added} ({@code result} and {@code added} null to withdraw it); null when no ward result is
   * left. {@code old} is null when the council has no result yet. The result has been checked
   * against the ward and the election.
   */
  static @Nullable WardCount withWard(
      ElectionIndex index,
      CouncilFacts council,
      @Nullable WardCount old,
      int w,
      @Nullable WardResult result,
      @Nullable WardSums added) {
    int wards = council.wards.length;
    @Nullable WardResult[] results = old == null ? new WardResult[wards] : old.results.clone();
    WardResult before = results[w];
    WardSums sums = old == null ? index.zeroSums : old.sums;
    int wardsIn = old == null ? 0 : old.wardsIn;
    int seatsDeclared = old == null ? 0 : old.seatsDeclared;
    if (before != null) {
      sums = sums.plus(WardSums.ofWard(index, council.wards[w], before), -1);
      wardsIn--;
      seatsDeclared -= before.seatsFilled();
    }
    if (result != null && added != null) {
      sums = sums.plus(added, +1);
      wardsIn++;
      seatsDeclared += result.seatsFilled();
    }
    results[w] = result;
    if (wardsIn == 0) {
      return null;
    }
    if (wardsIn < wards) {
      return new InProgress(
          results, wardsIn, sums, seatsDeclared, council.decide(sums.won, seatsDeclared));
    }
    // the sums are never changed once built, so the declaration shares their seats won
    CheckedDeclaration declared =
        new CheckedDeclaration(
            index,
            council.position,
            sums.won,
            null,
            council.controlAfter(sums.won),
            seatsDeclared,
            null);
    return new Complete(results, wardsIn, sums, seatsDeclared, declared);
  }

  /** The ward result of a ward position, or null. */
  @Nullable WardResult result(int w) {
    return results[w];
  }

  boolean sameResults(WardCount other) {
    return Arrays.equals(results, other.results);
  }

  int resultsHash() {
    return Arrays.hashCode(results);
  }
}
