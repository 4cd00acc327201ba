package org.psephos.tally;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.Control;
import org.psephos.Council;
import org.psephos.Party;
import org.psephos.Ward;
import org.psephos.ward.WardResult;

/**
 * How far one council's count has gone, as a tally sees it: wards declared of wards listed ("12 of
 * 20 wards declared"), seats declared and still to come, the composition so far, whether control
 * is already decided, and the ward-level figures of its declared wards.
 *
 * <p>A council counted ward by ward is <em>in progress</em> while some but not all of its wards are
 * in; it is <em>declared</em> when its last ward is in (or when a whole declaration is applied).
 * Control is <em>decided</em> when no outcome of the seats still to come can change it:
 *
 * <ul>
 *   <li>a party that may control (under the tally's {@link org.psephos.ControlRule}) whose
 *       continuing seats plus seats won so far already reach the majority controls the council;
 *   <li>if no party that may control can reach the majority even by winning every contested seat
 *       not yet won, the council is certainly in no overall control;
 *   <li>otherwise control is undecided.
 * </ul>
 *
 * <p>Seats still to come are the contested seats not yet won: those of wards not yet declared, and
 * seats left unfilled or still to fill (they will be filled at a later poll). Control can be
 * decided before any ward is in, when continuing seats alone settle it.
 *
 * <p>Equal by all figures. Immutable and thread-safe.
 */
public final class CouncilProgress {
  private final Contest contest;
  private final List<@Nullable WardResult> results;
  private final List<Ward> postponed;
  private final int wardsDeclared;
  private final boolean declared;
  private final boolean wholeDeclaration;
  private final Composition seatsWon;
  private final Composition compositionSoFar;
  private final @Nullable Control decided;
  private final WardTotals wardTotals;

  CouncilProgress(
      Contest contest,
      List<@Nullable WardResult> results,
      List<Ward> postponed,
      int wardsDeclared,
      boolean declared,
      boolean wholeDeclaration,
      Composition seatsWon,
      @Nullable Control decided,
      WardTotals wardTotals) {
    this.contest = requireNonNull(contest, "contest");
    if (results.size() != contest.wards().size()) {
      // one slot per listed ward, null where not in: wardsToCome relies on it
      throw new IllegalArgumentException(
          contest.council().label()
              + ": "
              + results.size()
              + " ward result slots for "
              + contest.wards().size()
              + " wards");
    }
    this.results = Collections.unmodifiableList(new ArrayList<>(results));
    this.postponed = List.copyOf(postponed);
    this.wardsDeclared = wardsDeclared;
    this.declared = declared;
    this.wholeDeclaration = wholeDeclaration;
    this.seatsWon = requireNonNull(seatsWon, "seatsWon");
    Composition continuing = contest.continuing();
    this.compositionSoFar =
        continuing
            .plus(seatsWon)
            .withVacancies(continuing.vacancies() + contest.contested() - seatsWon.filled());
    this.decided = decided;
    this.wardTotals = requireNonNull(wardTotals, "wardTotals");
  }

  /** The seats won per party from dense per-party seats, in the election's order. */
  static Composition seatsWon(Party[] parties, int[] won) {
    Map<Party, Integer> map = new LinkedHashMap<>();
    for (int p = 0; p < parties.length; p++) {
      if (won[p] > 0) {
        map.put(parties[p], won[p]);
      }
    }
    return Composition.of(map);
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
   * The council's contest.
   *
   * @return the contest
   */
  public Contest contest() {
    return contest;
  }

  /**
   * The wards declared.
   *
   * @return the count, 0 for a council declared as a whole
   */
  public int wardsDeclared() {
    return wardsDeclared;
  }

  /**
   * The wards the contest lists.
   *
   * @return the count, 0 if the contest lists none
   */
  public int wardsExpected() {
    return contest.wards().size();
  }

  /**
   * Whether the council counts as declared: its last ward is in, or a whole declaration was
   * applied.
   *
   * @return true if declared
   */
  public boolean isDeclared() {
    return declared;
  }

  /**
   * Whether the council was declared by a whole declaration rather than ward by ward.
   *
   * @return true for a whole declaration
   */
  public boolean isWholeDeclaration() {
    return wholeDeclaration;
  }

  /**
   * Whether some but not all of the council's wards are declared.
   *
   * @return true while in progress
   */
  public boolean isInProgress() {
    return !declared && wardsDeclared > 0;
  }

  /**
   * The seats won so far per party.
   *
   * @return the seats won, without vacancies
   */
  public Composition seatsWon() {
    return seatsWon;
  }

  /**
   * The seats decided so far.
   *
   * @return the seats won
   */
  public int seatsDeclared() {
    return seatsWon.filled();
  }

  /**
   * The contested seats not yet won: in wards not yet declared, or unfilled, or still to fill.
   *
   * @return the seats still to come
   */
  public int seatsToCome() {
    return contest.contested() - seatsWon.filled();
  }

  /**
   * The council as it stands: continuing seats plus seats won so far, with continuing vacancies and
   * the seats still to come as vacancies; its total is the council's size.
   *
   * @return the composition so far
   */
  public Composition compositionSoFar() {
    return compositionSoFar;
  }

  /**
   * Whether control is already decided, whatever the seats still to come bring.
   *
   * @return true if decided
   */
  public boolean isControlDecided() {
    return decided != null;
  }

  /**
   * Control, when it is already decided: the party certain to control, or certain no overall
   * control; judged on the composition so far.
   *
   * @return the decided control, or empty while undecided
   */
  public Optional<Control> decidedControl() {
    return Optional.ofNullable(decided);
  }

  /**
   * The ward results received, in the order the contest lists its wards.
   *
   * @return an unmodifiable list
   */
  public List<WardResult> wardResults() {
    List<WardResult> list = new ArrayList<>();
    for (WardResult result : results) {
      if (result != null) {
        list.add(result);
      }
    }
    return Collections.unmodifiableList(list);
  }

  /**
   * The listed wards whose poll is postponed ({@link org.psephos.ward.WardPostponement}), in the
   * contest's order: their seats are still to fill, and a council whose other wards are all in is
   * declared provisionally.
   *
   * @return an unmodifiable list
   */
  public List<Ward> postponedWards() {
    return postponed;
  }

  /**
   * Whether the council is declared with seats still to fill: a provisional declaration, or every
   * ward in but some postponed.
   *
   * @return true if declared provisionally
   */
  public boolean isProvisional() {
    return declared && seatsWon.filled() < contest.contested();
  }

  /**
   * The listed wards with neither a result nor a postponement yet, in the contest's order; empty
   * once the council is declared.
   *
   * @return an unmodifiable list
   */
  public List<Ward> wardsToCome() {
    List<Ward> list = new ArrayList<>();
    if (!declared) {
      for (int w = 0; w < contest.wards().size(); w++) {
        if (results.get(w) == null && !postponed.contains(contest.wards().get(w))) {
          list.add(contest.wards().get(w));
        }
      }
    }
    return Collections.unmodifiableList(list);
  }

  /**
   * The ward-level figures of the council's declared wards: votes, shares, share changes, swing,
   * gross gains and losses.
   *
   * @return the ward totals, empty if the contest lists no wards
   */
  public WardTotals wardTotals() {
    return wardTotals;
  }

  /**
   * The progress in words: "12 of 20 wards declared" for a council counted ward by ward and not yet
   * declared (with ", 1 postponed" when a ward's poll is postponed), "declared, 1 ward postponed"
   * for a council declared provisionally that way, otherwise "declared" or "not declared".
   *
   * @return the description
   */
  public String describe() {
    String postponements =
        postponed.size() + (postponed.size() == 1 ? " ward" : " wards") + " postponed";
    if (declared) {
      return postponed.isEmpty() ? "declared" : "declared, " + postponements;
    }
    if (contest.hasWards()) {
      return wardsDeclared + " of " + contest.wards().size() + " wards declared"
          + (postponed.isEmpty() ? "" : ", " + postponed.size() + " postponed");
    }
    return "not declared";
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof CouncilProgress other
        && contest.equals(other.contest)
        && results.equals(other.results)
        && postponed.equals(other.postponed)
        && wardsDeclared == other.wardsDeclared
        && declared == other.declared
        && wholeDeclaration == other.wholeDeclaration
        && seatsWon.equals(other.seatsWon)
        && java.util.Objects.equals(decided, other.decided)
        && wardTotals.equals(other.wardTotals);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(contest, results, postponed, wardsDeclared, declared, seatsWon, decided);
  }

  /**
   * A short form: the council, the progress, and control if decided.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "CouncilProgress["
        + contest.council().label()
        + ": "
        + describe()
        + ", seats "
        + seatsDeclared()
        + " of "
        + contest.contested()
        + (decided == null ? ", control undecided" : ", decided: " + decided.describe())
        + "]";
  }
}
