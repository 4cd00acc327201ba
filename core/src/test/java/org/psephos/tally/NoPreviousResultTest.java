package org.psephos.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.psephos.ExampleData.CON;
import static org.psephos.ExampleData.GRN;
import static org.psephos.ExampleData.IND;
import static org.psephos.ExampleData.LAB;
import static org.psephos.ExampleData.LD;
import static org.psephos.ExampleData.WANDSWORTH;
import static org.psephos.ExampleData.allOut;
import static org.psephos.ExampleData.comp;
import static org.psephos.ExampleData.election;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.ControlOutcome;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.SeatBaseline;
import org.psephos.SeatCountException;
import org.psephos.text.Scoreboard;

/**
 * Councils with no previous result: East Suffolk (E07000244) and Somerset West and Taunton
 * (E07000246), new councils first elected on 2 May 2019, so nothing they won can be a hold or a
 * gain. Seats won as the Local Elections Archive Project's 2019 file marks them elected (East
 * Suffolk 55 seats: Conservative 39, Labour 7, Green 4, Liberal Democrats 3, Independents 2;
 * Somerset West and Taunton 59 seats: Liberal Democrats 30, Independents 14, Conservative 10,
 * Labour 3, Green 2); LEAP, Andrew Teale, CC BY-SA 3.0. Beside them Wandsworth as declared in 2018
 * (Conservative 33, Labour 27; 41 and 19 before), a council with a previous result, whose changes
 * are the only ones counted.
 */
class NoPreviousResultTest {
  private static final Council EAST_SUFFOLK =
      Council.of("E07000244", "East Suffolk", CouncilType.SHIRE_DISTRICT, 55);
  private static final Council SOMERSET_WEST_AND_TAUNTON =
      Council.of("E07000246", "Somerset West and Taunton", CouncilType.SHIRE_DISTRICT, 59);
  private static final Election ELECTION =
      election(
          allOut(WANDSWORTH, comp(CON, 41, LAB, 19)),
          Contest.builder(EAST_SUFFOLK).noPreviousResult().build(),
          Contest.withoutPreviousResult(SOMERSET_WEST_AND_TAUNTON, 59, Composition.empty(), List.of()));
  private static final Declaration WANDSWORTH_2018 =
      Declaration.builder(WANDSWORTH).won(CON, 33).won(LAB, 27).build();
  private static final Declaration EAST_SUFFOLK_2019 =
      Declaration.builder(EAST_SUFFOLK)
          .won(CON, 39)
          .won(LAB, 7)
          .won(GRN, 4)
          .won(LD, 3)
          .won(IND, 2)
          .build();
  private static final Declaration SOMERSET_WEST_AND_TAUNTON_2019 =
      Declaration.builder(SOMERSET_WEST_AND_TAUNTON)
          .won(LD, 30)
          .won(IND, 14)
          .won(CON, 10)
          .won(LAB, 3)
          .won(GRN, 2)
          .build();

  @Test
  void aContestWithoutAPreviousResultHasNeitherPreviousNorDefendedSeats() {
    Contest eastSuffolk = ELECTION.contests().get(1);
    assertThat(eastSuffolk.hasPreviousResult()).isFalse();
    assertThat(eastSuffolk.previous().isEmpty()).isTrue();
    assertThat(eastSuffolk.defended().isEmpty()).isTrue();
    assertThat(eastSuffolk.contested()).isEqualTo(55);
    assertThat(ELECTION.contests().get(0).hasPreviousResult()).isTrue();
  }

  @Test
  void defendedSeatsWithoutAPreviousCompositionAreRejected() {
    assertThatThrownBy(
            () ->
                new Contest(
                    EAST_SUFFOLK, 55, Composition.empty(), comp(CON, 55), Composition.empty()))
        .isInstanceOf(SeatCountException.class)
        .hasMessage(
            "East Suffolk (E07000244): the previous composition is empty but 55 defended seats are"
                + " given (a contest with no previous result has neither)");
    assertThatThrownBy(
            () -> Contest.builder(EAST_SUFFOLK).noPreviousResult().previous(comp(CON, 55)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("East Suffolk (E07000244): a contest with no previous result");
  }

  @Test
  void theOutcomeIsAWinNeverAHoldOrGain() {
    Tally tally = Tally.of(ELECTION).applyAll(List.of(EAST_SUFFOLK_2019, SOMERSET_WEST_AND_TAUNTON_2019));
    CouncilResult eastSuffolk = tally.result(EAST_SUFFOLK).orElseThrow();
    // 39 of 55: the majority is 28
    assertThat(eastSuffolk.outcome().kind()).isEqualTo(ControlOutcome.Kind.WIN);
    assertThat(eastSuffolk.outcome().describe()).isEqualTo("Conservative win");
    assertThat(eastSuffolk.controlBefore()).isEmpty();
    assertThat(eastSuffolk.outcome().isChange()).isFalse();
    assertThat(eastSuffolk.outcome().gainedBy()).isEmpty();
    assertThat(eastSuffolk.hasChanges()).isFalse();
    assertThat(eastSuffolk.seatChanges()).isEmpty();
    assertThat(eastSuffolk.seatChange(CON)).isZero();
    // 30 of 59: the majority is 30
    assertThat(tally.outcome(SOMERSET_WEST_AND_TAUNTON).orElseThrow().describe())
        .isEqualTo("Liberal Democrat win");
  }

  @Test
  void withoutAMajorityTheOutcomeIsNoOverallControl() {
    // Somerset West and Taunton had the Liberal Democrats lost one seat to an Independent
    Declaration oneShort =
        Declaration.builder(SOMERSET_WEST_AND_TAUNTON)
            .won(LD, 29)
            .won(IND, 15)
            .won(CON, 10)
            .won(LAB, 3)
            .won(GRN, 2)
            .build();
    ControlOutcome outcome = Tally.of(ELECTION).apply(oneShort).outcome(SOMERSET_WEST_AND_TAUNTON)
        .orElseThrow();
    assertThat(outcome.kind()).isEqualTo(ControlOutcome.Kind.NO_OVERALL_CONTROL);
    assertThat(outcome.describe()).isEqualTo("No overall control");
    assertThat(outcome.before()).isEmpty();
    assertThat(outcome.lostBy()).isEmpty();
  }

  @Test
  void standingsCountTheirSeatsAndCouncilsButNoChangeFromThem() {
    for (SeatBaseline baseline : SeatBaseline.values()) {
      Tally tally =
          Tally.of(ELECTION, baseline, org.psephos.ControlRule.cohesiveOnly())
              .applyAll(
                  List.of(WANDSWORTH_2018, EAST_SUFFOLK_2019, SOMERSET_WEST_AND_TAUNTON_2019));
      Standings standings = tally.standings();
      assertThat(standings.councilsDeclared()).isEqualTo(3);
      assertThat(standings.councilsWithoutPrevious()).isEqualTo(2);
      assertThat(standings.noOverallControlWithoutPrevious()).isZero();
      // Conservative: Wandsworth and East Suffolk now, Wandsworth before; 33 + 39 + 10 seats
      PartyStanding con = standings.party(CON).orElseThrow();
      assertThat(con.councils()).isEqualTo(2);
      assertThat(con.councilsBefore()).isEqualTo(1);
      assertThat(con.councilsChange()).isZero();
      assertThat(con.seatsWon()).isEqualTo(82);
      assertThat(con.seatsWonWithoutPrevious()).isEqualTo(49);
      assertThat(con.seatsChange()).isEqualTo(33 - 41);
      PartyStanding lab = standings.party(LAB).orElseThrow();
      assertThat(lab.seatsWon()).isEqualTo(27 + 7 + 3);
      assertThat(lab.seatsChange()).isEqualTo(27 - 19);
      PartyStanding ld = standings.party(LD).orElseThrow();
      assertThat(ld.councils()).isEqualTo(1);
      assertThat(ld.councilsChange()).isZero();
      assertThat(ld.seatsChange()).isZero();
      assertThat(standings.seatsChange()).isZero();
      assertThat(
              Scoreboard.standard()
                  .withPartyNames(party -> party.equals(GRN) ? "Green" : party.name())
                  .format(standings))
          .isEqualTo(
              """
              State of parties after 3 of 3 councils declare
              Conservative: 2 councils; 82 seats (-8)
              Labour: 37 seats (+8)
              Liberal Democrats: 1 council; 33 seats
              Green: 6 seats
              Independent: 16 seats
              Changes exclude 2 councils with no previous result
              """);
    }
  }

  @Test
  void standingsOfTheCouncilsWithAndWithoutAPreviousResultMerge() {
    Tally tally =
        Tally.of(ELECTION)
            .applyAll(List.of(WANDSWORTH_2018, EAST_SUFFOLK_2019, SOMERSET_WEST_AND_TAUNTON_2019));
    Standings with = tally.standings(CouncilFilter.region("London"));
    Standings without = tally.standings(CouncilFilter.withoutRegion());
    assertThat(with.councilsWithoutPrevious()).isZero();
    assertThat(without.councilsWithoutPrevious()).isEqualTo(2);
    assertThat(with.merge(without)).isEqualTo(tally.standings());
    assertThat(tally.withdraw(EAST_SUFFOLK).standings().councilsWithoutPrevious()).isEqualTo(1);
  }
}
