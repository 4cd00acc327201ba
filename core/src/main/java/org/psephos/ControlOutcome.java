package org.psephos;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.psephos.text.PartyNames;

/**
 * What a council's declaration did to control, from control before (decided on the previous
 * composition) to control after (decided on the continuing seats plus the seats won, seats still
 * to fill counted as vacant).
 *
 * <ul>
 *   <li>{@link Kind#HOLD}: the same party controls before and after ("Labour hold");
 *   <li>{@link Kind#GAIN}: a party controls after that did not before, gaining from another party
 *       or from no overall control ("Liberal Democrat gain from Conservative", "Conservative gain
 *       from no overall control");
 *   <li>{@link Kind#LOSS_TO_NOC}: a party controlled before and none does after ("Conservative lose
 *       to no overall control");
 *   <li>{@link Kind#NOC_NO_CHANGE}: no party controls before or after ("No overall control, no
 *       change").
 * </ul>
 *
 * <p>A council with no previous result ({@link Contest#hasPreviousResult()} false) has no control
 * before, so nothing is held, gained or lost:
 *
 * <ul>
 *   <li>{@link Kind#WIN}: a party controls after ("Conservative win");
 *   <li>{@link Kind#NO_OVERALL_CONTROL}: no party controls after ("No overall control").
 * </ul>
 *
 * <p>Equal by control before (or its absence) and after. Immutable and thread-safe.
 */
public final class ControlOutcome {

  /** The kind of a control outcome. */
  public enum Kind {
    /** The same party controls before and after. */
    HOLD,
    /** A party controls after that did not control before. */
    GAIN,
    /** A party controlled before; no party controls after. */
    LOSS_TO_NOC,
    /** No party controls before or after. */
    NOC_NO_CHANGE,
    /** No previous result: a party controls after. */
    WIN,
    /** No previous result: no party controls after. */
    NO_OVERALL_CONTROL
  }

  private final @Nullable Control before;
  private final Control after;

  private ControlOutcome(@Nullable Control before, Control after) {
    this.before = before;
    this.after = after;
  }

  /**
   * The outcome from control before to control after.
   *
   * @param before control on the eve of the election
   * @param after control after the declaration
   * @return the outcome
   */
  public static ControlOutcome of(Control before, Control after) {
    return new ControlOutcome(requireNonNull(before, "before"), requireNonNull(after, "after"));
  }

  /**
   * The outcome of a council with no previous result: a win, or no overall control.
   *
   * @param after control after the declaration
   * @return the outcome, with no control before
   */
  public static ControlOutcome withoutPrevious(Control after) {
    return new ControlOutcome(null, requireNonNull(after, "after"));
  }

  /**
   * The kind of outcome.
   *
   * @return hold, gain, loss to no overall control, or no overall control with no change; win or
   *     no overall control without a previous result
   */
  public Kind kind() {
    if (before == null) {
      return after.isNoOverallControl() ? Kind.NO_OVERALL_CONTROL : Kind.WIN;
    }
    if (after.isNoOverallControl()) {
      return before.isNoOverallControl() ? Kind.NOC_NO_CHANGE : Kind.LOSS_TO_NOC;
    }
    return after.sameController(before) ? Kind.HOLD : Kind.GAIN;
  }

  /**
   * Control before the election.
   *
   * @return the control decided on the previous composition, or empty for a council with no
   *     previous result
   */
  public Optional<Control> before() {
    return Optional.ofNullable(before);
  }

  /**
   * Control after the declaration.
   *
   * @return the control decided on continuing seats plus seats won
   */
  public Control after() {
    return after;
  }

  /**
   * The party that gained control.
   *
   * @return the gaining party for a gain, otherwise empty
   */
  public Optional<Party> gainedBy() {
    return kind() == Kind.GAIN ? after.party() : Optional.empty();
  }

  /**
   * The party that lost control, to another party or to no overall control.
   *
   * @return the party that controlled before and does not after, otherwise empty
   */
  public Optional<Party> lostBy() {
    Kind kind = kind();
    return (kind == Kind.LOSS_TO_NOC || kind == Kind.GAIN) && before != null
        ? before.party()
        : Optional.empty();
  }

  /**
   * Whether control changed hands.
   *
   * @return true for a gain or a loss to no overall control
   */
  public boolean isChange() {
    Kind kind = kind();
    return kind == Kind.GAIN || kind == Kind.LOSS_TO_NOC;
  }

  /**
   * The outcome as results services word it, with parties named by their adjective ({@link
   * PartyNames#adjectives()}: a name ending in a plural noun for members such as "Democrats" loses
   * its final "s"): "Labour hold", "Liberal Democrat gain from Conservative", "Conservative gain
   * from no overall control", "Conservative lose to no overall control", "No overall control, no
   * change"; without a previous result "Conservative win" or "No overall control".
   *
   * @return the description
   */
  public String describe() {
    return describe(PartyNames.adjectives());
  }

  /**
   * The outcome as results services word it, with parties named by the given function (for
   * example the adjectival "Liberal Democrat" where the party's name is "Liberal Democrats").
   *
   * @param partyName how to name a party
   * @return the description
   */
  public String describe(Function<Party, String> partyName) {
    requireNonNull(partyName, "partyName");
    Party now = after.party().orElse(null);
    Party then = before == null ? null : before.party().orElse(null);
    switch (kind()) {
      case HOLD:
        return partyName.apply(required(now)) + " hold";
      case GAIN:
        return partyName.apply(required(now))
            + " gain from "
            + (then == null ? "no overall control" : partyName.apply(then));
      case LOSS_TO_NOC:
        return partyName.apply(required(then)) + " lose to no overall control";
      case WIN:
        return partyName.apply(required(now)) + " win";
      case NO_OVERALL_CONTROL:
        return "No overall control";
      case NOC_NO_CHANGE:
      default:
        return "No overall control, no change";
    }
  }

  private static Party required(@Nullable Party party) {
    if (party == null) {
      throw new IllegalStateException("a controlling party was expected");
    }
    return party;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof ControlOutcome other
        && java.util.Objects.equals(before, other.before)
        && after.equals(other.after);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hashCode(before) * 31 + after.hashCode();
  }

  /**
   * The canonical form: the description followed by both controls ("no previous result" for
   * the control before of a council without one).
   *
   * @return the canonical text
   */
  @Override
  public String toString() {
    return "ControlOutcome["
        + describe()
        + "; before "
        + (before == null ? "no previous result" : before)
        + "; after "
        + after
        + "]";
  }
}
