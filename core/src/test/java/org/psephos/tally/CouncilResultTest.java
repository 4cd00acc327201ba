package org.psephos.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.psephos.ExampleData.BRENT;
import static org.psephos.ExampleData.CON;
import static org.psephos.ExampleData.GRN;
import static org.psephos.ExampleData.LAB;
import static org.psephos.ExampleData.LD;
import static org.psephos.ExampleData.THIRDSBY;
import static org.psephos.ExampleData.WANDSWORTH;
import static org.psephos.ExampleData.allOut;
import static org.psephos.ExampleData.comp;

import org.junit.jupiter.api.Test;
import org.psephos.Contest;
import org.psephos.Control;
import org.psephos.ControlRule;
import org.psephos.Declaration;
import org.psephos.SeatBaseline;

class CouncilResultTest {
  private static final Contest BRENT_CONTEST = allOut(BRENT, comp(LAB, 56, CON, 6, LD, 1));

  private static CouncilResult result(Contest contest, Declaration declaration) {
    return new CouncilResult(
        contest, declaration, SeatBaseline.LAST_FOUGHT, ControlRule.cohesiveOnly());
  }

  @Test
  void seatChangesListWinnersInDeclarationOrderThenTheBaselinesOtherParties() {
    CouncilResult result =
        result(
            BRENT_CONTEST,
            Declaration.builder(BRENT).won(CON, 3).won(GRN, 2).won(LAB, 58).build());
    // Con 3 - 6, Green 2 - 0, Lab 58 - 56, then LD 0 - 1
    assertThat(result.seatChanges())
        .containsExactly(entry(CON, -3), entry(GRN, 2), entry(LAB, 2), entry(LD, -1));
    assertThat(result.seatChange(LD)).isEqualTo(-1);
    assertThat(result.seatsWon(LD)).isZero();
    assertThat(result.seatsWon(LAB)).isEqualTo(58);
  }

  @Test
  void aPartyWithNoSeatsWonAndNoBaselineHasNoChange() {
    CouncilResult result =
        result(BRENT_CONTEST, Declaration.builder(BRENT).won(LAB, 60).won(CON, 3).build());
    assertThat(result.seatChange(GRN)).isZero();
    assertThat(result.seatChanges()).doesNotContainKey(GRN);
  }

  @Test
  void compositionAfterCountsContinuingVacanciesAndSeatsStillToFillAsVacant() {
    Contest contest =
        Contest.builder(THIRDSBY)
            .contested(17)
            .continuing(comp(CON, 20, LAB, 13).withVacancies(1))
            .previous(comp(CON, 27, LAB, 23).withVacancies(1))
            .defended(comp(CON, 7, LAB, 10))
            .build();
    CouncilResult result =
        result(
            contest,
            Declaration.builder(THIRDSBY).won(CON, 5).won(LAB, 10).stillToFill(2).build());
    // Con 20 + 5, Lab 13 + 10, 1 + 2 vacant: 51 seats, majority 26
    assertThat(result.compositionAfter()).isEqualTo(comp(CON, 25, LAB, 23).withVacancies(3));
    assertThat(result.compositionAfter().total()).isEqualTo(THIRDSBY.size());
    assertThat(result.controlBefore().orElseThrow().party()).contains(CON);
    assertThat(result.controlAfter().isNoOverallControl()).isTrue();
    assertThat(result.outcome().describe()).isEqualTo("Conservative lose to no overall control");
  }

  @Test
  void baselineIsTheTallysBaselineLessTheSeatsDefendedStillToFill() {
    Declaration declaration =
        Declaration.builder(BRENT)
            .won(LAB, 57)
            .won(CON, 3)
            .stillToFill(3)
            .defendedStillToFill(LAB, 2)
            .defendedStillToFill(LD, 1)
            .build();
    CouncilResult result = result(BRENT_CONTEST, declaration);
    assertThat(result.baseline()).isEqualTo(comp(LAB, 54, CON, 6));
    assertThat(result.baselineKind()).isEqualTo(SeatBaseline.LAST_FOUGHT);
    assertThat(result.seatChanges()).containsExactly(entry(LAB, 3), entry(CON, -3));
  }

  @Test
  void accessorsGiveWhatTheResultWasMadeOf() {
    Declaration declaration = Declaration.builder(BRENT).won(LAB, 60).won(CON, 3).build();
    CouncilResult result = result(BRENT_CONTEST, declaration);
    assertThat(result.council()).isEqualTo(BRENT);
    assertThat(result.contest()).isEqualTo(BRENT_CONTEST);
    assertThat(result.declaration()).isEqualTo(declaration);
    assertThat(result.controlBefore().orElseThrow())
        .isEqualTo(Control.of(BRENT, comp(LAB, 56, CON, 6, LD, 1)));
    assertThat(result.controlAfter()).isEqualTo(Control.of(BRENT, comp(LAB, 60, CON, 3)));
    assertThat(result.outcome().before()).isEqualTo(result.controlBefore());
  }

  @Test
  void resultsAreEqualByContestDeclarationBaselineAndRule() {
    Declaration declaration = Declaration.builder(BRENT).won(LAB, 60).won(CON, 3).build();
    CouncilResult result = result(BRENT_CONTEST, declaration);
    assertThat(result)
        .isEqualTo(result(BRENT_CONTEST, declaration))
        .hasSameHashCodeAs(result(BRENT_CONTEST, declaration))
        .isNotEqualTo(
            result(BRENT_CONTEST, Declaration.builder(BRENT).won(LAB, 59).won(CON, 4).build()))
        .isNotEqualTo(
            new CouncilResult(
                BRENT_CONTEST, declaration, SeatBaseline.PRE_ELECTION, ControlRule.cohesiveOnly()))
        .isNotEqualTo(
            new CouncilResult(
                BRENT_CONTEST, declaration, SeatBaseline.LAST_FOUGHT, ControlRule.anyParty()))
        .isNotEqualTo(
            result(
                Contest.builder(BRENT).previous(comp(LAB, 57, CON, 5, LD, 1)).defended(comp(LAB, 56, CON, 6, LD, 1)).build(),
                declaration));
  }

  @Test
  void toStringNamesTheCouncilTheOutcomeAndTheDeclaration() {
    Declaration declaration = Declaration.builder(WANDSWORTH).won(CON, 33).won(LAB, 27).build();
    CouncilResult result = result(allOut(WANDSWORTH, comp(CON, 41, LAB, 19)), declaration);
    assertThat(result.toString())
        .isEqualTo("CouncilResult[Wandsworth (E09000032): Conservative hold; " + declaration + "]");
  }
}
