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
    Contest contest = Contest.builder(WANDSWORTH).previous(comp(CON, 40, LAB, 20)).defended(comp(CON, 41, LAB, 19)).build();
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
        Contest.builder(THIRDSBY)
            .contested(17)
            .continuing(comp(CON, 20, LAB, 14))
            .previous(comp(CON, 27, LAB, 24))
            .defended(comp(CON, 7, LAB, 10))
            .build();
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
        Contest.builder(THIRDSBY)
            .contested(50)
            .continuing(Composition.empty().withVacancies(1))
            .previous(comp(CON, 27, LAB, 23).withVacancies(1))
            .defended(comp(CON, 28, LAB, 22))
            .build();
    assertThat(contest.isAllOut()).isFalse();
  }

  @Test
  void preElectionIsPreviousLessContinuingWithoutVacancies() {
    Contest contest =
        Contest.builder(THIRDSBY)
            .contested(17)
            .continuing(comp(CON, 20, LAB, 13).withVacancies(1))
            .previous(comp(CON, 26, LAB, 22, LD, 1).withVacancies(2))
            .defended(comp(CON, 7, LAB, 10))
            .build();
    // Con 26 - 20, Lab 22 - 13, LD 1; the one vacant contested seat is not anyone's baseline
    assertThat(contest.preElection()).isEqualTo(comp(CON, 6, LAB, 9, LD, 1));
    assertThat(contest.preElection().vacancies()).isZero();
  }

  @Test
  void previousAndDefendedAreNeverAssumedEqual() {
    Contest contest = Contest.builder(WANDSWORTH).previous(comp(CON, 40, LAB, 20)).defended(comp(CON, 41, LAB, 19)).build();
    assertThat(contest.preElection()).isEqualTo(comp(CON, 40, LAB, 20));
    assertThat(contest.defended()).isNotEqualTo(contest.preElection());
  }

  @Test
  void defendedMayDifferInTotalFromContestedAfterABoundaryChange() {
    Council newtown = Council.of("E06000901", "Newtown", CouncilType.UNITARY_AUTHORITY, "SW", 50);
    Contest contest = Contest.builder(newtown).previous(comp(CON, 24, LAB, 36)).defended(comp(CON, 25, LAB, 30)).build();
    assertThat(contest.defended().total()).isEqualTo(55);
    assertThat(contest.previous().total()).isEqualTo(60);
    assertThat(contest.contested()).isEqualTo(50);
  }

  @Test
  void aPartyMayContinueWithAllItsPreviousSeats() {
    Contest contest =
        Contest.builder(THIRDSBY)
            .contested(17)
            .continuing(comp(CON, 20, LAB, 14))
            .previous(comp(CON, 20, LAB, 31))
            .defended(comp(LAB, 17))
            .build();
    assertThat(contest.preElection()).isEqualTo(comp(LAB, 17));
  }

  @Test
  void aPartyContinuingThatHeldNothingBeforeIsRejected() {
    assertThatThrownBy(
            () ->
                Contest.builder(THIRDSBY)
            .contested(17)
            .continuing(comp(CON, 20, LD, 14))
            .previous(comp(CON, 27, LAB, 24))
            .defended(comp(CON, 7))
            .build())
        .isExactlyInstanceOf(SeatCountException.class)
        .hasMessage(
            "Thirdsby (E08000901): Liberal Democrats (PP90) continues with 14 seats but held only"
                + " 0 before the election");
  }
}
