package org.psephos.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.SeatBaseline;
import org.psephos.testkit.StandingsFigures.ControlChange;

/** The reference tally on worked examples whose figures are computed here by hand. */
class ReferenceTallyTest {
  private static final Party CON = Party.of("PP52", "Conservatives", "Con");
  private static final Party LAB = Party.of("PP53", "Labour", "Lab");
  private static final Party IND = Party.independent("ynmp-party:2", "Independent", "Ind");
  private static final String NOC = StandingsFigures.NO_OVERALL_CONTROL;

  // 10 seats by thirds: 4 up (defended Con 3, Lab 1; on the eve of the poll Con 2, Lab 1, 1
  // vacancy), 6 continuing (Con 3, Lab 3). Before: Con 5, Lab 4, 1 vacant: NOC.
  private static final Council THIRDS =
      Council.of("E07000001", "Thirds", CouncilType.SHIRE_DISTRICT, "South East", 10);
  // 6 seats all out, previously Ind 4, Con 2.
  private static final Council ALL_OUT =
      Council.of("E06000001", "All Out", CouncilType.UNITARY_AUTHORITY, "North West", 6);

  private static final Election ELECTION =
      Election.builder("local.2018-05-03", LocalDate.of(2018, 5, 3), "Local elections 2018")
          .parties(CON, LAB, IND)
          .contest(
              Contest.builder(THIRDS)
                  .contested(4)
                  .continuing(Composition.of(Map.of(CON, 3, LAB, 3)))
                  .previous(Composition.of(Map.of(CON, 5, LAB, 4), 1))
                  .defended(Composition.of(Map.of(CON, 3, LAB, 1)))
                  .build())
          .contest(
              Contest.builder(ALL_OUT)
                  .previous(Composition.of(Map.of(IND, 4, CON, 2)))
                  .defended(Composition.of(Map.of(IND, 4, CON, 2)))
                  .build())
          .build();

  private static Input declare(Council council, Map<Party, Integer> won) {
    return Input.declare(Declaration.of(council, won));
  }

  @Test
  void aPartyNeedsMoreThanHalfTheSeatsVacanciesIncluded() {
    // Thirds: Con wins 3 of 4: 6 of 10 held, control; Lab 1: 4 held.
    StandingsFigures standings =
        ReferenceTally.withDefaults()
            .standings(ELECTION, List.of(declare(THIRDS, Map.of(CON, 3, LAB, 1))));
    assertThat(standings)
        .isEqualTo(
            StandingsFigures.of(
                1,
                0,
                1,
                List.of(
                    new PartyFigures("PP52", 1, 0, 3, 3, 6),
                    new PartyFigures("PP53", 0, 0, 1, 1, 4)),
                Map.of("E07000001", new ControlChange(NOC, "PP52"))));
    // exactly half is not control: Con 2 of 4 won, 5 of 10 held
    assertThat(
            ReferenceTally.withDefaults()
                .standings(ELECTION, List.of(declare(THIRDS, Map.of(CON, 2, LAB, 2))))
                .control())
        .containsEntry("E07000001", new ControlChange(NOC, NOC));
  }

  @Test
  void onTheEveOfThePollTheBaselineIsThePreviousLessTheContinuingSeats() {
    StandingsFigures standings =
        ReferenceTally.of(SeatBaseline.PRE_ELECTION, false)
            .standings(ELECTION, List.of(declare(THIRDS, Map.of(CON, 3, LAB, 1))));
    assertThat(standings.parties().get("PP52")).isEqualTo(new PartyFigures("PP52", 1, 0, 3, 2, 6));
    assertThat(standings.parties().get("PP53")).isEqualTo(new PartyFigures("PP53", 0, 0, 1, 1, 4));
  }

  @Test
  void independentsControlOnlyWhenAnyPartyMay() {
    List<Input> night = List.of(declare(ALL_OUT, Map.of(IND, 4, CON, 2)));
    StandingsFigures cohesiveOnly = ReferenceTally.withDefaults().standings(ELECTION, night);
    assertThat(cohesiveOnly.control()).containsEntry("E06000001", new ControlChange(NOC, NOC));
    assertThat(cohesiveOnly.noOverallControl()).isEqualTo(1);
    assertThat(cohesiveOnly.noOverallControlBefore()).isEqualTo(1);
    StandingsFigures anyParty =
        ReferenceTally.of(SeatBaseline.LAST_FOUGHT, true).standings(ELECTION, night);
    assertThat(anyParty.control())
        .containsEntry("E06000001", new ControlChange("ynmp-party:2", "ynmp-party:2"));
    assertThat(anyParty.parties().get("ynmp-party:2"))
        .isEqualTo(new PartyFigures("ynmp-party:2", 1, 1, 4, 4, 4));
    assertThat(ReferenceTally.of(SeatBaseline.PRE_ELECTION, true).anyPartyMayControl()).isTrue();
    assertThat(ReferenceTally.withDefaults().baseline()).isEqualTo(SeatBaseline.LAST_FOUGHT);
    assertThat(ReferenceTally.withDefaults().anyPartyMayControl()).isFalse();
  }

  @Test
  void seatsStillToFillLeaveTheirDefendersOrHoldersOutOfTheBaseline() {
    // Con wins 2, one seat still to fill which Con defended (last fought), Lab held (eve of poll)
    Input provisional =
        Input.declare(
            Declaration.provisional(
                THIRDS, Map.of(CON, 2, LAB, 1), 1, Map.of(CON, 1), Map.of(LAB, 1)));
    StandingsFigures lastFought =
        ReferenceTally.withDefaults().standings(ELECTION, List.of(provisional));
    assertThat(lastFought.parties().get("PP52")).isEqualTo(new PartyFigures("PP52", 0, 0, 2, 2, 5));
    assertThat(lastFought.parties().get("PP53")).isEqualTo(new PartyFigures("PP53", 0, 0, 1, 1, 4));
    StandingsFigures eveOfPoll =
        ReferenceTally.of(SeatBaseline.PRE_ELECTION, false)
            .standings(ELECTION, List.of(provisional));
    assertThat(eveOfPoll.parties().get("PP52")).isEqualTo(new PartyFigures("PP52", 0, 0, 2, 2, 5));
    assertThat(eveOfPoll.parties().get("PP53")).isEqualTo(new PartyFigures("PP53", 0, 0, 1, 0, 4));
  }

  @Test
  void withoutAHolderTheEveOfPollBaselineLeavesOutTheDefendersOnlyWhenBothBaselinesAgree() {
    Input defendedOnly =
        Input.declare(
            Declaration.provisional(ALL_OUT, Map.of(IND, 3, CON, 2), 1, Map.of(IND, 1), Map.of()));
    // All Out's baselines agree (Ind 4, Con 2): Ind's defended seat still to fill is left out
    assertThat(
            ReferenceTally.of(SeatBaseline.PRE_ELECTION, false)
                .standings(ELECTION, List.of(defendedOnly))
                .parties()
                .get("ynmp-party:2"))
        .isEqualTo(new PartyFigures("ynmp-party:2", 0, 0, 3, 3, 3));
    Input thirdsDefendedOnly =
        Input.declare(
            Declaration.provisional(THIRDS, Map.of(CON, 2, LAB, 1), 1, Map.of(CON, 1), Map.of()));
    // Thirds' baselines differ (Con 3 last fought, 2 on the eve): nothing is left out
    assertThat(
            ReferenceTally.of(SeatBaseline.PRE_ELECTION, false)
                .standings(ELECTION, List.of(thirdsDefendedOnly))
                .parties()
                .get("PP52"))
        .isEqualTo(new PartyFigures("PP52", 0, 0, 2, 2, 5));
  }

  @Test
  void onlyTheCurrentDeclarationsCount() {
    List<Input> night =
        List.of(
            declare(THIRDS, Map.of(LAB, 4)),
            declare(ALL_OUT, Map.of(CON, 6)),
            Input.withdraw(ALL_OUT),
            declare(THIRDS, Map.of(CON, 3, LAB, 1)));
    assertThat(ReferenceTally.withDefaults().standings(ELECTION, night))
        .isEqualTo(
            ReferenceTally.withDefaults()
                .standings(ELECTION, List.of(declare(THIRDS, Map.of(CON, 3, LAB, 1)))));
    assertThat(ReferenceTally.withDefaults().standings(ELECTION, List.of()))
        .isEqualTo(StandingsFigures.empty());
  }

  @Test
  void aCouncilOutsideTheElectionIsRefusedByName() {
    Council elsewhere = Council.of("W06000001", "Elsewhere", CouncilType.WELSH_PRINCIPAL_AREA,
        "Wales", 6);
    assertThatThrownBy(
            () ->
                ReferenceTally.withDefaults()
                    .standings(ELECTION, List.of(declare(elsewhere, Map.of(CON, 6)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(elsewhere.label() + " is not a council of Local elections 2018");
    Council resized = Council.of("E06000001", "All Out", CouncilType.UNITARY_AUTHORITY,
        "North West", 7);
    assertThatThrownBy(
            () ->
                ReferenceTally.withDefaults()
                    .standings(ELECTION, List.of(declare(resized, Map.of(CON, 7)))))
        .hasMessageContaining("is not a council of");
  }
}
