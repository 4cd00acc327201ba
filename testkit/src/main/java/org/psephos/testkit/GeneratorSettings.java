package org.psephos.testkit;

/**
 * The knobs of {@link NightGenerator}: how large and how varied the generated elections and nights
 * are. Immutable; {@link #defaults()} are the shapes Psephos's own property tests use, and {@link
 * #builder()} changes any of them. A knob {@code xOneIn} of {@code n} makes x happen to one council
 * (or election) in {@code n} on average, and {@code 0} switches it off.
 *
 * @param minCouncils fewest councils in an election (at least 1, at most {@code maxCouncils};
 *     default 1)
 * @param maxCouncils most councils in an election (at least 1; default 12)
 * @param minCouncilSize fewest seats of a council (at least 1, at most {@code maxCouncilSize};
 *     default 1)
 * @param maxCouncilSize most seats of a council (at least 1; default 70)
 * @param minCohesiveParties fewest cohesive parties standing (at least 1, at most {@code
 *     maxCohesiveParties}; default 1); an election without Independents has at least 2 whatever
 *     this says
 * @param maxCohesiveParties most cohesive parties standing, 2 to {@value #COHESIVE_PARTIES}
 *     (default 6); up to 6 they are drawn from six British parties, above 6 from three more
 * @param minRegions fewest regions the councils are spread over (at least 1, at most {@code
 *     maxRegions}; default 1)
 * @param maxRegions most regions the councils are spread over, 1 to {@value #REGIONS} (default
 *     3); above 1, some councils may also have no region
 * @param independentsOneIn elections with a non-cohesive Independent group among the parties
 *     (default 2)
 * @param partialContestOneIn councils electing only part of their seats, by thirds, by halves or
 *     any part, the rest continuing (default 2)
 * @param boundaryChangeOneIn councils whose previous composition, after a boundary change, has
 *     another size than the council now (default 4)
 * @param vacancies whether previous and continuing compositions may hold vacant seats (default
 *     true)
 * @param undeclared whether some councils may not have declared by the end of the night (default
 *     true)
 * @param provisionalOneIn declarations that are provisional, with seats still to fill, often with
 *     the parties defending or holding them (default 4)
 * @param correctionOneIn declared councils that declared once or twice before their current
 *     declaration (default 3)
 * @param withdrawalOneIn declared councils whose declaration is withdrawn, as entered in error,
 *     and sometimes declared again (default 6)
 * @param shuffledArrivals whether councils' inputs arrive interleaved at random (each council's own
 *     inputs keeping their order) rather than council by council (default true)
 */
public record GeneratorSettings(
    int minCouncils,
    int maxCouncils,
    int minCouncilSize,
    int maxCouncilSize,
    int minCohesiveParties,
    int maxCohesiveParties,
    int minRegions,
    int maxRegions,
    int independentsOneIn,
    int partialContestOneIn,
    int boundaryChangeOneIn,
    boolean vacancies,
    boolean undeclared,
    int provisionalOneIn,
    int correctionOneIn,
    int withdrawalOneIn,
    boolean shuffledArrivals) {

  /** The most cohesive parties a generated election has. */
  public static final int COHESIVE_PARTIES = 9;

  /** The most regions a generated election has. */
  public static final int REGIONS = 9;

  /**
   * Checks every knob.
   *
   * @param minCouncils fewest councils in an election
   * @param maxCouncils most councils in an election
   * @param minCouncilSize fewest seats of a council
   * @param maxCouncilSize most seats of a council
   * @param minCohesiveParties fewest cohesive parties standing
   * @param maxCohesiveParties most cohesive parties standing
   * @param minRegions fewest regions
   * @param maxRegions most regions
   * @param independentsOneIn elections with Independents, one in
   * @param partialContestOneIn partial contests, one in
   * @param boundaryChangeOneIn boundary changes, one in
   * @param vacancies whether vacancies may occur
   * @param undeclared whether councils may stay undeclared
   * @param provisionalOneIn provisional declarations, one in
   * @param correctionOneIn corrected councils, one in
   * @param withdrawalOneIn withdrawn declarations, one in
   * @param shuffledArrivals whether arrivals interleave at random
   * @throws IllegalArgumentException naming the knob and its value if one is out of range
   */
  public GeneratorSettings {
    atLeast("maxCouncils", maxCouncils, 1, Integer.MAX_VALUE);
    atLeast("minCouncils", minCouncils, 1, maxCouncils);
    atLeast("maxCouncilSize", maxCouncilSize, 1, Integer.MAX_VALUE);
    atLeast("minCouncilSize", minCouncilSize, 1, maxCouncilSize);
    atLeast("maxCohesiveParties", maxCohesiveParties, 2, COHESIVE_PARTIES);
    atLeast("minCohesiveParties", minCohesiveParties, 1, maxCohesiveParties);
    atLeast("maxRegions", maxRegions, 1, REGIONS);
    atLeast("minRegions", minRegions, 1, maxRegions);
    atLeast("independentsOneIn", independentsOneIn, 0, Integer.MAX_VALUE);
    atLeast("partialContestOneIn", partialContestOneIn, 0, Integer.MAX_VALUE);
    atLeast("boundaryChangeOneIn", boundaryChangeOneIn, 0, Integer.MAX_VALUE);
    atLeast("provisionalOneIn", provisionalOneIn, 0, Integer.MAX_VALUE);
    atLeast("correctionOneIn", correctionOneIn, 0, Integer.MAX_VALUE);
    atLeast("withdrawalOneIn", withdrawalOneIn, 0, Integer.MAX_VALUE);
  }

  private static void atLeast(String knob, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          "GeneratorSettings." + knob + " must be from " + min + " to " + max + ", not " + value);
    }
  }

  /**
   * The default knobs.
   *
   * @return the defaults
   */
  public static GeneratorSettings defaults() {
    return new GeneratorSettings(1, 12, 1, 70, 1, 6, 1, 3, 2, 2, 4, true, true, 4, 3, 6, true);
  }

  /**
   * A builder starting from the defaults.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder(defaults());
  }

  /**
   * A builder starting from these knobs.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * These knobs for an example of a size from 1 (smallest) to 100 (these knobs as they are): the
   * most councils and the largest council shrink in proportion, never below 1 (nor below the
   * fewest councils and the smallest council). Generated sizes grow from small so that early
   * failures are small ones.
   *
   * @param size the size, 1 to 100
   * @return the scaled knobs
   * @throws IllegalArgumentException if the size is out of range
   */
  public GeneratorSettings scaledTo(int size) {
    atLeast("size", size, 1, 100);
    return toBuilder()
        .maxCouncils(Math.max(minCouncils, scale(maxCouncils, size)))
        .maxCouncilSize(Math.max(minCouncilSize, scale(maxCouncilSize, size)))
        .build();
  }

  private static int scale(int max, int size) {
    return Math.max(1, (int) ((long) max * size / 100));
  }

  /** A builder of {@link GeneratorSettings}; each setter names its knob (see the record). */
  public static final class Builder {
    private int minCouncils;
    private int maxCouncils;
    private int minCouncilSize;
    private int maxCouncilSize;
    private int minCohesiveParties;
    private int maxCohesiveParties;
    private int minRegions;
    private int maxRegions;
    private int independentsOneIn;
    private int partialContestOneIn;
    private int boundaryChangeOneIn;
    private boolean vacancies;
    private boolean undeclared;
    private int provisionalOneIn;
    private int correctionOneIn;
    private int withdrawalOneIn;
    private boolean shuffledArrivals;

    private Builder(GeneratorSettings from) {
      minCouncils = from.minCouncils;
      maxCouncils = from.maxCouncils;
      minCouncilSize = from.minCouncilSize;
      maxCouncilSize = from.maxCouncilSize;
      minCohesiveParties = from.minCohesiveParties;
      maxCohesiveParties = from.maxCohesiveParties;
      minRegions = from.minRegions;
      maxRegions = from.maxRegions;
      independentsOneIn = from.independentsOneIn;
      partialContestOneIn = from.partialContestOneIn;
      boundaryChangeOneIn = from.boundaryChangeOneIn;
      vacancies = from.vacancies;
      undeclared = from.undeclared;
      provisionalOneIn = from.provisionalOneIn;
      correctionOneIn = from.correctionOneIn;
      withdrawalOneIn = from.withdrawalOneIn;
      shuffledArrivals = from.shuffledArrivals;
    }

    /**
     * Sets {@link GeneratorSettings#minCouncils()}.
     *
     * @param value the knob
     * @return this builder
     */
    public Builder minCouncils(int value) {
      minCouncils = value;
      return this;
    }

    /**
     * Sets {@link GeneratorSettings#maxCouncils()}.
     *
     * @param value the knob
     * @return this builder
     */
    public Builder maxCouncils(int value) {
      maxCouncils = value;
      return this;
    }

    /**
     * Sets {@link GeneratorSettings#minCouncilSize()}.
     *
     * @param value the knob
     * @return this builder
     */
    public Builder minCouncilSize(int value) {
      minCouncilSize = value;
      return this;
    }

    /**
     * Sets {@link GeneratorSettings#maxCouncilSize()}.
     *
     * @param value the knob
     * @return this builder
     */
    public Builder maxCouncilSize(int value) {
      maxCouncilSize = value;
      return this;
    }

    /**
     * Sets {@link GeneratorSettings#minCohesiveParties()}.
     *
     * @param value the knob
     * @return this builder
     */
    public Builder minCohesiveParties(int value) {
      minCohesiveParties = value;
      return this;
    }

    /**
     * Sets {@link GeneratorSettings#maxCohesiveParties()}.
     *
     * @param value the knob
     * @return this builder
     */
    public Builder maxCohesiveParties(int value) {
      maxCohesiveParties = value;
      return this;
    }

    /**
     * Sets {@link GeneratorSettings#minRegions()}.
     *
     * @param value the knob
     * @return this builder
     */
    public Builder minRegions(int value) {
      minRegions = value;
      return this;
    }

    /**
     * Sets {@link GeneratorSettings#maxRegions()}.
     *
     * @param value the knob
     * @return this builder
     */
    public Builder maxRegions(int value) {
      maxRegions = value;
      return this;
    }

    /**
     * Sets {@link GeneratorSettings#independentsOneIn()}.
     *
     * @param value the knob
     * @return this builder
     */
    public Builder independentsOneIn(int value) {
      independentsOneIn = value;
      return this;
    }

    /**
     * Sets {@link GeneratorSettings#partialContestOneIn()}.
     *
     * @param value the knob
     * @return this builder
     */
    public Builder partialContestOneIn(int value) {
      partialContestOneIn = value;
      return this;
    }

    /**
     * Sets {@link GeneratorSettings#boundaryChangeOneIn()}.
     *
     * @param value the knob
     * @return this builder
     */
    public Builder boundaryChangeOneIn(int value) {
      boundaryChangeOneIn = value;
      return this;
    }

    /**
     * Sets {@link GeneratorSettings#vacancies()}.
     *
     * @param value the knob
     * @return this builder
     */
    public Builder vacancies(boolean value) {
      vacancies = value;
      return this;
    }

    /**
     * Sets {@link GeneratorSettings#undeclared()}.
     *
     * @param value the knob
     * @return this builder
     */
    public Builder undeclared(boolean value) {
      undeclared = value;
      return this;
    }

    /**
     * Sets {@link GeneratorSettings#provisionalOneIn()}.
     *
     * @param value the knob
     * @return this builder
     */
    public Builder provisionalOneIn(int value) {
      provisionalOneIn = value;
      return this;
    }

    /**
     * Sets {@link GeneratorSettings#correctionOneIn()}.
     *
     * @param value the knob
     * @return this builder
     */
    public Builder correctionOneIn(int value) {
      correctionOneIn = value;
      return this;
    }

    /**
     * Sets {@link GeneratorSettings#withdrawalOneIn()}.
     *
     * @param value the knob
     * @return this builder
     */
    public Builder withdrawalOneIn(int value) {
      withdrawalOneIn = value;
      return this;
    }

    /**
     * Sets {@link GeneratorSettings#shuffledArrivals()}.
     *
     * @param value the knob
     * @return this builder
     */
    public Builder shuffledArrivals(boolean value) {
      shuffledArrivals = value;
      return this;
    }

    /**
     * Builds the settings.
     *
     * @return the settings
     * @throws IllegalArgumentException naming the knob if one is out of range
     */
    public GeneratorSettings build() {
      return new GeneratorSettings(minCouncils, maxCouncils, minCouncilSize, maxCouncilSize,
          minCohesiveParties, maxCohesiveParties, minRegions, maxRegions, independentsOneIn,
          partialContestOneIn, boundaryChangeOneIn, vacancies, undeclared, provisionalOneIn,
          correctionOneIn, withdrawalOneIn, shuffledArrivals);
    }
  }
}
