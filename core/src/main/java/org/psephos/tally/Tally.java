package org.psephos.tally;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.psephos.ConflictingResultException;
import org.psephos.DataSubject;
import org.psephos.Contest;
import org.psephos.Control;
import org.psephos.ControlOutcome;
import org.psephos.ControlRule;
import org.psephos.Council;
import org.psephos.Composition;
import org.psephos.CouncilType;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.ElectionDataException;
import org.psephos.SeatBaseline;
import org.psephos.SeatCountException;
import org.psephos.UnknownIdException;
import org.psephos.Ward;
import org.psephos.ward.Candidate;
import org.psephos.ward.WardResult;

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
 * <p>Councils whose contest lists its wards can also be counted ward by ward: {@link
 * #apply(WardResult)} takes ward results as they come, a later result for the same ward replacing
 * the earlier. A council with some but not all wards in is <em>in progress</em> ({@link #progress},
 * {@link #councilsInProgress()}): it is not declared, so it counts in neither councils declared,
 * control nor the council figures of the standings, but its wards' seats count in the seats
 * declared so far and its wards in the ward totals (votes, shares, swing, gross gains and losses),
 * and its control may already be decided. When its last ward is in, the council is declared: its
 * declaration is the sum of its wards (seats won per party; seats left unfilled, if any, still to
 * fill), exactly as if that declaration had been applied.
 *
 * <p>A council is fed either by a whole {@link Declaration} or by ward results. A whole declaration
 * takes precedence: applying one replaces any ward results held for the council, and a ward result
 * for a council held as a whole declaration is rejected with a {@link ConflictingResultException}
 * ({@link #withdraw} the declaration first to count it ward by ward). So the tally still depends
 * only on the set of inputs it accepted, never on their order.
 *
 * <p>Two choices are fixed per tally, never hidden: the {@link SeatBaseline} seat changes are
 * measured against ({@link SeatBaseline#LAST_FOUGHT} by default), and the {@link ControlRule}
 * deciding who may control ({@link ControlRule#cohesiveOnly()} by default: independents never
 * control).
 *
 * <p>Cost: applying a declaration takes time and allocation proportional to the number of parties
 * (plus O(log16 n) for n councils), never to the number of councils already declared; applying a
 * ward result, proportional to the number of parties plus the wards and candidates of its council. Standings for
 * the whole election, a region or a council type are kept up to date and read in time proportional
 * to the number of parties; standings for any other {@link CouncilFilter} scan the councils.
 *
 * <p>Equal when the election, the baseline, the control rule and every council's current
 * declaration or ward results are equal. Immutable and thread-safe; share it freely, or hold the latest in a
 * {@link LiveTally}.
 */
public final class Tally {
  private final ElectionIndex index;
  private final PersistentVector<CouncilState> councils;
  private final Accumulator groups;
  private final int declared;

  private Tally(
      ElectionIndex index,
      PersistentVector<CouncilState> councils,
      Accumulator groups,
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
        ElectionIndex.of(
            requireNonNull(election, "election"),
            requireNonNull(baseline, "baseline"),
            requireNonNull(rule, "rule"));
    Accumulator groups =
        Accumulator.empty(
            index.parties.length, index.expected, index.seatsExpected, index.wardsExpected);
    return new Tally(index, PersistentVector.ofSize(index.contests.length), groups, 0);
  }

  /**
   * The tally with a declaration applied, replacing any earlier declaration for the same council,
   * and any ward results held for it.
   *
   * <p>The declaration must fit its contest: the council is part of the election as given; every
   * party named is one of the election's parties; seats won plus seats still to fill equal the
   * seats contested; no party defended more of the seats still to fill than its baseline seats.
   *
   * @param declaration the declaration
   * @return the new tally; this one is unchanged
   * @throws UnknownIdException if the council is not part of the election
   * @throws UnknownIdException if a party is not one of the election's
   * @throws org.psephos.SeatCountException if the numbers do not fit the contest
   */
  public Tally apply(Declaration declaration) {
    requireNonNull(declaration, "declaration");
    int c = positionOf(declaration.council());
    return replace(c, CouncilState.whole(index, c, declaration));
  }

  /**
   * The tally with a ward result applied, replacing any earlier result for the same ward. When the
   * council's last ward is in, the council is declared with the sum of its wards.
   *
   * <p>The result must fit the election: its council is part of the election as given; its ward is
   * one of the wards the council's contest lists; it elects the ward's number of seats; every
   * candidate's party is one of the election's parties; and the council is not held as a whole
   * declaration.
   *
   * @param result the ward result
   * @return the new tally; this one is unchanged
   * @throws UnknownIdException if the council is not part of the election
   * @throws UnknownIdException if the ward is not one of the council's listed wards
   * @throws SeatCountException if the result elects another number of seats than the ward
   * @throws UnknownIdException if a candidate's party is not one of the election's
   * @throws ConflictingResultException if the council is held as a whole declaration
   */
  public Tally apply(WardResult result) {
    requireNonNull(result, "result");
    Council council = result.council();
    int c = positionOf(council);
    int w = wardPosition(c, result.wardId());
    Ward ward = index.wards[c][w].ward;
    String where = council.label() + ", ward " + ward.label();
    if (result.seats() != ward.seats()) {
      throw new SeatCountException(
          where
              + ": the result elects "
              + result.seats()
              + (result.seats() == 1 ? " seat" : " seats")
              + " but the ward elects "
              + ward.seats(),
          DataSubject.council(council).withWard(result.wardId()),
          result.seats(),
          ward.seats());
    }
    for (Candidate candidate : result.candidates()) {
      index.election.requireParty(candidate.party(), where + ": candidate " + candidate.name());
    }
    CouncilState old = councils.get(c);
    if (old != null && old.whole != null) {
      throw new ConflictingResultException(
          where
              + ": the council is held as a whole declaration, so its ward results cannot be"
              + " applied; withdraw the declaration first to count it ward by ward",
          DataSubject.council(council).withWard(result.wardId()));
    }
    return replace(c, CouncilState.withWard(index, c, old, w, result));
  }

  /**
   * The tally with ward results applied in order; all or nothing, as {@link #applyAll}.
   *
   * @param results the ward results
   * @return the new tally
   * @throws ElectionDataException as {@link #apply(WardResult)} does, for the first rejected result
   */
  public Tally applyWardResults(Iterable<WardResult> results) {
    Tally tally = this;
    for (WardResult result : results) {
      tally = tally.apply(result);
    }
    return tally;
  }

  /**
   * The tally without one ward's result, as if it had not declared. Returns this tally if the ward
   * has no result (or the council is held as a whole declaration).
   *
   * @param council the council
   * @param wardId the ward's id
   * @return the new tally
   * @throws UnknownIdException if the council is not part of the election
   * @throws UnknownIdException if the ward is not one of the council's listed wards
   */
  public Tally withdrawWard(Council council, String wardId) {
    requireNonNull(wardId, "wardId");
    int c = positionOf(council);
    int w = wardPosition(c, wardId);
    CouncilState old = councils.get(c);
    if (old == null || old.result(w) == null) {
      return this;
    }
    return replace(c, CouncilState.withWard(index, c, old, w, null));
  }

  /** The position of a ward among council {@code c}'s listed wards. */
  private int wardPosition(int c, String wardId) {
    Council council = index.contests[c].council();
    int[] position = index.wardPosition(wardId);
    if (position == null) {
      throw new UnknownIdException(
          UnknownIdException.Kind.WARD,
          wardId,
          council.label()
              + ": ward "
              + wardId
              + (index.contests[c].hasWards()
                  ? " is not one of its wards in election " + index.election.id()
                  : " is unknown: its contest lists no wards, so it is tallied from whole"
                      + " declarations"),
          DataSubject.council(council).withWard(wardId));
    }
    if (position[0] != c) {
      throw new UnknownIdException(
          UnknownIdException.Kind.WARD,
          wardId,
          council.label()
              + ": ward "
              + index.wards[position[0]][position[1]].ward.label()
              + " belongs to "
              + index.contests[position[0]].council().label()
              + ", not to this council",
          DataSubject.council(council).withWard(wardId));
    }
    return position[1];
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
   * The tally without a council's declaration or ward results, as if it had not declared (for a
   * declaration entered in error). Returns this tally if the council has no result.
   *
   * @param council the council
   * @return the new tally
   * @throws UnknownIdException if the council is not part of the election
   */
  public Tally withdraw(Council council) {
    int c = positionOf(council);
    return councils.get(c) == null ? this : replace(c, null);
  }

  private int positionOf(Council council) {
    int c = index.knownCouncilPosition(requireNonNull(council, "council"));
    if (c < 0) {
      index.election.requireContest(council); // throws the exception naming the problem
      throw new IllegalStateException(council.label() + " has no position");
    }
    return c;
  }

  private Tally replace(int c, @Nullable CouncilState now) {
    CouncilState old = councils.get(c);
    int[] data = index.councilData[c];
    int before = index.controlBefore(data);
    Accumulator nextGroups =
        groups.replace(
            ElectionIndex.ALL,
            index.regionGroup(data),
            index.typeGroup(data),
            old,
            now,
            data,
            before);
    int nextDeclared = declared + (isDeclared(now) ? 1 : 0) - (isDeclared(old) ? 1 : 0);
    return new Tally(index, councils.set(c, now), nextGroups, nextDeclared);
  }

  private static boolean isDeclared(@Nullable CouncilState state) {
    return state != null && state.declared != null;
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
    return groups.toStandings(ElectionIndex.ALL, index.parties);
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
          ? Accumulator.empty(index.parties.length, new int[1], new int[1], new int[1])
              .toStandings(0, index.parties)
          : groups.toStandings(g, index.parties);
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
    int seatsExpected = 0;
    int wardsExpected = 0;
    List<CouncilState> matching = new ArrayList<>();
    int[] before = new int[index.contests.length];
    int[][] data = new int[index.contests.length][];
    for (int c = 0; c < index.contests.length; c++) {
      if (filter.test(index.contests[c].council())) {
        expected++;
        seatsExpected += index.contests[c].contested();
        wardsExpected += index.wards[c].length;
        CouncilState council = councils.get(c);
        if (council != null) {
          data[matching.size()] = index.councilData[c];
          before[matching.size()] = index.controlBefore(index.councilData[c]);
          matching.add(council);
        }
      }
    }
    return Accumulator.sum(
            index.parties.length, expected, seatsExpected, wardsExpected, matching, data, before)
        .toStandings(0, index.parties);
  }

  /**
   * The number of councils declared, provisional declarations and councils whose last ward is in
   * included; councils in progress are not declared.
   *
   * @return the count
   */
  public int councilsDeclared() {
    return declared;
  }

  /**
   * Whether a council has declared (provisionally or fully, as a whole or with its last ward).
   *
   * @param council the council
   * @return true if it has a declaration in this tally
   * @throws UnknownIdException if the council is not part of the election
   */
  public boolean isDeclared(Council council) {
    return isDeclared(councils.get(positionOf(council)));
  }

  /**
   * The councils in progress: counted ward by ward, with some but not all wards declared, in the
   * election's order.
   *
   * @return an unmodifiable list
   */
  public List<Council> councilsInProgress() {
    List<Council> list = new ArrayList<>();
    for (int c = 0; c < index.contests.length; c++) {
      CouncilState state = councils.get(c);
      if (state != null && state.inProgress()) {
        list.add(index.contests[c].council());
      }
    }
    return Collections.unmodifiableList(list);
  }

  /**
   * How far a council's count has gone: wards declared, seats declared and to come, whether
   * control is already decided, and its ward totals. Available for every council, declared or not.
   *
   * @param council the council
   * @return its progress
   * @throws UnknownIdException if the council is not part of the election
   */
  public CouncilProgress progress(Council council) {
    int c = positionOf(council);
    Contest contest = index.contests[c];
    CouncilState state = councils.get(c);
    int[] won = new int[index.parties.length];
    int seatsDeclared = 0;
    List<@Nullable WardResult> results = new ArrayList<>();
    for (int w = 0; w < index.wards[c].length; w++) {
      results.add(state == null ? null : state.result(w));
    }
    WardTotals wardTotals =
        contest.hasWards()
            ? index.zeroSums.toTotals(index.parties, index.wards[c].length)
            : WardTotals.empty();
    if (state != null) {
      DeclaredCouncil declaredCouncil = state.declared;
      won =
          state.whole != null && declaredCouncil != null
              ? declaredCouncil.won.clone()
              : state.sums.won;
      seatsDeclared = state.seatsDeclared;
      if (state.whole == null) {
        wardTotals = state.sums.toTotals(index.parties, index.wards[c].length);
      }
    }
    boolean decided = CouncilState.decide(index, c, won, seatsDeclared) != CouncilState.UNDECIDED;
    Composition seatsWon = CouncilProgress.seatsWon(index.parties, won);
    Composition continuing = contest.continuing();
    Control control =
        decided
            ? Control.of(
                contest.council(),
                continuing
                    .plus(seatsWon)
                    .withVacancies(
                        continuing.vacancies() + contest.contested() - seatsWon.filled()),
                index.rule)
            : null;
    return new CouncilProgress(
        contest,
        results,
        state == null ? 0 : state.wardsIn,
        isDeclared(state),
        state != null && state.whole != null,
        seatsWon,
        control,
        wardTotals);
  }

  /**
   * A ward's current result.
   *
   * @param council the council
   * @param wardId the ward's id
   * @return its result, or empty if it has none (or the council is held as a whole declaration)
   * @throws UnknownIdException if the council is not part of the election
   * @throws UnknownIdException if the ward is not one of the council's listed wards
   */
  public Optional<WardResult> wardResult(Council council, String wardId) {
    requireNonNull(wardId, "wardId");
    int c = positionOf(council);
    int w = wardPosition(c, wardId);
    CouncilState state = councils.get(c);
    return state == null ? Optional.empty() : Optional.ofNullable(state.result(w));
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
   * The councils still to come: those with no declaration (councils in progress included), in the
   * election's order.
   *
   * @return an unmodifiable list
   */
  public List<Council> councilsToCome() {
    return councilsWhere(false);
  }

  private List<Council> councilsWhere(boolean wanted) {
    List<Council> list = new ArrayList<>();
    for (int c = 0; c < index.contests.length; c++) {
      if (isDeclared(councils.get(c)) == wanted) {
        list.add(index.contests[c].council());
      }
    }
    return Collections.unmodifiableList(list);
  }

  /**
   * A council's current declaration: the whole declaration applied, or the sum of its wards once
   * the last is in.
   *
   * @param council the council
   * @return its declaration, or empty if it has not declared
   * @throws UnknownIdException if the council is not part of the election
   */
  public Optional<Declaration> declaration(Council council) {
    DeclaredCouncil declaredCouncil = declared(councils.get(positionOf(council)));
    return declaredCouncil == null
        ? Optional.empty()
        : Optional.of(declaredCouncil.declaration);
  }

  private static @Nullable DeclaredCouncil declared(@Nullable CouncilState state) {
    return state == null ? null : state.declared;
  }

  /**
   * A declared council's result: composition after, control before and after, seat changes.
   *
   * @param council the council
   * @return its result, or empty if it has not declared
   * @throws UnknownIdException if the council is not part of the election
   */
  public Optional<CouncilResult> result(Council council) {
    int c = positionOf(council);
    DeclaredCouncil declaredCouncil = declared(councils.get(c));
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
   * @throws UnknownIdException if the council is not part of the election
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
      DeclaredCouncil declaredCouncil = declared(councils.get(c));
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
      CouncilState mine = councils.get(c);
      CouncilState theirs = other.councils.get(c);
      if (mine == null ? theirs != null : theirs == null || !mine.sameAs(theirs)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int hash = index.election.hashCode() * 31 + index.baseline.hashCode();
    for (int c = 0; c < index.contests.length; c++) {
      CouncilState council = councils.get(c);
      if (council != null) {
        hash = hash * 31 + council.inputHash();
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
        + " councils declared"
        + (groups.inProgress(ElectionIndex.ALL) == 0
            ? ""
            : ", " + groups.inProgress(ElectionIndex.ALL) + " in progress")
        + "]";
  }
}
