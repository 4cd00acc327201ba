package org.psephos;

/**
 * How a party's votes are counted in multi-member wards, where each voter has as many votes as
 * there are seats. Results services differ, so the caller chooses; the figures for both are kept.
 *
 * <p>The default is {@link #TOP_CANDIDATE}: it counts each party once per ward, so a voter who
 * gives all three votes to one party's slate counts once, a party that fields one candidate for
 * three seats is not penalised against one that fields three, and shares in multi-member wards
 * compare with shares in single-member wards and between elections. It is the "top vote" method
 * used by analysts such as Britain Elects. {@link #ALL_VOTES} adds up the votes as declared, which
 * is what the returning officer publishes, and is also available. In a single-member ward the two
 * agree. Neither is ever presented as turnout.
 */
public enum VoteConvention {
  /** Every vote cast for each of a party's candidates, added up (each voter has up to n votes). */
  ALL_VOTES,

  /** Each party's best-placed candidate in each ward only. The default. */
  TOP_CANDIDATE;

  /**
   * The default convention, {@link #TOP_CANDIDATE}.
   *
   * @return the default
   */
  public static VoteConvention defaultConvention() {
    return TOP_CANDIDATE;
  }
}
