package org.psephos.tally;

import org.jspecify.annotations.Nullable;
import org.psephos.Council;
import org.psephos.ward.WardResult;

/**
 * A {@link WardResult} checked by {@link Tally#check(WardResult)} against the tally's election:
 * its council and ward positions and the ward's figures (seats won and defended, gains and losses,
 * votes) numbered as the election numbers its parties.
 *
 * <p>{@link Tally#apply(CheckedWardResult)} trusts it after a constant-time check that it was
 * checked for the tally's election (the same {@code Election} instance), baseline and rule; only
 * what depends on the tally's state is checked then (a council held as a whole declaration takes
 * no ward results).
 *
 * <p>Equal when the results are equal and were checked for equal elections, the same baseline and
 * equal rules. Immutable and thread-safe.
 */
public final class CheckedWardResult {
  final ElectionIndex index;
  final int council;
  final int ward;
  final WardResult result;
  /** The ward's figures; never changed once built. */
  final WardSums sums;

  CheckedWardResult(ElectionIndex index, int council, int ward, WardResult result, WardSums sums) {
    this.index = index;
    this.council = council;
    this.ward = ward;
    this.result = result;
    this.sums = sums;
  }

  /**
   * The council the ward belongs to.
   *
   * @return the council, as the election lists it
   */
  public Council council() {
    return index.council(council);
  }

  /**
   * The ward result checked.
   *
   * @return the result, as given to {@link Tally#check(WardResult)}
   */
  public WardResult result() {
    return result;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof CheckedWardResult other
        && index.sameAs(other.index)
        && result.equals(other.result);
  }

  @Override
  public int hashCode() {
    return result.hashCode() * 31 + index.baseline.hashCode();
  }

  /**
   * A short description: the result and what it was checked for.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "CheckedWardResult["
        + result
        + "; election "
        + index.election.id()
        + ", "
        + index.baseline.label()
        + ", "
        + index.rule
        + "]";
  }
}
