package org.psephos.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.SeatBaseline;

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
