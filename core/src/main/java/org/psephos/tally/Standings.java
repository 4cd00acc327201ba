package org.psephos.tally;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.psephos.Checks;
import org.psephos.DataSubject;
import org.psephos.ElectionDataException;
import org.psephos.InvalidValueException;
import org.psephos.SeatCountException;
import org.psephos.Party;

/**
 * The state of parties over the councils declared so far, for a whole election or a filter: the
 * councils declared and expected ("98 of 150"), each party's {@link PartyStanding}, and the
 * councils in no overall control now and before.
 *
 * <p>Parties are listed in the election's order ({@link #parties()}), which publishers fix
 * themselves, or by councils then seats on request ({@link #partiesByCouncilsThenSeats()}). Every
 * party of the election is listed, including those with nothing to report.
 *
 * <p>The invariants, checked by {@link #of} (a tally's standings hold them by construction): councils controlled plus councils in no overall
 * control equal councils declared after, and before once the councils with no previous result are
 * added (those councils, controlled or not, are counted apart and left out of every change: see
 * {@link #councilsWithoutPrevious()}); councils declared plus councils in
 * progress are at most councils expected; no figure is negative; no party is listed twice; ward
 * totals, when there are any, list the same parties in the same order. So the changes in councils (every
 * party's plus no overall control's) add up to zero.
 *
 * <p>Beyond the declared councils, the standings carry the count's {@link CountProgress} (councils
 * in progress, seats declared so far of seats expected, control decided early) and the ward-level
 * {@link WardTotals} (votes, shares, share changes, swing, gross gains and losses). The council
 * figures ({@link PartyStanding}: councils, seats won and their change, holdings) count declared
 * councils only, as the heading "State of parties after 98 of 150 councils declare" says: a council
 * counted ward by ward joins them, with the seats of all its wards, when its last ward is in. Until
 * then its wards' seats count in the progress's seats declared and in the ward totals, which follow
 * every ward as it declares.
 *
 * <p>Standings of disjoint sets of councils of the same election {@linkplain #merge merge} into the
 * standings of their union; merging is associative and commutative with {@link #empty()} as
 * identity, so standings can be computed in parts or in parallel.
 *
 * <p>Equal by all figures and party order. Immutable and thread-safe.
 */
public final class Standings {
  private static final Standings EMPTY =
      new Standings(0, 0, List.of(), 0, 0, 0, 0, CountProgress.empty(), WardTotals.empty());

  private final int councilsDeclared;
  private final int councilsExpected;
  private final List<PartyStanding> parties;
  private final int noOverallControl;
  private final int noOverallControlBefore;
  private final int councilsWithoutPrevious;
  private final int noOverallControlWithoutPrevious;
  private final CountProgress progress;
  private final WardTotals wardTotals;

  private Standings(
      int councilsDeclared,
      int councilsExpected,
      List<PartyStanding> parties,
      int noOverallControl,
      int noOverallControlBefore,
      int councilsWithoutPrevious,
      int noOverallControlWithoutPrevious,
      CountProgress progress,
      WardTotals wardTotals) {
    this.councilsWithoutPrevious = councilsWithoutPrevious;
    this.noOverallControlWithoutPrevious = noOverallControlWithoutPrevious;
    this.councilsDeclared = councilsDeclared;
    this.councilsExpected = councilsExpected;
    this.parties = parties;
    this.noOverallControl = noOverallControl;
    this.noOverallControlBefore = noOverallControlBefore;
    this.progress = progress;
    this.wardTotals = wardTotals;
  }

  /**
   * The standings of no councils and no parties: the identity of {@link #merge}.
   *
   * @return the empty standings
   */
  public static Standings empty() {
    return EMPTY;
  }

  /**
   * Standings from their council figures, with no count progress and no ward totals.
   *
   * @param councilsDeclared councils declared
   * @param councilsExpected councils in the election (or filter), declared or not
   * @param parties every party's standing, in display order
   * @param noOverallControl declared councils in no overall control after their declarations
   * @param noOverallControlBefore declared councils in no overall control before
   * @return the standings
   * @throws ElectionDataException if the invariants of the class description are broken
   */
  public static Standings of(
      int councilsDeclared,
      int councilsExpected,
      List<PartyStanding> parties,
      int noOverallControl,
      int noOverallControlBefore) {
    return of(
        councilsDeclared,
        councilsExpected,
        parties,
        noOverallControl,
        noOverallControlBefore,
        CountProgress.empty(),
        WardTotals.empty());
  }

  /**
   * Standings from all their figures.
   *
   * @param councilsDeclared councils declared
   * @param councilsExpected councils in the election (or filter), declared or not
   * @param parties every party's standing, in display order
   * @param noOverallControl declared councils in no overall control after their declarations
   * @param noOverallControlBefore declared councils in no overall control before
   * @param progress the count's progress over the same councils
   * @param wardTotals the ward-level figures of the same councils, listing the same parties in the
   *     same order, or {@link WardTotals#empty()}
   * @return the standings
   * @throws ElectionDataException if the invariants of the class description are broken, or
   *     councils declared and in progress exceed councils expected, or the ward totals list other
   *     parties
   */
  public static Standings of(
      int councilsDeclared,
      int councilsExpected,
      List<PartyStanding> parties,
      int noOverallControl,
      int noOverallControlBefore,
      CountProgress progress,
      WardTotals wardTotals) {
    return of(
        councilsDeclared,
        councilsExpected,
        parties,
        noOverallControl,
        noOverallControlBefore,
        0,
        0,
        progress,
        wardTotals);
  }

  /**
   * Standings from all their figures, some declared councils having no previous result.
   *
   * @param councilsDeclared councils declared
   * @param councilsExpected councils in the election (or filter), declared or not
   * @param parties every party's standing, in display order
   * @param noOverallControl declared councils in no overall control after their declarations
   * @param noOverallControlBefore declared councils with a previous result in no overall control
   *     before
   * @param councilsWithoutPrevious declared councils with no previous result
   * @param noOverallControlWithoutPrevious of those, councils in no overall control after
   * @param progress the count's progress over the same councils
   * @param wardTotals the ward-level figures of the same councils, listing the same parties in the
   *     same order, or {@link WardTotals#empty()}
   * @return the standings
   * @throws ElectionDataException if the invariants of the class description are broken, or
   *     councils declared and in progress exceed councils expected, or the ward totals list other
   *     parties
   */
  public static Standings of(
      int councilsDeclared,
      int councilsExpected,
      List<PartyStanding> parties,
      int noOverallControl,
      int noOverallControlBefore,
      int councilsWithoutPrevious,
      int noOverallControlWithoutPrevious,
      CountProgress progress,
      WardTotals wardTotals) {
    requireNonNull(progress, "progress");
    requireNonNull(wardTotals, "wardTotals");
    List<PartyStanding> copy = List.copyOf(parties);
    if (councilsDeclared < 0 || councilsExpected < 0 || noOverallControl < 0
        || noOverallControlBefore < 0) {
      throw new SeatCountException(
          "standings: a council count is negative (declared "
              + councilsDeclared
              + ", expected "
              + councilsExpected
              + ", no overall control "
              + noOverallControl
              + ", before "
              + noOverallControlBefore
              + ")",
          DataSubject.none(),
          Math.min(Math.min(councilsDeclared, councilsExpected), Math.min(noOverallControl, noOverallControlBefore)),
          0);
    }
    if (councilsWithoutPrevious < 0
        || noOverallControlWithoutPrevious < 0
        || councilsWithoutPrevious > councilsDeclared
        || noOverallControlWithoutPrevious > Math.min(noOverallControl, councilsWithoutPrevious)) {
      throw new ElectionDataException(
          "standings: councils without a previous result ("
              + councilsWithoutPrevious
              + ", of them in no overall control "
              + noOverallControlWithoutPrevious
              + ") do not fit councils declared ("
              + councilsDeclared
              + ") and no overall control ("
              + noOverallControl
              + ")");
    }
    if (councilsDeclared > councilsExpected) {
      throw new ElectionDataException(
          "standings: councils declared ("
              + councilsDeclared
              + ") exceed councils expected ("
              + councilsExpected
              + ")");
    }
    long controlled = 0;
    long controlledBefore = 0;
    long controlledWithoutPrevious = 0;
    Set<String> ids = new HashSet<>();
    for (PartyStanding standing : copy) {
      if (!ids.add(standing.party().id())) {
        throw new InvalidValueException(
            InvalidValueException.Problem.DUPLICATE,
            "party id",
            "standings: party " + standing.party().label() + " is listed twice",
            DataSubject.party(standing.party()));
      }
      controlled += standing.councils();
      controlledBefore += standing.councilsBefore();
      controlledWithoutPrevious += standing.councilsWithoutPrevious();
    }
    if (controlled + noOverallControl != councilsDeclared) {
      throw new ElectionDataException(
          "standings: councils controlled ("
              + controlled
              + ") plus no overall control ("
              + noOverallControl
              + ") do not equal councils declared ("
              + councilsDeclared
              + ")");
    }
    if (controlledBefore + noOverallControlBefore + councilsWithoutPrevious != councilsDeclared) {
      throw new ElectionDataException(
          "standings: councils controlled before ("
              + controlledBefore
              + ") plus no overall control before ("
              + noOverallControlBefore
              + (councilsWithoutPrevious == 0
                  ? ""
                  : ") plus councils without a previous result (" + councilsWithoutPrevious)
              + ") do not equal councils declared ("
              + councilsDeclared
              + ")");
    }
    if (controlledWithoutPrevious + noOverallControlWithoutPrevious != councilsWithoutPrevious) {
      throw new ElectionDataException(
          "standings: councils controlled without a previous result ("
              + controlledWithoutPrevious
              + ") plus no overall control without one ("
              + noOverallControlWithoutPrevious
              + ") do not equal councils without a previous result ("
              + councilsWithoutPrevious
              + ")");
    }
    if ((long) councilsDeclared + progress.councilsInProgress() > councilsExpected) {
      throw new ElectionDataException(
          "standings: councils declared ("
              + councilsDeclared
              + ") and in progress ("
              + progress.councilsInProgress()
              + ") exceed councils expected ("
              + councilsExpected
              + ")");
    }
    if (!wardTotals.parties().isEmpty()
        && !WardTotals.ids(wardTotals.parties()).equals(partyIds(copy))) {
      throw new ElectionDataException(
          "standings: ward totals list parties "
              + WardTotals.ids(wardTotals.parties())
              + ", not the standings' "
              + partyIds(copy));
    }
    if (councilsExpected == 0
        && copy.isEmpty()
        && progress.equals(CountProgress.empty())
        && wardTotals.equals(WardTotals.empty())) {
      return EMPTY;
    }
    return new Standings(
        councilsDeclared,
        councilsExpected,
        copy,
        noOverallControl,
        noOverallControlBefore,
        councilsWithoutPrevious,
        noOverallControlWithoutPrevious,
        progress,
        wardTotals);
  }

  /**
   * Standings kept by a tally, whose invariants hold by construction (its totals are sums of
   * validated councils, checked against an independent oracle by the tests): not checked again,
   * which saves a set of party ids per read. The party list is not copied: the caller hands it over.
   */
  static Standings ofTally(
      int councilsDeclared,
      int councilsExpected,
      List<PartyStanding> parties,
      int noOverallControl,
      int noOverallControlBefore,
      int councilsWithoutPrevious,
      int noOverallControlWithoutPrevious,
      CountProgress progress,
      WardTotals wardTotals) {
    return new Standings(
        councilsDeclared,
        councilsExpected,
        parties,
        noOverallControl,
        noOverallControlBefore,
        councilsWithoutPrevious,
        noOverallControlWithoutPrevious,
        progress,
        wardTotals);
  }

  /**
   * The councils declared, provisional declarations included.
   *
   * @return the count
   */
  public int councilsDeclared() {
    return councilsDeclared;
  }

  /**
   * The councils expected: every council in the election or filter, declared or not.
   *
   * @return the count
   */
  public int councilsExpected() {
    return councilsExpected;
  }

  /**
   * Every party's standing, in the election's order.
   *
   * @return an unmodifiable list
   */
  public List<PartyStanding> parties() {
    return parties;
  }

  /**
   * Every party's standing, by councils controlled (most first), then seats won (most first), then
   * the election's order.
   *
   * @return an unmodifiable list
   */
  public List<PartyStanding> partiesByCouncilsThenSeats() {
    List<PartyStanding> sorted = new ArrayList<>(parties);
    sorted.sort(
        Comparator.comparingInt(PartyStanding::councils)
            .thenComparingInt(PartyStanding::seatsWon)
            .reversed());
    return Collections.unmodifiableList(sorted);
  }

  /**
   * One party's standing.
   *
   * @param party the party
   * @return its standing, or empty if the standings do not list it
   */
  public Optional<PartyStanding> party(Party party) {
    for (PartyStanding standing : parties) {
      if (standing.party().equals(party)) {
        return Optional.of(standing);
      }
    }
    return Optional.empty();
  }

  /**
   * The count's progress: councils in progress, seats declared so far of seats expected, and
   * control decided early.
   *
   * @return the progress
   */
  public CountProgress progress() {
    return progress;
  }

  /**
   * The councils counted ward by ward with some but not all wards declared; not counted as
   * declared.
   *
   * @return the count
   */
  public int councilsInProgress() {
    return progress.councilsInProgress();
  }

  /**
   * The seats decided so far ("seats declared 1,200 of 4,400"): seats won in declared councils and
   * in the declared wards of councils in progress.
   *
   * @return the seats declared
   */
  public int seatsDeclared() {
    return progress.seatsDeclared();
  }

  /**
   * Every seat contested in the councils covered, declared or not.
   *
   * @return the seats expected
   */
  public int seatsExpected() {
    return progress.seatsExpected();
  }

  /**
   * The ward-level figures: votes, shares, share changes, swing, and gross gains and losses, over
   * every ward declared in the councils covered (councils in progress included).
   *
   * @return the ward totals, empty if no council covered lists wards
   */
  public WardTotals wardTotals() {
    return wardTotals;
  }

  /**
   * Declared councils in no overall control after their declarations.
   *
   * @return the count
   */
  public int noOverallControl() {
    return noOverallControl;
  }

  /**
   * Declared councils that were in no overall control before the election.
   *
   * @return the count
   */
  public int noOverallControlBefore() {
    return noOverallControlBefore;
  }

  /**
   * Declared councils with no previous result ({@link org.psephos.Contest#hasPreviousResult()}):
   * the changes in councils and seats leave them out ("changes exclude 3 councils with no previous
   * result").
   *
   * @return the count
   */
  public int councilsWithoutPrevious() {
    return councilsWithoutPrevious;
  }

  /**
   * Of the declared councils with no previous result, those in no overall control after.
   *
   * @return the count
   */
  public int noOverallControlWithoutPrevious() {
    return noOverallControlWithoutPrevious;
  }

  /**
   * The change in councils in no overall control, over the councils with a previous result.
   *
   * @return after less before
   */
  public int noOverallControlChange() {
    return noOverallControl - noOverallControlWithoutPrevious - noOverallControlBefore;
  }

  /**
   * Seats won by all parties over the declared councils.
   *
   * @return the total
   */
  public int seatsWon() {
    int total = 0;
    for (PartyStanding standing : parties) {
      total += standing.seatsWon();
    }
    return total;
  }

  /**
   * Baseline seats of all parties over the declared councils.
   *
   * @return the total
   */
  public int baselineSeats() {
    int total = 0;
    for (PartyStanding standing : parties) {
      total += standing.baselineSeats();
    }
    return total;
  }

  /**
   * The sum of every party's seat change; not necessarily zero (it is the change in the number of
   * seats when council sizes change).
   *
   * @return seats won less baseline seats, over the councils with a previous result
   */
  public int seatsChange() {
    int total = 0;
    for (PartyStanding standing : parties) {
      total += standing.seatsChange();
    }
    return total;
  }

  /**
   * The standings of the union of two disjoint sets of councils of the same election: every figure
   * added. Merging is associative and commutative, and {@link #empty()} is its identity.
   *
   * @param other standings over councils disjoint from these
   * @return the merged standings
   * @throws IllegalArgumentException if neither is empty and they list different parties or the
   *     same parties in a different order (standings of different elections)
   * @throws org.psephos.SeatCountException if a figure of the sum would not fit an {@code int}
   *     (a {@code long} for votes)
   */
  public Standings merge(Standings other) {
    requireNonNull(other, "other");
    if (other == EMPTY || other.equals(EMPTY)) {
      return this;
    }
    if (this.equals(EMPTY)) {
      return other;
    }
    if (parties.size() != other.parties.size()) {
      throw mismatch(other);
    }
    List<PartyStanding> sum = new ArrayList<>(parties.size());
    for (int i = 0; i < parties.size(); i++) {
      PartyStanding mine = parties.get(i);
      PartyStanding theirs = other.parties.get(i);
      if (!mine.party().equals(theirs.party())) {
        throw mismatch(other);
      }
      sum.add(mine.plus(theirs));
    }
    return of(
        Checks.sum(councilsDeclared, other.councilsDeclared, "standings: councilsDeclared"),
        Checks.sum(councilsExpected, other.councilsExpected, "standings: councilsExpected"),
        sum,
        Checks.sum(noOverallControl, other.noOverallControl, "standings: noOverallControl"),
        Checks.sum(noOverallControlBefore, other.noOverallControlBefore, "standings: noOverallControlBefore"),
        Checks.sum(
            councilsWithoutPrevious,
            other.councilsWithoutPrevious,
            "standings: councilsWithoutPrevious"),
        Checks.sum(
            noOverallControlWithoutPrevious,
            other.noOverallControlWithoutPrevious,
            "standings: noOverallControlWithoutPrevious"),
        progress.plus(other.progress),
        wardTotals.merge(other.wardTotals));
  }

  private IllegalArgumentException mismatch(Standings other) {
    return new IllegalArgumentException(
        "cannot merge standings listing different parties: " + partyIds() + " and "
            + other.partyIds());
  }

  private List<String> partyIds() {
    return partyIds(parties);
  }

  private static List<String> partyIds(List<PartyStanding> list) {
    List<String> ids = new ArrayList<>(list.size());
    for (PartyStanding standing : list) {
      ids.add(standing.party().id());
    }
    return ids;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Standings other
        && councilsDeclared == other.councilsDeclared
        && councilsExpected == other.councilsExpected
        && noOverallControl == other.noOverallControl
        && noOverallControlBefore == other.noOverallControlBefore
        && councilsWithoutPrevious == other.councilsWithoutPrevious
        && noOverallControlWithoutPrevious == other.noOverallControlWithoutPrevious
        && parties.equals(other.parties)
        && progress.equals(other.progress)
        && wardTotals.equals(other.wardTotals);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(
        councilsDeclared,
        councilsExpected,
        noOverallControl,
        noOverallControlBefore,
        councilsWithoutPrevious,
        noOverallControlWithoutPrevious,
        parties,
        progress,
        wardTotals);
  }

  /**
   * The canonical form: counts, then each party's figures, then the count's progress and the ward
   * totals when there are any.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder text =
        new StringBuilder("Standings[")
            .append(councilsDeclared)
            .append(" of ")
            .append(councilsExpected)
            .append(" declared; NOC ")
            .append(noOverallControl)
            .append(" (before ")
            .append(noOverallControlBefore)
            .append(")");
    if (councilsWithoutPrevious > 0) {
      text.append("; without a previous result ")
          .append(councilsWithoutPrevious)
          .append(" (NOC ")
          .append(noOverallControlWithoutPrevious)
          .append(")");
    }
    for (PartyStanding standing : parties) {
      text.append("; ")
          .append(standing.party().id())
          .append(": councils ")
          .append(standing.councils())
          .append(" (before ")
          .append(standing.councilsBefore())
          .append("), seats ")
          .append(standing.seatsWon())
          .append(" (baseline ")
          .append(standing.baselineSeats())
          .append("), holdings ")
          .append(standing.holdings());
      if (standing.councilsWithoutPrevious() > 0 || standing.seatsWonWithoutPrevious() > 0) {
        text.append(", without a previous result councils ")
            .append(standing.councilsWithoutPrevious())
            .append(" seats ")
            .append(standing.seatsWonWithoutPrevious());
      }
    }
    if (!progress.equals(CountProgress.empty())) {
      text.append("; ").append(progress);
    }
    if (!wardTotals.equals(WardTotals.empty())) {
      text.append("; ").append(wardTotals);
    }
    return text.append(']').toString();
  }
}
