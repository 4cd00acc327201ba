package org.psephos.testkit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.SeatBaseline;
import org.psephos.Ward;
import org.psephos.ward.Candidate;
import org.psephos.ward.WardResult;

/**
 * An independent recomputation of a night's standings from scratch: simple rather than fast, and
 * written apart from Psephos's tally. It reads only the plain figures of the election and the
 * declarations (never {@code Tally}, {@code Control}, {@code ControlRule} or {@code
 * Contest.preElection}), and restates the project's rules:
 *
 * <ul>
 *   <li>only each council's current declaration counts: a declaration replaces the council's
 *       earlier one, a withdrawal removes it;
 *   <li>a party controls a council when it may (cohesive parties only, unless any party may) and
 *       holds more than half of the council's seats, vacancies and seats still to fill counted:
 *       {@code 2 * seats > size};
 *   <li>control before is decided on the previous composition against its own total (the size
 *       before a boundary change); control after on continuing seats plus seats won against the
 *       council's size;
 *   <li>baseline seats are those defended (as last fought) or the previous less the continuing
 *       seats (on the eve of the poll), less the seats still to fill that baseline's holders had;
 *   <li>seats held are continuing seats plus seats won; councils before and after, and no overall
 *       control, count the declared councils only.
 * </ul>
 *
 * <p>At ward level ({@link #standings(WardNight)}), restating the project's ward rules:
 *
 * <ul>
 *   <li>a ward of {@code n} seats with no more than {@code n} candidates elects them all (the other
 *       seats stay unfilled); otherwise the candidates strictly above the {@code n}-th highest vote
 *       are elected, and of those with exactly that vote, all if they fit in the seats left, else
 *       the ones drawn by lot ({@link #winners(WardResult)}, worked out from the candidates' votes,
 *       never from {@code WardResult}'s own count);
 *   <li>a council counted ward by ward is declared when every ward it lists has a result: its
 *       seats won are its wards' winners added up, its unfilled seats still to fill; with some but
 *       not all wards in, it is not yet declared and counts in no standings.
 * </ul>
 */
public final class ReferenceTally {
  private final SeatBaseline baseline;
  private final boolean anyPartyMayControl;

  private ReferenceTally(SeatBaseline baseline, boolean anyPartyMayControl) {
    this.baseline = baseline;
    this.anyPartyMayControl = anyPartyMayControl;
  }

  /**
   * The reference with Psephos's defaults: seats measured against those last fought, and only
   * cohesive parties controlling councils.
   *
   * @return the reference tally
   */
  public static ReferenceTally withDefaults() {
    return new ReferenceTally(SeatBaseline.LAST_FOUGHT, false);
  }

  /**
   * The reference with explicit choices.
   *
   * @param baseline what seat changes are measured against
   * @param anyPartyMayControl whether non-cohesive groups (Independents) may control a council
   * @return the reference tally
   */
  public static ReferenceTally of(SeatBaseline baseline, boolean anyPartyMayControl) {
    return new ReferenceTally(baseline, anyPartyMayControl);
  }

  /**
   * The baseline seat changes are measured against.
   *
   * @return the baseline
   */
  public SeatBaseline baseline() {
    return baseline;
  }

  /**
   * Whether non-cohesive groups may control a council.
   *
   * @return whether any party may control
   */
  public boolean anyPartyMayControl() {
    return anyPartyMayControl;
  }

  /**
   * The standings after a night's inputs.
   *
   * @param election the election
   * @param inputs the inputs in arrival order
   * @return the standings
   * @throws IllegalArgumentException if an input is about a council the election does not hold
   */
  public StandingsFigures standings(Election election, List<Input> inputs) {
    List<Party> parties = election.parties();
    Map<String, PartyFigures> lines = new LinkedHashMap<>();
    for (Party party : parties) {
      lines.put(party.id(), new PartyFigures(party.id(), 0, 0, 0, 0, 0));
    }
    Map<String, StandingsFigures.ControlChange> control = new LinkedHashMap<>();
    int noc = 0;
    int nocBefore = 0;
    List<Declaration> current = Night.currentDeclarations(inputs);
    for (Declaration declaration : current) {
      Contest contest = contestOf(election, declaration.council());
      boolean compared = !contest.previous().isEmpty();
      @Nullable Party before = compared
          ? controller(contest.council(), parties, contest.previous(), contest.previous().total())
          : null;
      Composition held = contest.continuing().plus(declaration.seatsWon());
      @Nullable Party after = controller(contest.council(), parties, held,
          contest.council().size());
      noc += after == null ? 1 : 0;
      nocBefore += compared && before == null ? 1 : 0;
      control.put(contest.council().id(),
          new StandingsFigures.ControlChange(
              compared ? idOf(before) : StandingsFigures.NO_PREVIOUS_RESULT, idOf(after)));
      for (Party party : parties) {
        PartyFigures line =
            new PartyFigures(
                party.id(),
                party.equals(after) ? 1 : 0,
                party.equals(before) ? 1 : 0,
                declaration.seatsWon().seats(party),
                baselineSeats(contest, party) - leftOut(contest, declaration, party, parties),
                held.seats(party));
        lines.merge(party.id(), line, PartyFigures::plus);
      }
    }
    return new StandingsFigures(current.size(), noc, nocBefore, lines, control);
  }

  /**
   * The standings after a night of ward results: the night's whole declarations, and, for each
   * council whose every listed ward has a current result, the declaration its wards add up to
   * ({@link #declarationOfWards}).
   *
   * @param night the night
   * @return the standings
   * @throws IllegalArgumentException if a result is about a council or ward the election does not
   *     hold, or two current results are about one ward
   */
  public StandingsFigures standings(WardNight night) {
    Map<String, Map<String, WardResult>> byCouncil = new LinkedHashMap<>();
    for (WardResult result : night.current()) {
      WardResult earlier =
          byCouncil
              .computeIfAbsent(result.council().id(), id -> new LinkedHashMap<>())
              .put(result.wardId(), result);
      if (earlier != null) {
        throw new IllegalArgumentException(
            result.council().label() + ": two current results for ward " + result.wardId());
      }
    }
    List<Input> inputs = new ArrayList<>();
    for (Declaration whole : night.wholes()) {
      inputs.add(Input.declare(whole));
    }
    for (Map.Entry<String, Map<String, WardResult>> entry : byCouncil.entrySet()) {
      Contest contest =
          contestOf(night.election(), entry.getValue().values().iterator().next().council());
      if (entry.getValue().size() == contest.wards().size()) {
        inputs.add(Input.declare(declarationOfWards(contest, entry.getValue().values())));
      }
    }
    return standings(night.election(), inputs);
  }

  /**
   * The winners of a ward's count, worked out from the candidates' votes and the drawn winners: all
   * the candidates when there are no more than seats; else those strictly above the last seat's
   * vote, and of those tied at it, all if they fit in the seats left, else the drawn ones.
   *
   * @param result the ward result
   * @return the winners, in the result's order of candidates
   * @throws IllegalArgumentException if a tie at the last seat leaves seats the drawn winners do
   *     not fill exactly
   */
  public static List<Candidate> winners(WardResult result) {
    List<Candidate> candidates = result.candidates();
    int seats = result.seats();
    if (candidates.size() <= seats) {
      return candidates;
    }
    List<Integer> votes = new ArrayList<>();
    for (Candidate candidate : candidates) {
      votes.add(candidate.votes());
    }
    votes.sort((a, b) -> Integer.compare(b, a));
    int nth = votes.get(seats - 1);
    List<Candidate> winners = new ArrayList<>();
    List<Candidate> atNth = new ArrayList<>();
    for (Candidate candidate : candidates) {
      if (candidate.votes() > nth) {
        winners.add(candidate);
      } else if (candidate.votes() == nth) {
        atNth.add(candidate);
      }
    }
    if (winners.size() + atNth.size() <= seats) {
      winners.addAll(atNth);
      return winners;
    }
    List<String> drawn = new ArrayList<>();
    for (String name : result.drawnWinners()) {
      drawn.add(nameKey(name));
    }
    for (Candidate candidate : atNth) {
      if (drawn.contains(nameKey(candidate.name()))
          || candidate.id().filter(id -> drawn.contains(nameKey(id))).isPresent()) {
        winners.add(candidate);
      }
    }
    if (winners.size() != seats) {
      throw new IllegalArgumentException(
          result.council().label() + ", ward " + result.wardId() + ": " + winners.size()
              + " winners for " + seats + " seats after the drawn winners "
              + result.drawnWinners());
    }
    return winners;
  }

  /**
   * The declaration a council's wards add up to once every ward it lists has a result: seats won
   * per party its wards' {@link #winners} added up, the seats left unfilled still to fill.
   *
   * @param contest the council's contest, listing its wards
   * @param results one result for each listed ward, in any order
   * @return the declaration
   * @throws IllegalArgumentException if a listed ward has no result
   */
  public static Declaration declarationOfWards(Contest contest, Collection<WardResult> results) {
    Map<String, WardResult> byWard = new LinkedHashMap<>();
    for (WardResult result : results) {
      byWard.put(result.wardId(), result);
    }
    Map<Party, Integer> won = new LinkedHashMap<>();
    int filled = 0;
    for (Ward ward : contest.wards()) {
      WardResult result = byWard.get(ward.id());
      if (result == null) {
        throw new IllegalArgumentException(
            contest.council().label() + ": no result for ward " + ward.id());
      }
      for (Candidate winner : winners(result)) {
        won.merge(winner.party(), 1, Integer::sum);
        filled++;
      }
    }
    return Declaration.provisional(contest.council(), won, contest.contested() - filled, Map.of());
  }

  private static String nameKey(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static Contest contestOf(Election election, Council council) {
    Contest contest = election.contest(council.id()).orElse(null);
    if (contest == null || !contest.council().equals(council)) {
      throw new IllegalArgumentException(
          council.label() + " is not a council of " + election.name());
    }
    return contest;
  }

  private static String idOf(@Nullable Party party) {
    return party == null ? StandingsFigures.NO_OVERALL_CONTROL : party.id();
  }

  /** The party that may control and holds more than half of {@code size} seats, if any. */
  private @Nullable Party controller(
      Council council, List<Party> parties, Composition seats, int size) {
    List<Party> controllers = new ArrayList<>();
    for (Party party : parties) {
      if (2 * seats.seats(party) > size && (anyPartyMayControl || party.cohesive())) {
        controllers.add(party);
      }
    }
    if (controllers.size() > 1) {
      throw new IllegalStateException("two parties with a majority in " + council.label());
    }
    return controllers.isEmpty() ? null : controllers.get(0);
  }

  private int baselineSeats(Contest contest, Party party) {
    if (contest.previous().isEmpty()) {
      return 0; // no previous result: nothing to compare with
    }
    return baseline == SeatBaseline.LAST_FOUGHT
        ? contest.defended().seats(party)
        : contest.previous().seats(party) - contest.continuing().seats(party);
  }

  /**
   * A party's seats among those still to fill that the baseline leaves out: as last fought, those
   * it defended; on the eve of the poll, those it held, or, when no holder is given and every
   * party had as many contested seats on the eve of the poll as when they were last fought, those
   * it defended; otherwise none.
   */
  private int leftOut(Contest contest, Declaration declaration, Party party, List<Party> parties) {
    if (baseline == SeatBaseline.LAST_FOUGHT) {
      return declaration.defendedStillToFill().seats(party);
    }
    if (declaration.heldStillToFill().filled() > 0) {
      return declaration.heldStillToFill().seats(party);
    }
    for (Party any : parties) {
      int eveOfPoll = contest.previous().seats(any) - contest.continuing().seats(any);
      if (eveOfPoll != contest.defended().seats(any)) {
        return 0;
      }
    }
    return declaration.defendedStillToFill().seats(party);
  }
}
