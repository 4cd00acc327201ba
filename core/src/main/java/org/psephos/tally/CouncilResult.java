package org.psephos.tally;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.Control;
import org.psephos.ControlOutcome;
import org.psephos.ControlRule;
import org.psephos.Council;
import org.psephos.Declaration;
import org.psephos.Party;
import org.psephos.SeatBaseline;

/**
 * One declared council as a tally sees it: its contest and current declaration, the composition
 * after it, control before and after, the outcome, and each party's seat change against the
 * tally's baseline.
 *
 * <p>The composition after is the continuing seats plus the seats won, with the continuing
 * vacancies and the seats still to fill as vacancies: its total is the council's size. The
 * baseline is the tally's {@link SeatBaseline} of the contest less that baseline's seats among
 * those still to fill ({@link SeatBaseline#stillToFill}), so a provisional declaration is compared
 * like with like.
 *
 * <p>Equal by contest, declaration, baseline and control rule. Immutable and thread-safe.
 */
public final class CouncilResult {
  private final Contest contest;
  private final Declaration declaration;
  private final SeatBaseline baselineKind;
  private final ControlRule rule;
  private final Composition baseline;
  private final Composition compositionAfter;
  private final ControlOutcome outcome;

  CouncilResult(Contest contest, Declaration declaration, SeatBaseline baselineKind, ControlRule rule) {
    this.contest = requireNonNull(contest, "contest");
    this.declaration = requireNonNull(declaration, "declaration");
    this.baselineKind = requireNonNull(baselineKind, "baselineKind");
    this.rule = requireNonNull(rule, "rule");
    this.baseline =
        baselineKind.of(contest).minus(baselineKind.stillToFill(contest, declaration));
    Composition continuing = contest.continuing();
    this.compositionAfter =
        continuing
            .plus(declaration.seatsWon())
            .withVacancies(continuing.vacancies() + declaration.stillToFill());
    Council council = contest.council();
    Control after = Control.of(council, compositionAfter, rule);
    this.outcome =
        contest.hasPreviousResult()
            ? ControlOutcome.of(Control.of(council, contest.previous(), rule), after)
            : ControlOutcome.withoutPrevious(after);
  }

  /**
   * The council.
   *
   * @return the council
   */
  public Council council() {
    return contest.council();
  }

  /**
   * The council's contest in the election.
   *
   * @return the contest
   */
  public Contest contest() {
    return contest;
  }

  /**
   * The current declaration (the latest applied for this council).
   *
   * @return the declaration
   */
  public Declaration declaration() {
    return declaration;
  }

  /**
   * The convention seat changes are measured against.
   *
   * @return the tally's baseline
   */
  public SeatBaseline baselineKind() {
    return baselineKind;
  }

  /**
   * The baseline seats per party: the tally's baseline of the contest, less that baseline's seats
   * among those still to fill ({@link SeatBaseline#stillToFill}).
   *
   * @return the baseline composition
   */
  public Composition baseline() {
    return baseline;
  }

  /**
   * The council after the declaration: continuing seats plus seats won, with continuing vacancies
   * and seats still to fill as vacancies.
   *
   * @return the composition, whose total is the council's size
   */
  public Composition compositionAfter() {
    return compositionAfter;
  }

  /**
   * Control before the election, decided on the previous composition.
   *
   * @return the control before, or empty for a council with no previous result
   */
  public Optional<Control> controlBefore() {
    return outcome.before();
  }

  /**
   * Control after the declaration.
   *
   * @return the control after
   */
  public Control controlAfter() {
    return outcome.after();
  }

  /**
   * The control outcome: hold, gain, loss to no overall control, or no change.
   *
   * @return the outcome
   */
  public ControlOutcome outcome() {
    return outcome;
  }

  /**
   * A party's seats won in this council.
   *
   * @param party the party
   * @return its seats won, 0 if none
   */
  public int seatsWon(Party party) {
    return declaration.seatsWon().seats(party);
  }

  /**
   * Whether the council's seats and control are compared with a previous result: false for a
   * council with no previous result, which has no seat changes.
   *
   * @return {@link Contest#hasPreviousResult()} of the contest
   */
  public boolean hasChanges() {
    return contest.hasPreviousResult();
  }

  /**
   * A party's seat change in this council: seats won less baseline seats; 0 for a council with no
   * previous result.
   *
   * @param party the party
   * @return the change
   */
  public int seatChange(Party party) {
    if (!contest.hasPreviousResult()) {
      return 0;
    }
    return declaration.seatsWon().seats(party) - baseline.seats(party);
  }

  /**
   * The seat change of every party that won seats or had baseline seats here: winners first in the
   * declaration's order, then the baseline's other parties; empty for a council with no previous
   * result.
   *
   * @return an unmodifiable map from party to seat change
   */
  public Map<Party, Integer> seatChanges() {
    if (!contest.hasPreviousResult()) {
      return Map.of();
    }
    Set<Party> involved = new LinkedHashSet<>(declaration.seatsWon().parties());
    involved.addAll(baseline.parties());
    Map<Party, Integer> changes = new LinkedHashMap<>();
    for (Party party : involved) {
      changes.put(party, seatChange(party));
    }
    return Collections.unmodifiableMap(changes);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof CouncilResult other
        && contest.equals(other.contest)
        && declaration.equals(other.declaration)
        && baselineKind == other.baselineKind
        && rule.equals(other.rule);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(contest, declaration, baselineKind, rule);
  }

  /**
   * The canonical form: the council, the outcome and the declaration.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "CouncilResult[" + contest.council().label() + ": " + outcome.describe() + "; "
        + declaration + "]";
  }
}
