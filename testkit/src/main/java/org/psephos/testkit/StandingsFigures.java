package org.psephos.testkit;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The standings of a night as plain values, independent of Psephos's own types: councils declared,
 * no overall control after and before, each party's figures and each declared council's control
 * before and after. A results system under test returns these from its {@link TallyAdapter}; two
 * standings are equal when every figure is.
 *
 * <p>Parties whose figures are all 0 are left out (a system need not list them), and the maps are
 * sorted by id, so equal standings print alike.
 *
 * @param councilsDeclared councils declared at the end of the night
 * @param noOverallControl declared councils no party controls after the declarations
 * @param noOverallControlBefore declared councils no party controlled before
 * @param parties each party's figures by party id
 * @param control each declared council's control by council id
 */
public record StandingsFigures(
    int councilsDeclared,
    int noOverallControl,
    int noOverallControlBefore,
    Map<String, PartyFigures> parties,
    Map<String, ControlChange> control) {

  /** The controller's id standing for no overall control in a {@link ControlChange}. */
  public static final String NO_OVERALL_CONTROL = "NOC";

  /**
   * The control before of a council with no previous result, in {@link ControlChange#before()}:
   * such a council counts neither in the councils controlled before nor in no overall control
   * before.
   */
  public static final String NO_PREVIOUS_RESULT = "none";

  /**
   * Sorts the maps and leaves out parties with nothing.
   *
   * @param councilsDeclared councils declared
   * @param noOverallControl councils in no overall control after
   * @param noOverallControlBefore councils in no overall control before
   * @param parties figures by party id
   * @param control control by council id
   * @throws IllegalArgumentException if a party's figures are filed under another id
   */
  public StandingsFigures {
    TreeMap<String, PartyFigures> sorted = new TreeMap<>();
    for (Map.Entry<String, PartyFigures> line : parties.entrySet()) {
      if (!line.getKey().equals(line.getValue().partyId())) {
        throw new IllegalArgumentException(
            "figures of " + line.getValue().partyId() + " filed under " + line.getKey());
      }
      if (!line.getValue().isZero()) {
        sorted.put(line.getKey(), line.getValue());
      }
    }
    parties = Collections.unmodifiableMap(sorted);
    control = Collections.unmodifiableMap(new TreeMap<>(control));
  }

  /**
   * Standings from party lines given as a collection.
   *
   * @param councilsDeclared councils declared
   * @param noOverallControl councils in no overall control after
   * @param noOverallControlBefore councils in no overall control before
   * @param parties each party's figures
   * @param control control by council id
   * @return the standings
   */
  public static StandingsFigures of(
      int councilsDeclared,
      int noOverallControl,
      int noOverallControlBefore,
      Collection<PartyFigures> parties,
      Map<String, ControlChange> control) {
    Map<String, PartyFigures> byId = new TreeMap<>();
    for (PartyFigures line : parties) {
      byId.merge(line.partyId(), line, PartyFigures::plus);
    }
    return new StandingsFigures(
        councilsDeclared, noOverallControl, noOverallControlBefore, byId, control);
  }

  /**
   * The standings of nothing declared.
   *
   * @return empty standings
   */
  public static StandingsFigures empty() {
    return new StandingsFigures(0, 0, 0, Map.of(), Map.of());
  }

  /**
   * The standings of two disjoint groups of councils together: every count added, the councils'
   * control joined.
   *
   * @param other the standings of other councils
   * @return the sum
   */
  public StandingsFigures plus(StandingsFigures other) {
    Map<String, PartyFigures> sum = new TreeMap<>(parties);
    other.parties.forEach((id, line) -> sum.merge(id, line, PartyFigures::plus));
    Map<String, ControlChange> joined = new TreeMap<>(control);
    joined.putAll(other.control);
    return new StandingsFigures(
        councilsDeclared + other.councilsDeclared,
        noOverallControl + other.noOverallControl,
        noOverallControlBefore + other.noOverallControlBefore,
        sum,
        joined);
  }

  /**
   * A declared council's control before and after the declaration, by controller id ({@link
   * #NO_OVERALL_CONTROL} for none).
   *
   * @param before the party in control before, or {@link #NO_OVERALL_CONTROL}
   * @param after the party in control after, or {@link #NO_OVERALL_CONTROL}
   */
  public record ControlChange(String before, String after) {
    /**
     * Checks both are there.
     *
     * @param before controller before
     * @param after controller after
     * @throws NullPointerException if one is null
     */
    public ControlChange {
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
    }

    @Override
    public String toString() {
      return before + "->" + after;
    }
  }
}
