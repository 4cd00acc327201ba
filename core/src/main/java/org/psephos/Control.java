package org.psephos;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who controls a council with a given composition: a party, or no overall control (NOC).
 *
 * <p>The rule: the council's size is the composition's {@linkplain Composition#total() total},
 * vacancies and undecided seats included; the majority is more than half of it ({@code size / 2 +
 * 1}, integer division); a party that holds at least the majority and that the {@link ControlRule}
 * allows to control, controls. Holding exactly half is no overall control. A non-cohesive party
 * with a majority (independents, by default) leaves the council in no overall control.
 *
 * <p>Besides the controller it exposes the facts a results desk quotes: the majority, the largest
 * party (none when the most seats are tied), and how many seats each party is short of a majority.
 *
 * <p>Equal by controller and composition. Immutable and thread-safe.
 */
public final class Control {
  private final @Nullable Party controller;
  private final Composition composition;

  private Control(@Nullable Party controller, Composition composition) {
    this.controller = controller;
    this.composition = composition;
  }

  /**
   * Decides control of a council from its composition under the default rule (cohesive parties
   * only).
   *
   * @param council the council (for per-council rule overrides)
   * @param composition the seats held, vacancies included; its total is the size
   * @return the control
   * @throws SeatCountException if the composition is empty
   */
  public static Control of(Council council, Composition composition) {
    return of(council, composition, ControlRule.cohesiveOnly());
  }

  /**
   * Decides control of a council from its composition.
   *
   * @param council the council (for per-council rule overrides)
   * @param composition the seats held, vacancies included; its total is the size
   * @param rule which parties may control
   * @return the control
   * @throws SeatCountException if the composition is empty
   */
  public static Control of(Council council, Composition composition, ControlRule rule) {
    requireNonNull(council, "council");
    requireNonNull(composition, "composition");
    requireNonNull(rule, "rule");
    if (composition.isEmpty()) {
      throw new SeatCountException(
          council.label() + ": cannot decide control of no seats",
          DataSubject.council(council),
          0,
          1);
    }
    int majority = composition.total() / 2 + 1;
    Party controller = null;
    for (Map.Entry<Party, Integer> entry : composition.asMap().entrySet()) {
      if (entry.getValue() >= majority && rule.canControl(council, entry.getKey())) {
        controller = entry.getKey();
      }
    }
    return new Control(controller, composition);
  }

  /**
   * The controlling party.
   *
   * @return the party with a majority, or empty under no overall control
   */
  public Optional<Party> party() {
    return Optional.ofNullable(controller);
  }

  /**
   * Whether the council is in no overall control.
   *
   * @return true if no party controls it
   */
  public boolean isNoOverallControl() {
    return controller == null;
  }

  /**
   * Whether a given party controls the council.
   *
   * @param party the party
   * @return true if it controls
   */
  public boolean isControlledBy(Party party) {
    return party.equals(controller);
  }

  /**
   * Whether two controls have the same controller (the same party, or both no overall control),
   * whatever the compositions.
   *
   * @param other the other control
   * @return true for the same controller
   */
  public boolean sameController(Control other) {
    return java.util.Objects.equals(controller, other.controller);
  }

  /**
   * The composition control was decided on.
   *
   * @return the composition
   */
  public Composition composition() {
    return composition;
  }

  /**
   * The council's size: every seat, vacancies and undecided seats included.
   *
   * @return the size
   */
  public int size() {
    return composition.total();
  }

  /**
   * The majority: more than half of the size, {@code size / 2 + 1}.
   *
   * @return the seats needed to control
   */
  public int majority() {
    return size() / 2 + 1;
  }

  /**
   * The party with the most seats, whether or not it controls and whether or not it is cohesive.
   *
   * @return the largest party, or empty when the most seats are held by two or more parties tied
   */
  public Optional<Party> largestParty() {
    Party largest = null;
    int most = 0;
    boolean tied = false;
    for (Map.Entry<Party, Integer> entry : composition.asMap().entrySet()) {
      if (entry.getValue() > most) {
        largest = entry.getKey();
        most = entry.getValue();
        tied = false;
      } else if (entry.getValue() == most) {
        tied = true;
      }
    }
    return tied ? Optional.empty() : Optional.ofNullable(largest);
  }

  /**
   * How many more seats a party needs for a majority.
   *
   * @param party the party
   * @return the majority less its seats, or 0 if it holds a majority
   */
  public int seatsShortOfMajority(Party party) {
    return Math.max(0, majority() - composition.seats(party));
  }

  /**
   * How many more seats each party holding seats needs for a majority, in the composition's order.
   *
   * @return an unmodifiable map from party to seats short (0 for a party with a majority)
   */
  public Map<Party, Integer> seatsShortOfMajority() {
    Map<Party, Integer> shortfall = new LinkedHashMap<>();
    for (Party party : composition.parties()) {
      shortfall.put(party, seatsShortOfMajority(party));
    }
    return java.util.Collections.unmodifiableMap(shortfall);
  }

  /**
   * The control as a results desk says it: the party's name, or {@code "No overall control"}.
   *
   * @return the description
   */
  public String describe() {
    return controller == null ? "No overall control" : controller.name();
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Control other
        && java.util.Objects.equals(controller, other.controller)
        && composition.equals(other.composition);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hashCode(controller) * 31 + composition.hashCode();
  }

  /**
   * The canonical form, such as {@code "Control[PP52; majority 31 of 60; Composition[...]]"} or
   * {@code "Control[NOC; ...]"}.
   *
   * @return the canonical text
   */
  @Override
  public String toString() {
    return "Control["
        + (controller == null ? "NOC" : controller.id())
        + "; majority "
        + majority()
        + " of "
        + size()
        + "; "
        + composition
        + "]";
  }
}
