package org.psephos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.psephos.ExampleData.CON;
import static org.psephos.ExampleData.LAB;
import static org.psephos.ExampleData.LD;
import static org.psephos.ExampleData.THIRDSBY;
import static org.psephos.ExampleData.WANDSWORTH;
import static org.psephos.ExampleData.comp;

import org.junit.jupiter.api.Test;

class ContestTest {

  @Test
  void allOutContestsEverySeatAndNoneContinues() {
    Contest contest = Contest.allOut(WANDSWORTH, comp(CON, 40, LAB, 20), comp(CON, 41, LAB, 19));
    assertThat(contest.isAllOut()).isTrue();
    assertThat(contest.contested()).isEqualTo(60);
    assertThat(contest.continuing()).isEqualTo(Composition.empty());
    assertThat(contest.previous()).isEqualTo(comp(CON, 40, LAB, 20));
    assertThat(contest.defended()).isEqualTo(comp(CON, 41, LAB, 19));
    assertThat(contest.council()).isEqualTo(WANDSWORTH);
  }

  @Test
  void partialContestKeepsTheContinuingSeats() {
    Contest contest =
        Contest.partial(
            THIRDSBY, 17, comp(CON, 20, LAB, 14), comp(CON, 27, LAB, 24), comp(CON, 7, LAB, 10));
    assertThat(contest.isAllOut()).isFalse();
    assertThat(contest.contested()).isEqualTo(17);
    assertThat(contest.continuing()).isEqualTo(comp(CON, 20, LAB, 14));
    assertThat(contest)
        .isEqualTo(
            new Contest(
                THIRDSBY,
                17,
                comp(CON, 20, LAB, 14),
                comp(CON, 7, LAB, 10),
                comp(CON, 27, LAB, 24)));
  }

  @Test
  void continuingVacanciesMakeAContestPartial() {
    Contest contest =
        Contest.partial(
            THIRDSBY,
            50,
            Composition.empty().withVacancies(1),
            comp(CON, 27, LAB, 23).withVacancies(1),
            comp(CON, 28, LAB, 22));
    assertThat(contest.isAllOut()).isFalse();
  }

  @Test
  void preElectionIsPreviousLessContinuingWithoutVacancies() {
    Contest contest =
        Contest.partial(
            THIRDSBY,
            17,
            comp(CON, 20, LAB, 13).withVacancies(1),
            comp(CON, 26, LAB, 22, LD, 1).withVacancies(2),
            comp(CON, 7, LAB, 10));
    // Con 26 - 20, Lab 22 - 13, LD 1; the one vacant contested seat is not anyone's baseline
    assertThat(contest.preElection()).isEqualTo(comp(CON, 6, LAB, 9, LD, 1));
    assertThat(contest.preElection().vacancies()).isZero();
  }

  @Test
  void previousAndDefendedAreNeverAssumedEqual() {
    Contest contest = Contest.allOut(WANDSWORTH, comp(CON, 40, LAB, 20), comp(CON, 41, LAB, 19));
    assertThat(contest.preElection()).isEqualTo(comp(CON, 40, LAB, 20));
    assertThat(contest.defended()).isNotEqualTo(contest.preElection());
  }

  @Test
  void defendedMayDifferInTotalFromContestedAfterABoundaryChange() {
    Council newtown = Council.of("E06000901", "Newtown", CouncilType.UNITARY_AUTHORITY, "SW", 50);
    Contest contest = Contest.allOut(newtown, comp(CON, 24, LAB, 36), comp(CON, 25, LAB, 30));
    assertThat(contest.defended().total()).isEqualTo(55);
    assertThat(contest.previous().total()).isEqualTo(60);
    assertThat(contest.contested()).isEqualTo(50);
  }

  @Test
  void aPartyMayContinueWithAllItsPreviousSeats() {
    Contest contest =
        Contest.partial(
            THIRDSBY, 17, comp(CON, 20, LAB, 14), comp(CON, 20, LAB, 31), comp(LAB, 17));
    assertThat(contest.preElection()).isEqualTo(comp(LAB, 17));
  }

  @Test
  void aPartyContinuingThatHeldNothingBeforeIsRejected() {
    assertThatThrownBy(
            () ->
                Contest.partial(
                    THIRDSBY, 17, comp(CON, 20, LD, 14), comp(CON, 27, LAB, 24), comp(CON, 7)))
        .isExactlyInstanceOf(SeatCountException.class)
        .hasMessage(
            "Thirdsby (E08000901): Liberal Democrats (PP90) continues with 14 seats but held only"
                + " 0 before the election");
  }
}
