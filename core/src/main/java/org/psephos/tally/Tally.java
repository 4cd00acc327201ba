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
import org.psephos.Party;
import org.psephos.UnknownIdException;
import org.psephos.Ward;
import org.psephos.ward.Candidate;
import org.psephos.ward.WardPostponement;
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
 * <p>Every input takes one path: {@link #check(Declaration)} checks it against the election, the
 * baseline and the control rule, once, and returns an immutable {@link CheckedDeclaration} (the
 * council's position, seats won per party, the baseline seats still to fill, control after);
 * {@link #apply(CheckedDeclaration)} trusts that value after a constant-time check that it was
 * checked for this tally's election (the same {@code Election} instance), baseline and rule, so a
 * reader checks each line where it reads it and applies it to whichever tally is current. {@link
 * #apply(Declaration)} is {@code apply(check(declaration))}. Ward results take the same path
 * ({@link #check(WardResult)}, {@link CheckedWardResult}); only what depends on the tally's state
 * (a council held as a whole declaration takes no ward results) is checked when applying.
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
 * (plus O(log8 n) for n councils), never to the number of councils already declared; applying a
 * ward result, proportional to the number of parties plus the wards and candidates of its council. Standings for
 * the whole election, a region or a council type are kept up to date and read in time proportional
 * to the number of parties; standings for any other {@link CouncilFilter} scan the councils.
 *
 * <p>Equal when the election, the baseline, the control rule and every council's current
 * declaration or ward results are equal. Immutable and thread-safe; share it freely, or hold the latest in a
 * {@link LiveTally}.
 */
public final class Tally {
  /** Per council position, its state: the root of a vector of the index's shape {@code states}. */
  private final @Nullable Object[] councils;
  /** The groups' seats won: a seats table of {@link Accumulator}. */
  private final int[][] seats;
  /** The groups' other figures, and the index of the election, baseline and rule. */
  private final Accumulator groups;

  private Tally(@Nullable Object[] councils, int[][] seats, Accumulator groups) {
    this.councils = councils;
    this.seats = seats;
    this.groups = groups;
  }

  /** The election, baseline and rule, numbered. */
  private ElectionIndex index() {
    return groups.index;
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
    Accumulator groups = Accumulator.of(index);
    return new Tally(index.states.empty(), groups.emptySeats(), groups);
  }

  /**
   * Checks a declaration against this tally's election, baseline and rule, once, for {@link
   * #apply(CheckedDeclaration)} to trust: the council is part of the election as given; every
   * party named is one of the election's parties; seats won plus seats still to fill equal the
   * seats contested; no party defended more of the seats still to fill than its seats as last
   * fought, nor held more of them than its seats on the eve of the poll. None of these depends on
   * the declarations applied, so the checked value can be applied to any tally of the same
   * election, baseline and rule.
   *
   * @param declaration the declaration
   * @return the checked declaration
   * @throws UnknownIdException if the council is not part of the election
   * @throws org.psephos.UnknownIdException if a party is not one of the election's
   * @throws org.psephos.SeatCountException if the numbers do not fit the contest
   */
  public CheckedDeclaration check(Declaration declaration) {
    requireNonNull(declaration, "declaration");
    return DeclarationCheck.check(index(), factsOf(declaration.council()), declaration);
  }

  /**
   * The tally with a declaration applied, replacing any earlier declaration for the same council,
   * and any ward results held for it: {@code apply(check(declaration))}.
   *
   * @param declaration the declaration
   * @return the new tally; this one is unchanged
   * @throws UnknownIdException if the council is not part of the election
   * @throws UnknownIdException if a party is not one of the election's
   * @throws org.psephos.SeatCountException if the numbers do not fit the contest
   */
  public Tally apply(Declaration declaration) {
    return apply(check(declaration));
  }

  /**
   * The tally with a checked declaration applied, replacing any earlier declaration for the same
   * council, and any ward results held for it. The declaration is not checked again: only that it
   * was checked for this tally's election, baseline and rule, in constant time.
   *
   * @param declaration the declaration, checked by {@link #check(Declaration)} of a tally of the
   *     same election instance, baseline and rule
   * @return the new tally; this one is unchanged
   * @throws IllegalArgumentException if it was checked for another election, baseline or rule
   */
  public Tally apply(CheckedDeclaration declaration) {
    requireNonNull(declaration, "declaration");
    requireCheckedHere(declaration.index(), declaration.council());
    return replace(declaration.council, declaration);
  }

  /**
   * Checks a ward result against this tally's election, once, for {@link
   * #apply(CheckedWardResult)} to trust: its council is part of the election as given; its ward is
   * one of the wards the council's contest lists; it elects the ward's number of seats; and every
   * candidate's party is one of the election's parties. Whether the council is held as a whole
   * declaration depends on the tally, so it is checked when the result is applied.
   *
   * @param result the ward result
   * @return the checked result
   * @throws UnknownIdException if the council is not part of the election, the ward is not one of
   *     the council's listed wards, or a candidate's party is not one of the election's
   * @throws SeatCountException if the result elects another number of seats than the ward
   */
  public CheckedWardResult check(WardResult result) {
    requireNonNull(result, "result");
    Council council = result.council();
    int c = positionOf(council);
    int w = wardPosition(c, result.wardId());
    ElectionIndex.WardIndex wardIndex = index().councils[c].wards[w];
    Ward ward = wardIndex.ward;
    if (result.seats() != ward.seats()) {
      throw new SeatCountException(
          council.label() + ", ward " + ward.label()
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
      if (index().knownPartyPosition(candidate.party()) < 0) {
        index().election.requireParty(candidate.party(),
            council.label() + ", ward " + ward.label() + ": candidate " + candidate.name());
      }
    }
    return new CheckedWardResult(
        index(), c, w, result, WardSums.ofWard(index(), wardIndex, result));
  }

  /**
   * The tally with a ward result applied, replacing any earlier result for the same ward: {@code
   * apply(check(result))}. When the council's last ward is in, the council is declared with the
   * sum of its wards.
   *
   * @param result the ward result
   * @return the new tally; this one is unchanged
   * @throws UnknownIdException if the council is not part of the election
   * @throws UnknownIdException if the ward is not one of the council's listed wards
   * @throws SeatCountException if the result elects another number of seats than the ward
   * @throws org.psephos.UnknownIdException if a candidate's party is not one of the election's
   * @throws ConflictingResultException if the council is held as a whole declaration
   */
  public Tally apply(WardResult result) {
    return apply(check(result));
  }

  /**
   * The tally with a checked ward result applied, replacing any earlier result for the same ward.
   * When the council's last ward is in, the council is declared with the sum of its wards. The
   * result is not checked again: only that it was checked for this tally's election, baseline and
   * rule, in constant time, and that the council is not held as a whole declaration.
   *
   * @param result the ward result, checked by {@link #check(WardResult)} of a tally of the same
   *     election instance, baseline and rule
   * @return the new tally; this one is unchanged
   * @throws IllegalArgumentException if it was checked for another election, baseline or rule
   * @throws ConflictingResultException if the council is held as a whole declaration
   */
  public Tally apply(CheckedWardResult result) {
    requireNonNull(result, "result");
    requireCheckedHere(result.index, result.council());
    int c = result.council;
    CouncilState old = state(c);
    if (old instanceof CheckedDeclaration) {
      throw new ConflictingResultException(
          index().council(c).label()
              + ", ward "
              + index().councils[c].wards[result.ward].ward.label()
              + ": the council is held as a whole declaration, so its ward results cannot be"
              + " applied; withdraw the declaration first to count it ward by ward",
          DataSubject.council(index().council(c)).withWard(result.result().wardId()));
    }
    return replace(
        c,
        WardCount.withWard(
            index(),
            index().councils[c],
            (WardCount) old,
            result.ward,
            result.result,
            result.sums));
  }

  /**
   * The tally with a ward's poll postponed: its seats are still to fill. Once every other ward of
   * the council is in, the council is declared provisionally: seats won are the sum of its wards,
   * and seat changes leave out the postponed wards' seats as last fought (or, against the
   * eve-of-poll baseline, the seats held before the poll, where every postponement gives them).
   * The ward's result, applied later, replaces the postponement and completes the council; {@link
   * #withdrawWard} takes a postponement back.
   *
   * @param postponement the postponement
   * @return the new tally; this one is unchanged
   * @throws UnknownIdException if the council is not part of the election, the ward is not one of
   *     its listed wards, or a party holding its seats is not one of the election's
   * @throws SeatCountException if the seats held before the poll exceed the ward's seats, or,
   *     summed over the council's postponed wards, a party's seats on the eve of the poll; or if the
   *     ward's seats as last fought exceed the seats it elects (after a boundary change), so that
   *     the seats left to fill cannot be matched to their holders
   * @throws ConflictingResultException if the council is held as a whole declaration, or the ward
   *     has a result
   */
  public Tally apply(WardPostponement postponement) {
    requireNonNull(postponement, "postponement");
    Council council = postponement.council();
    int c = positionOf(council);
    int w = wardPosition(c, postponement.wardId());
    CouncilFacts facts = index().councils[c];
    Ward ward = facts.wards[w].ward;
    String where = council.label() + ", ward " + ward.label() + ": postponed";
    DataSubject subject = DataSubject.council(council).withWard(ward.id());
    Composition held = postponement.heldBeforePoll();
    for (Party party : held.parties()) {
      index().election.requireParty(party, where + ", seats held before the poll");
    }
    if (held.total() > ward.seats()) {
      throw new SeatCountException(
          where + ", with seats held before the poll (" + held.total()
              + ") exceeding the seats it elects (" + ward.seats() + ")",
          subject, held.total(), ward.seats());
    }
    if (ward.defended().total() > ward.seats()) {
      throw new SeatCountException(
          where + ", but its seats as last fought (" + ward.defended().total()
              + ") exceed the seats it elects (" + ward.seats() + "), so the seats it leaves to"
              + " fill cannot be matched to their holders; declare the council whole, with seats"
              + " still to fill",
          subject, ward.defended().total(), ward.seats());
    }
    CouncilState old = state(c);
    if (old instanceof CheckedDeclaration) {
      throw new ConflictingResultException(
          where + ", but the council is held as a whole declaration; withdraw the declaration"
              + " first to count it ward by ward",
          subject);
    }
    WardCount count = (WardCount) old;
    if (count != null && count.result(w) != null) {
      throw new ConflictingResultException(
          where + ", but the ward has declared; withdraw its result first", subject);
    }
    for (Party party : held.parties()) {
      int p = index().partyPosition(party);
      int sum = held.seats(party);
      for (int other = 0; count != null && other < facts.wards.length; other++) {
        WardPostponement earlier = count.postponement(other);
        if (other != w && earlier != null) {
          sum += earlier.heldBeforePoll().seats(party);
        }
      }
      if (sum > facts.preElection[p]) {
        throw new SeatCountException(
            where + ": seats held by " + party.label() + " before the poll in the council's"
                + " postponed wards (" + sum + ") exceed its seats on the eve of the poll ("
                + facts.preElection[p] + ")",
            subject.withParty(party.id()), sum, facts.preElection[p]);
      }
    }
    return replace(c, WardCount.withPostponement(index(), facts, count, w, postponement));
  }

  /** Throws unless a value checked against {@code checkedFor} may be applied to this tally. */
  private void requireCheckedHere(ElectionIndex checkedFor, Council council) {
    if (!index().accepts(checkedFor)) {
      throw new IllegalArgumentException(
          council.label()
              + ": checked for election "
              + checkedFor.election.id()
              + " ("
              + checkedFor.baseline.label()
              + ", "
              + checkedFor.rule
              + "), not for this tally's election "
              + index().election.id()
              + " ("
              + index().baseline.label()
              + ", "
              + index().rule
              + "); check it with this tally (or one of the same election instance, baseline and"
              + " rule)");
    }
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
   * The tally without one ward's result or postponement, as if it had not declared. Returns this
   * tally if the ward has neither (or the council is held as a whole declaration).
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
    if (!(state(c) instanceof WardCount old)) {
      return this;
    }
    if (old.result(w) != null) {
      return replace(c, WardCount.withWard(index(), index().councils[c], old, w, null, null));
    }
    return old.postponement(w) == null
        ? this
        : replace(c, WardCount.withPostponement(index(), index().councils[c], old, w, null));
  }

  /** The position of a ward among council {@code c}'s listed wards. */
  private int wardPosition(int c, String wardId) {
    Council council = index().council(c);
    int[] position = index().wardPosition(wardId);
    if (position == null) {
      throw new UnknownIdException(
          UnknownIdException.Kind.WARD,
          wardId,
          council.label()
              + ": ward "
              + wardId
              + (index().councils[c].contest.hasWards()
                  ? " is not one of its wards in election " + index().election.id()
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
              + index().councils[position[0]].wards[position[1]].ward.label()
              + " belongs to "
              + index().council(position[0]).label()
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
    return state(c) == null ? this : replace(c, null);
  }

  private int positionOf(Council council) {
    return factsOf(council).position;
  }

  private CouncilFacts factsOf(Council council) {
    CouncilFacts facts = index().knownCouncil(requireNonNull(council, "council"));
    if (facts == null) {
      index().election.requireContest(council); // throws the exception naming the problem
      throw new IllegalStateException(council.label() + " has no position");
    }
    return facts;
  }

  /** The state of the council at position {@code c}, or null if it has no result. */
  private @Nullable CouncilState state(int c) {
    return index().states.get(councils, c);
  }

  private Tally replace(int c, @Nullable CouncilState now) {
    return replace(index().councils[c], now);
  }

  private Tally replace(CouncilFacts facts, @Nullable CouncilState now) {
    int c = facts.position;
    CouncilState old = state(c);
    int[][] nextSeats =
        groups.replaceSeats(
            seats, facts, CouncilState.declared(old), CouncilState.declared(now));
    Accumulator nextGroups = groups.replace(facts, old, now);
    return new Tally(index().states.set(councils, c, now), nextSeats, nextGroups);
  }

  /**
   * The election tallied.
   *
   * @return the election
   */
  public Election election() {
    return index().election;
  }

  /**
   * What seat changes are measured against.
   *
   * @return the baseline
   */
  public SeatBaseline baseline() {
    return index().baseline;
  }

  /**
   * Which parties may control a council.
   *
   * @return the control rule
   */
  public ControlRule controlRule() {
    return index().rule;
  }

  /**
   * The standings of the whole election, read in time proportional to the number of parties.
   *
   * @return the standings
   */
  public Standings standings() {
    return groups.toStandings(ElectionIndex.ALL, seats, index().parties);
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
      Integer g = region != null ? index().regionGroups.get(region) : index().typeGroups.get(type);
      return g == null
          ? Accumulator.sum(index(), 0, 0, 0, List.of(), List.of())
          : groups.toStandings(g, seats, index().parties);
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
    List<CouncilState> matching = new ArrayList<>(index().councils.length);
    List<CouncilFacts> facts = new ArrayList<>(index().councils.length);
    for (CouncilFacts council : index().councils) {
      if (filter.test(council.contest.council())) {
        expected++;
        seatsExpected += council.contested;
        wardsExpected += council.wards.length;
        CouncilState state = state(council.position);
        if (state != null) {
          matching.add(state);
          facts.add(council);
        }
      }
    }
    return Accumulator.sum(
        index(), expected, seatsExpected, wardsExpected, matching, facts);
  }

  /**
   * The number of councils declared, provisional declarations and councils whose last ward is in
   * included; councils in progress are not declared.
   *
   * @return the count
   */
  public int councilsDeclared() {
    return groups.declared(ElectionIndex.ALL);
  }

  /**
   * Whether a council has declared (provisionally or fully, as a whole or with its last ward).
   *
   * @param council the council
   * @return true if it has a declaration in this tally
   * @throws UnknownIdException if the council is not part of the election
   */
  public boolean isDeclared(Council council) {
    return CouncilState.isDeclared(state(positionOf(council)));
  }

  /**
   * The councils in progress: counted ward by ward, with some but not all wards declared, in the
   * election's order.
   *
   * @return an unmodifiable list
   */
  public List<Council> councilsInProgress() {
    List<Council> list = new ArrayList<>();
    for (int c = 0; c < index().councils.length; c++) {
      if (state(c) instanceof WardCount.InProgress) {
        list.add(index().council(c));
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
    CouncilFacts facts = index().councils[c];
    Contest contest = facts.contest;
    CouncilState state = state(c);
    WardCount count = state instanceof WardCount wardCount ? wardCount : null;
    List<@Nullable WardResult> results = new ArrayList<>();
    List<Ward> postponed = new ArrayList<>();
    for (int w = 0; w < facts.wards.length; w++) {
      results.add(count == null ? null : count.result(w));
      if (count != null && count.postponement(w) != null) {
        postponed.add(facts.wards[w].ward);
      }
    }
    WardTotals wardTotals =
        count != null
            ? count.sums.toTotals(index().parties, facts.wards.length)
            : contest.hasWards()
                ? index().zeroSums.toTotals(index().parties, facts.wards.length)
                : WardTotals.empty();
    int[] won =
        state instanceof CheckedDeclaration whole
            ? whole.won
            : count != null ? count.sums.won : index().noSeats;
    int seatsDeclared = state == null ? 0 : CouncilState.seatsDeclared(state);
    boolean decided = !(facts.decide(won, seatsDeclared) instanceof ControlDecision.Undecided);
    Composition seatsWon = CouncilProgress.seatsWon(index().parties, won);
    Composition continuing = contest.continuing();
    Control control =
        decided
            ? Control.of(
                contest.council(),
                continuing
                    .plus(seatsWon)
                    .withVacancies(
                        continuing.vacancies() + contest.contested() - seatsWon.filled()),
                index().rule)
            : null;
    return new CouncilProgress(
        contest,
        results,
        postponed,
        count == null ? 0 : count.wardsIn,
        CouncilState.isDeclared(state),
        state instanceof CheckedDeclaration,
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
    return state(c) instanceof WardCount count
        ? Optional.ofNullable(count.result(w))
        : Optional.empty();
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
    for (int c = 0; c < index().councils.length; c++) {
      if (CouncilState.isDeclared(state(c)) == wanted) {
        list.add(index().council(c));
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
    CheckedDeclaration declaredCouncil = CouncilState.declared(state(positionOf(council)));
    return declaredCouncil == null
        ? Optional.empty()
        : Optional.of(declaredCouncil.declaration());
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
    CheckedDeclaration declaredCouncil = CouncilState.declared(state(c));
    if (declaredCouncil == null) {
      return Optional.empty();
    }
    return Optional.of(
        new CouncilResult(
            index().councils[c].contest,
            declaredCouncil.declaration(),
            index().baseline,
            index().rule));
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
    for (int c = 0; c < index().councils.length; c++) {
      CheckedDeclaration declaredCouncil = CouncilState.declared(state(c));
      if (declaredCouncil != null) {
        results.add(
            new CouncilResult(
                index().councils[c].contest,
                declaredCouncil.declaration(),
                index().baseline,
                index().rule));
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
        || councilsDeclared() != other.councilsDeclared()
        || !index().sameAs(other.index())) {
      return false;
    }
    for (int c = 0; c < index().councils.length; c++) {
      CouncilState mine = state(c);
      CouncilState theirs = other.state(c);
      if (mine == null ? theirs != null : theirs == null || !CouncilState.sameInputs(mine, theirs)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int hash = index().election.hashCode() * 31 + index().baseline.hashCode();
    for (int c = 0; c < index().councils.length; c++) {
      CouncilState council = state(c);
      if (council != null) {
        hash = hash * 31 + CouncilState.inputHash(council);
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
        + index().election.id()
        + ", "
        + index().baseline.label()
        + ", "
        + councilsDeclared()
        + " of "
        + index().councils.length
        + " councils declared"
        + (groups.inProgress(ElectionIndex.ALL) == 0
            ? ""
            : ", " + groups.inProgress(ElectionIndex.ALL) + " in progress")
        + "]";
  }
}
