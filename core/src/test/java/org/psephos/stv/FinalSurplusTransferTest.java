package org.psephos.stv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The e-count's transfer after the last seat ({@link CountOption#FINAL_SURPLUS_TRANSFERS}): off by
 * default, a report-only stage when asked for, refused under Northern Irish rules.
 *
 * <p>The profile, worked by hand: 2 seats, 100 valid papers, quota floor(100 / 3) + 1 = 34. Stage
 * 1: A 50 (elected), B 30, C 20. Stage 2: A's surplus of 16, each of A's 50 papers at trunc5(16 x
 * 1 / 50) = 0.32000, all to C (next preference), so C has 36 and is elected: every seat is filled
 * with C's surplus of 2 untransferred. Stage 3 (e-count only): C's 20 papers "C B" at trunc5(2 x 1
 * / 36) = 0.05555 give B 1.11100; the 50 papers "A C" at trunc5(2 x 0.32 / 36) = 0.01777 have no
 * continuing preference, 0.88850 non-transferable; 0.00050 is lost to truncation.
 */
class FinalSurplusTransferTest {
  private static BallotProfile profile() {
    return BallotProfile.builder("Final surplus", 2)
        .candidate("A", "").candidate("B", "").candidate("C", "")
        .papers(50, "A", "C")
        .papers(30, "B")
        .papers(20, "C", "B")
        .build();
  }

  @Test
  void theStatutoryCountStopsWhenTheLastSeatIsFilled() {
    CountSheet sheet = StvRules.SCOTLAND.count(profile());
    assertThat(sheet.stages()).extracting(Stage::kind)
        .containsExactly(StageKind.FIRST_PREFERENCES, StageKind.SURPLUS);
    assertThat(sheet.stages().get(1).totals()).containsExactly(34_00000L, 30_00000L, 36_00000L);
    assertThat(sheet.elected()).containsExactly(0, 2);
    assertThat(StvRules.SCOTLAND.count(profile(), Lot.none())).isEqualTo(sheet);
  }

  @Test
  void theECountTransfersTheSurplusLeftAndElectsNoOne() {
    CountSheet sheet =
        StvRules.SCOTLAND.count(profile(), Lot.none(), CountOption.FINAL_SURPLUS_TRANSFERS);
    List<Stage> stages = sheet.stages();
    assertThat(stages).extracting(Stage::kind).containsExactly(
        StageKind.FIRST_PREFERENCES, StageKind.SURPLUS, StageKind.FINAL_SURPLUS);
    Stage last = stages.get(2);
    assertThat(last.from()).containsExactly(2);
    assertThat(last.transferred()).isEqualTo(2_00000L);
    assertThat(last.transferValue()).isEqualTo(-1); // two values: 0.05555 and 0.01777
    assertThat(last.changes()).containsExactly(0L, 1_11100L, -2_00000L);
    assertThat(last.totals()).containsExactly(34_00000L, 31_11100L, 34_00000L);
    assertThat(last.nonTransferableChange()).isEqualTo(88850L);
    assertThat(last.lossChange()).isEqualTo(50L);
    assertThat(last.elected()).isEmpty();
    assertThat(sheet.elected()).containsExactly(0, 2);
    assertThat(sheet.toText()).contains(
        "Stage 3: surplus of C (2.00000), after every seat was filled (e-count report; elects no"
            + " one)");
  }

  @Test
  void northernIrishRulesHaveNoFinalTransfer() {
    assertThatThrownBy(() -> StvRules.NORTHERN_IRELAND.count(
            profile(), Lot.none(), CountOption.FINAL_SURPLUS_TRANSFERS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Northern Irish rules have no transfer after the last seat is filled;"
            + " FINAL_SURPLUS_TRANSFERS applies to Scottish rules only");
    assertThat(StvRules.NORTHERN_IRELAND.count(profile(), Lot.none()).elected())
        .containsExactly(0, 2);
  }
}
