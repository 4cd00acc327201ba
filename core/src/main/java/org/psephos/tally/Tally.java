package org.psephos.tally;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.psephos.Contest;
import org.psephos.ControlOutcome;
import org.psephos.ControlRule;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.ElectionDataException;
import org.psephos.SeatBaseline;
import org.psephos.UnknownCouncilException;

/**
 * An immutable tally of an election: the declarations received so far, one per council, and the
 * standings and control outcomes they imply.
 *
 * <p>{@link #apply} returns a new tally with a declaration added; a later declaration for the same
 * council replaces the earlier one (a correction, or a postponed poll completed). The standings
 * depend only on the set of current declarations, never on the order they arrived. A declaration
 * that does not fit its contest is rejected with an {@link ElectionDataException} naming the
 * council, the party and the numbers, and the tally it was applied to is, being immutable,
 * unchanged.
 *
 * <p>Two choices are fixed per tally, never hidden: the {@link SeatBaseline} seat changes are
 * measured against ({@link SeatBaseline#LAST_FOUGHT} by default), and the {@link ControlRule}
 * deciding who may control ({@link ControlRule#cohesiveOnly()} by default: independents never
 * control).
 *
 * <p>Cost: applying a declaration takes time and allocation proportional to the number of parties
 * (plus O(log32 n) for n councils), never to the number of councils already declared. Standings for
 * the whole election, a region or a council type are kept up to date and read in time proportional
 * to the number of parties; standings for any other {@link CouncilFilter} scan the councils.
 *
 * <p>Equal when the election, the baseline, the control rule and every council's current
 * declaration are equal. Immutable and thread-safe; share it freely, or hold the latest in a
 * {@link LiveTally}.
 */
public final class Tally {
  private final ElectionIndex index;
  private final PersistentVector<DeclaredCouncil> councils;
  private final Accumulator[] groups;
  private final int declared;

  private Tally(
      ElectionIndex index,
      PersistentVector<DeclaredCouncil> councils,
      Accumulator[] groups,
      int declared) {
    this.index = index;
    this.councils = councils;
    this.groups = groups;
    this.declared = declared;
  }

  /**
   * An empty tally with the default choices: seat changes against the seats as last fought, and
   * cohesive parties only may control.
   *
   * @param election the election
   * @return a tally with no declarations
   */
  public static Tally of(Election election) {
    return of(election, SeatBaseline.LAST_FOUGHT, ControlRule.cohesiveOnly());
  }

  /**
   * An empty tally with explicit choices.
   *
   * @param election the election
   * @param baseline what seat changes are measured against
   * @param rule which parties may control a council
   * @return a tally with no declarations
   */
  public static Tally of(Election election, SeatBaseline baseline, ControlRule rule) {
    ElectionIndex index =
        new ElectionIndex(
            requireNonNull(election, "election"),
            requireNonNull(baseline, "baseline"),
            requireNonNull(rule, "rule"));
    Accumulator[] groups = new Accumulator[index.groupCount];
    for (int g = 0; g < groups.length; g++) {
      groups[g] = Accumulator.empty(index.parties.length, index.expected[g]);
    }
    return new Tally(index, PersistentVector.ofSize(index.contests.length), groups, 0);
  }

  /**
   * The tally with a declaration applied, replacing any earlier declaration for the same council.
   *
   * <p>The declaration must fit its contest: the council is part of the election as given; every
   * party named is one of the election's parties; seats won plus seats still to fill equal the
   * seats contested; no party defended more of the seats still to fill than its baseline seats.
   *
   * @param declaration the declaration
   * @return the new tally; this one is unchanged
   * @throws UnknownCouncilException if the council is not part of the election
   * @throws org.psephos.UnknownPartyException if a party is not one of the election's
   * @throws org.psephos.SeatCountException if the numbers do not fit the contest
   */
  public Tally apply(Declaration declaration) {
    requireNonNull(declaration, "declaration");
    int c = positionOf(declaration.council());
    return replace(c, DeclaredCouncil.of(index, c, declaration));
  }

  /**
   * The tally with declarations applied in order; all or nothing: if one is rejected the exception
   * is thrown and no tally with any of them is returned.
   *
   * @param declarations the declarations
   * @return the new tally
   * @throws ElectionDataException as {@link #apply} does, for the first rejected declaration
   */
  public Tally applyAll(Iterable<Declaration> declarations) {
    Tally tally = this;
    for (Declaration declaration : declarations) {
      tally = tally.apply(declaration);
    }
    return tally;
  }

  /**
   * The tally without a council's declaration, as if it had not declared (for a declaration
   * entered in error). Returns this tally if the council has not declared.
   *
   * @param council the council
   * @return the new tally
   * @throws UnknownCouncilException if the council is not part of the election
   */
  public Tally withdraw(Council council) {
    int c = positionOf(council);
    return councils.get(c) == null ? this : replace(c, null);
  }

  private int positionOf(Council council) {
    index.election.requireContest(requireNonNull(council, "council"));
    return index.councilPosition(council);
  }

  private Tally replace(int c, @Nullable DeclaredCouncil now) {
    DeclaredCouncil old = councils.get(c);
    Accumulator[] nextGroups = groups.clone();
    for (int g : index.groupsOf[c]) {
      nextGroups[g] = nextGroups[g].replace(old, now, index.controlBefore[c]);
    }
    int nextDeclared = declared + (old == null ? 1 : 0) - (now == null ? 1 : 0);
    return new Tally(index, councils.set(c, now), nextGroups, nextDeclared);
  }

  /**
   * The election tallied.
   *
   * @return the election
   */
  public Election election() {
    return index.election;
  }

  /**
   * What seat changes are measured against.
   *
   * @return the baseline
   */
  public SeatBaseline baseline() {
    return index.baseline;
  }

  /**
   * Which parties may control a council.
   *
   * @return the control rule
   */
  public ControlRule controlRule() {
    return index.rule;
  }

  /**
   * The standings of the whole election, read in time proportional to the number of parties.
   *
   * @return the standings
   */
  public Standings standings() {
    return groups[ElectionIndex.ALL].toStandings(index.parties);
  }

  /**
   * The standings of the councils a filter selects. Region and council-type filters, and {@link
   * CouncilFilter#all()}, read kept totals; other filters scan the election's councils. A region or
   * type with no council in the election gives standings of 0 of 0 councils.
   *
   * @param filter the councils to cover
   * @return the standings
   */
  public Standings standings(CouncilFilter filter) {
    requireNonNull(filter, "filter");
    if (filter.isAll()) {
      return standings();
    }
    String region = filter.regionOrNull();
    CouncilType type = filter.typeOrNull();
    if (region != null || type != null) {
      Integer g = region != null ? index.regionGroups.get(region) : index.typeGroups.get(type);
      return g == null
          ? Accumulator.empty(index.parties.length, 0).toStandings(index.parties)
          : groups[g].toStandings(index.parties);
    }
    return scan(filter);
  }

  /**
   * The standings of the councils a predicate accepts, by a scan of the election's councils.
   *
   * @param filter the councils to cover
   * @return the standings
   */
  public Standings standings(Predicate<Council> filter) {
    requireNonNull(filter, "filter");
    return filter instanceof CouncilFilter councilFilter ? standings(councilFilter) : scan(filter);
  }

  private Standings scan(Predicate<Council> filter) {
    int expected = 0;
    List<DeclaredCouncil> matching = new ArrayList<>();
    List<Integer> before = new ArrayList<>();
    for (int c = 0; c < index.contests.length; c++) {
      if (filter.test(index.contests[c].council())) {
        expected++;
        DeclaredCouncil council = councils.get(c);
        if (council != null) {
          matching.add(council);
          before.add(index.controlBefore[c]);
        }
      }
    }
    return Accumulator.sum(index.parties.length, expected, matching, before)
        .toStandings(index.parties);
  }

  /**
   * The number of councils declared, provisional declarations included.
   *
   * @return the count
   */
  public int councilsDeclared() {
    return declared;
  }

  /**
   * Whether a council has declared (provisionally or fully).
   *
   * @param council the council
   * @return true if it has a declaration in this tally
   * @throws UnknownCouncilException if the council is not part of the election
   */
  public boolean isDeclared(Council council) {
    return councils.get(positionOf(council)) != null;
  }

  /**
   * The declared councils, in the election's order.
   *
   * @return an unmodifiable list
   */
  public List<Council> declaredCouncils() {
    return councilsWhere(true);
  }

  /**
   * The councils still to come: those with no declaration, in the election's order.
   *
   * @return an unmodifiable list
   */
  public List<Council> councilsToCome() {
    return councilsWhere(false);
  }

  private List<Council> councilsWhere(boolean isDeclared) {
    List<Council> list = new ArrayList<>();
    for (int c = 0; c < index.contests.length; c++) {
      if ((councils.get(c) != null) == isDeclared) {
        list.add(index.contests[c].council());
      }
    }
    return Collections.unmodifiableList(list);
  }

  /**
   * A council's current declaration.
   *
   * @param council the council
   * @return its declaration, or empty if it has not declared
   * @throws UnknownCouncilException if the council is not part of the election
   */
  public Optional<Declaration> declaration(Council council) {
    DeclaredCouncil declaredCouncil = councils.get(positionOf(council));
    return declaredCouncil == null
        ? Optional.empty()
        : Optional.of(declaredCouncil.declaration);
  }

  /**
   * A declared council's result: composition after, control before and after, seat changes.
   *
   * @param council the council
   * @return its result, or empty if it has not declared
   * @throws UnknownCouncilException if the council is not part of the election
   */
  public Optional<CouncilResult> result(Council council) {
    int c = positionOf(council);
    DeclaredCouncil declaredCouncil = councils.get(c);
    if (declaredCouncil == null) {
      return Optional.empty();
    }
    Contest contest = index.contests[c];
    return Optional.of(
        new CouncilResult(contest, declaredCouncil.declaration, index.baseline, index.rule));
  }

  /**
   * A declared council's control outcome ("Labour hold").
   *
   * @param council the council
   * @return its outcome, or empty if it has not declared
   * @throws UnknownCouncilException if the council is not part of the election
   */
  public Optional<ControlOutcome> outcome(Council council) {
    return result(council).map(CouncilResult::outcome);
  }

  /**
   * The results of every declared council, in the election's order.
   *
   * @return an unmodifiable list
   */
  public List<CouncilResult> results() {
    List<CouncilResult> results = new ArrayList<>();
    for (int c = 0; c < index.contests.length; c++) {
      DeclaredCouncil declaredCouncil = councils.get(c);
      if (declaredCouncil != null) {
        results.add(
            new CouncilResult(
                index.contests[c], declaredCouncil.declaration, index.baseline, index.rule));
      }
    }
    return Collections.unmodifiableList(results);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof Tally other)
        || declared != other.declared
        || !index.sameAs(other.index)) {
      return false;
    }
    for (int c = 0; c < index.contests.length; c++) {
      DeclaredCouncil mine = councils.get(c);
      DeclaredCouncil theirs = other.councils.get(c);
      if (mine == null
          ? theirs != null
          : theirs == null || !mine.declaration.equals(theirs.declaration)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int hash = index.election.hashCode() * 31 + index.baseline.hashCode();
    for (int c = 0; c < index.contests.length; c++) {
      DeclaredCouncil council = councils.get(c);
      if (council != null) {
        hash = hash * 31 + council.declaration.hashCode();
      }
    }
    return hash;
  }

  /**
   * A short description: the election id, the choices and the councils declared.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "Tally["
        + index.election.id()
        + ", "
        + index.baseline
        + ", "
        + declared
        + " of "
        + index.contests.length
        + " councils declared]";
  }
}
