package org.psephos.stv;

/**
 * The statutory rules an STV count follows.
 *
 * <ul>
 *   <li>{@link #SCOTLAND}: the Scottish Local Government Elections Order 2011, rules 44-53
 *       (weighted inclusive Gregory method): votes to 5 decimal places; every paper of an elected
 *       candidate is examined for a surplus, each at {@code trunc5(surplus x value / total)}; one
 *       surplus (the largest) or one exclusion per stage; no deferral and no bulk exclusion;
 *       ties by the most recent stage where the candidates differed, then by lot.
 *   <li>{@link #NORTHERN_IRELAND}: the Electoral Law Act (Northern Ireland) 1962, Schedule 5 as
 *       substituted in 1985: votes to 2 decimal places; a surplus arising from a transfer is
 *       taken from the last sub-parcel received, at {@code trunc2(surplus / transferable
 *       papers)} but never above the value a paper arrived at, rounding going to the
 *       non-transferable votes; surpluses deferred while they cannot close the gap between the
 *       two lowest candidates; lowest candidates excluded together when they cannot overtake the
 *       next; an excluded candidate's papers transferred first preferences first, then in
 *       sub-parcels by descending value, each a transfer of its own; ties by the earliest stage
 *       where the candidates differed, then by lot; with one seat left, a candidate who cannot be
 *       overtaken is elected.
 * </ul>
 */
public enum StvRules {
  /** Scottish local government elections. */
  SCOTLAND("Scottish rules", 5),
  /** Northern Irish local government elections. */
  NORTHERN_IRELAND("Northern Irish rules", 2);

  private final String title;
  private final int decimals;

  StvRules(String title, int decimals) {
    this.title = title;
    this.decimals = decimals;
  }

  /**
   * The decimal places votes are counted to.
   *
   * @return 5 for Scotland, 2 for Northern Ireland
   */
  public int decimals() {
    return decimals;
  }

  /**
   * The rules' name for a count sheet, such as "Scottish rules".
   *
   * @return the name
   */
  public String title() {
    return title;
  }

  /**
   * Counts a ward under these rules; a tie that earlier stages do not break stops the count.
   *
   * @param profile the ward's ballot profile
   * @return the count sheet
   * @throws org.psephos.UnresolvedTieException if a tie needs a lot, naming the stage and the
   *     candidates: count again with {@link #count(BallotProfile, Lot)}
   */
  public CountSheet count(BallotProfile profile) {
    return count(profile, Lot.none());
  }

  /**
   * Counts a ward under these rules, drawing lots where the rules need one.
   *
   * @param profile the ward's ballot profile
   * @param lot decides ties that earlier stages do not break
   * @return the count sheet
   * @throws org.psephos.UnresolvedTieException if the lot declines to decide a tie
   */
  public CountSheet count(BallotProfile profile, Lot lot) {
    return new Counter(profile, this, lot, false).count();
  }

  /**
   * Counts a ward under these rules with reporting options, drawing lots where the rules need one.
   *
   * @param profile the ward's ballot profile
   * @param lot decides ties that earlier stages do not break
   * @param options how the count is reported beyond the statutory stages; none gives {@link
   *     #count(BallotProfile, Lot)}
   * @return the count sheet
   * @throws org.psephos.UnresolvedTieException if the lot declines to decide a tie
   * @throws IllegalArgumentException if {@link CountOption#FINAL_SURPLUS_TRANSFERS} is asked of
   *     Northern Irish rules, which have no such transfer
   */
  public CountSheet count(BallotProfile profile, Lot lot, CountOption... options) {
    boolean finalSurpluses = false;
    for (CountOption option : options) {
      if (option == CountOption.FINAL_SURPLUS_TRANSFERS) {
        if (this != SCOTLAND) {
          throw new IllegalArgumentException(
              title + " have no transfer after the last seat is filled; "
                  + CountOption.FINAL_SURPLUS_TRANSFERS + " applies to Scottish rules only");
        }
        finalSurpluses = true;
      }
    }
    return new Counter(profile, this, lot, finalSurpluses).count();
  }
}
