package org.psephos.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.testkit.Input;
import org.psephos.testkit.Law;
import org.psephos.testkit.LawViolation;
import org.psephos.testkit.Night;
import org.psephos.testkit.PartyFigures;
import org.psephos.testkit.PsephosTally;
import org.psephos.testkit.StandingsFigures;
import org.psephos.testkit.StandingsFigures.ControlChange;
import org.psephos.testkit.TallyLaws;

class HalfIsControlTest {
  /** Our own results system, with a bug: it takes exactly half the seats as control. */
  static StandingsFigures ourTally(Election election, List<Input> inputs) {
    List<PartyFigures> parties = new ArrayList<>();
    Map<String, ControlChange> control = new TreeMap<>();
    int noc = 0;
    int nocBefore = 0;
    for (Declaration declaration : Night.currentDeclarations(inputs)) {
      Contest contest = election.requireContest(declaration.council());
      Composition after = contest.continuing().plus(declaration.seatsWon());
      String before = controller(contest.previous(), contest.previous().total());
      String now = controller(after, contest.council().size());
      control.put(contest.council().id(), new ControlChange(before, now));
      noc += now.equals(StandingsFigures.NO_OVERALL_CONTROL) ? 1 : 0;
      nocBefore += before.equals(StandingsFigures.NO_OVERALL_CONTROL) ? 1 : 0;
      for (Party party : election.parties()) {
        int baseline =
            contest.defended().seats(party) - declaration.defendedStillToFill().seats(party);
        parties.add(new PartyFigures(party.id(), now.equals(party.id()) ? 1 : 0,
            before.equals(party.id()) ? 1 : 0, declaration.seatsWon().seats(party), baseline,
            after.seats(party)));
      }
    }
    return StandingsFigures.of(control.size(), noc, nocBefore, parties, control);
  }

  static String controller(Composition seats, int size) {
    for (Party party : seats.parties()) {
      if (party.cohesive() && 2 * seats.seats(party) >= size) { // the bug: should be >
        return party.id();
      }
    }
    return StandingsFigures.NO_OVERALL_CONTROL;
  }

  @Test
  void psephosKeepsEveryLaw() {
    TallyLaws.of(PsephosTally.withDefaults()).checkAll();
  }

  @Test
  void ourTallyIsCaughtWithAMinimalCase() {
    LawViolation violation = assertThrows(LawViolation.class,
        () -> TallyLaws.of(HalfIsControlTest::ourTally).check(Law.AGREES_WITH_REFERENCE));
    System.out.println(violation.getMessage()); // the law, the seed, the minimal case
    assertEquals(1, violation.minimalCase().election().contests().size());
  }
}
