package org.psephos.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.psephos.ExampleData.CON;
import static org.psephos.ExampleData.LAB;
import static org.psephos.ExampleData.LD;
import static org.psephos.ExampleData.POSTPONSHIRE;
import static org.psephos.ExampleData.comp;
import static org.psephos.ExampleData.election;
import static org.psephos.ExampleData.seats;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.ControlRule;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.SeatBaseline;
import org.psephos.SeatCountException;
import org.psephos.UnknownIdException;

/**
 * A provisional declaration's seats still to fill are left out of each baseline by that
 * baseline's holders: those who defended them as last fought, those who held them on the eve of
 * the poll.
 */
class StillToFillBaselineTest {
  /** Postponshire (45, all out): Labour won 2 seats when last fought; both defected to the Tories. */
  private static final Contest DEFECTIONS =
      Contest.builder(POSTPONSHIRE).previous(comp(CON, 45)).defended(comp(CON, 43, LAB, 2)).build();
  private static final Election ELECTION = election(DEFECTIONS);
  /** The poll in Labour's two old seats is postponed. */
  private static final Declaration POSTPONED =
      Declaration.builder(POSTPONSHIRE)
          .won(CON, 40)
          .won(LD, 3)
          .stillToFill(2)
          .defendedStillToFill(LAB, 2)
          .build();

  private static Tally tally(SeatBaseline baseline) {
    return Tally.of(ELECTION, baseline, ControlRule.cohesiveOnly());
  }

  @Test
  void aDeclarationValidUnderOneBaselineIsValidUnderTheOther() {
    // as last fought, Labour's two seats are left out: Con 43 - 43, LD 3 - 0
    Tally lastFought = tally(SeatBaseline.LAST_FOUGHT).apply(POSTPONED);
    assertThat(lastFought.result(POSTPONSHIRE).orElseThrow().baseline()).isEqualTo(comp(CON, 43));
    assertThat(lastFought.standings().party(LAB).orElseThrow().baselineSeats()).isZero();
    assertThat(lastFought.standings().party(CON).orElseThrow().baselineSeats()).isEqualTo(43);

    // on the eve of the poll the Tories held all 45; who held the two still to fill is not given
    // and the baselines differ, so the pre-election baseline keeps them
    Tally preElection = tally(SeatBaseline.PRE_ELECTION).apply(POSTPONED);
    assertThat(preElection.result(POSTPONSHIRE).orElseThrow().baseline())
        .isEqualTo(comp(CON, 45));
    assertThat(preElection.standings().party(CON).orElseThrow().baselineSeats()).isEqualTo(45);
    assertThat(preElection.result(POSTPONSHIRE).orElseThrow().seatChange(CON)).isEqualTo(-5);
  }

  @Test
  void theSeatsHeldOnTheEveOfThePollLeaveThePreElectionBaseline() {
    Declaration held = POSTPONED.withHeldStillToFill(seats(CON, 2));
    assertThat(held.heldStillToFill()).isEqualTo(comp(CON, 2));
    Tally preElection = tally(SeatBaseline.PRE_ELECTION).apply(held);
    assertThat(preElection.result(POSTPONSHIRE).orElseThrow().baseline()).isEqualTo(comp(CON, 43));
    assertThat(preElection.standings().party(CON).orElseThrow().baselineSeats()).isEqualTo(43);
    // the last-fought baseline ignores them
    Tally lastFought = tally(SeatBaseline.LAST_FOUGHT).apply(held);
    assertThat(lastFought.standings().party(CON).orElseThrow().baselineSeats()).isEqualTo(43);
    assertThat(lastFought.standings().party(LAB).orElseThrow().baselineSeats()).isZero();
  }

  @Test
  void whenTheBaselinesAreEqualTheDefendersStandForTheHolders() {
    Contest noChange = Contest.builder(POSTPONSHIRE).previous(comp(CON, 43, LAB, 2)).defended(comp(CON, 43, LAB, 2)).build();
    Tally preElection =
        Tally.of(election(noChange), SeatBaseline.PRE_ELECTION, ControlRule.cohesiveOnly())
            .apply(POSTPONED);
    assertThat(preElection.result(POSTPONSHIRE).orElseThrow().baseline())
        .isEqualTo(comp(CON, 43));
    assertThat(preElection.standings().party(LAB).orElseThrow().baselineSeats()).isZero();
    assertThat(SeatBaseline.PRE_ELECTION.stillToFill(noChange, POSTPONED))
        .isEqualTo(comp(LAB, 2));
    assertThat(SeatBaseline.PRE_ELECTION.stillToFill(DEFECTIONS, POSTPONED)).isEqualTo(
        Composition.empty());
    assertThat(SeatBaseline.LAST_FOUGHT.stillToFill(DEFECTIONS, POSTPONED)).isEqualTo(comp(LAB, 2));
  }

  @Test
  void eachIsCheckedAgainstItsOwnBaselineWhateverTheTallys() {
    Declaration heldByLabour = POSTPONED.withHeldStillToFill(seats(LAB, 1));
    for (SeatBaseline baseline : SeatBaseline.values()) {
      assertThatThrownBy(() -> tally(baseline).check(heldByLabour))
          .isExactlyInstanceOf(SeatCountException.class)
          .hasMessage(
              "Postponshire (E07000901): seats still to fill held by Labour (PP53) (1) exceed its"
                  + " baseline seats (0, pre-election)");
      Declaration defendedByLabourThree =
          Declaration.provisional(
              POSTPONSHIRE, seats(CON, 40), 5, seats(LAB, 3), Map.of());
      assertThatThrownBy(() -> tally(baseline).check(defendedByLabourThree))
          .isExactlyInstanceOf(SeatCountException.class)
          .hasMessage(
              "Postponshire (E07000901): seats still to fill defended by Labour (PP53) (3) exceed"
                  + " its baseline seats (2, last-fought)");
    }
  }

  @Test
  void aPartyHoldingSeatsStillToFillMustBeTheElections() {
    Declaration stranger =
        POSTPONED.withHeldStillToFill(seats(org.psephos.ExampleData.UKIP, 1));
    assertThatThrownBy(() -> tally(SeatBaseline.LAST_FOUGHT).check(stranger))
        .isExactlyInstanceOf(UnknownIdException.class)
        .hasMessageContaining("seats held among those still to fill")
        .hasMessageContaining("PP85");
  }
}
