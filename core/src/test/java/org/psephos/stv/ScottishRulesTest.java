package org.psephos.stv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psephos.UnresolvedTieException;

/** The Scottish rules on small counts worked by hand, and droop's tie cases. */
class ScottishRulesTest {

  /** 3 seats; 116 valid papers, so the quota is floor(116 / 4) + 1 = 30. */
  static BallotProfile handWorked() {
    return BallotProfile.builder("Worked example", 3)
        .candidate("A", "").candidate("B", "").candidate("C", "").candidate("D", "")
        .candidate("E", "")
        .papers(40, "A", "B", "C")
        .papers(20, "A", "C")
        .papers(7, "A")
        .papers(9, "B", "A", "D")
        .papers(14, "C", "E")
        .papers(11, "D", "B")
        .papers(12, "E", "D")
        .papers(3, "D")
        .build();
  }

  private static List<Long> units(double... votes) {
    List<Long> list = new ArrayList<>();
    for (double v : votes) {
      list.add(Math.round(v * 100_000));
    }
    return list;
  }

  @Test
  void handWorkedExampleStageByStage() {
    CountSheet sheet = StvRules.SCOTLAND.count(handWorked());
    List<Stage> stages = sheet.stages();
    assertThat(sheet.quota()).isEqualTo(30_00000L);
    assertThat(stages).hasSize(5);

    Stage first = stages.get(0);
    assertThat(first.kind()).isEqualTo(StageKind.FIRST_PREFERENCES);
    assertThat(first.totals()).isEqualTo(units(67, 9, 14, 14, 12));
    assertThat(first.elected()).containsExactly(0);

    // A's surplus 37 at trunc5(37 / 67) = 0.55223: B +40 x 0.55223 = 22.08920, C +20 x 0.55223,
    // 7 x 0.55223 = 3.86561 non-transferable; 37 - 22.08920 - 11.04460 - 3.86561 = 0.00059 lost.
    Stage second = stages.get(1);
    assertThat(second.kind()).isEqualTo(StageKind.SURPLUS);
    assertThat(second.from()).containsExactly(0);
    assertThat(second.transferred()).isEqualTo(37_00000L);
    assertThat(second.transferValue()).isEqualTo(55223L);
    assertThat(second.totals()).isEqualTo(units(30, 31.08920, 25.04460, 14, 12));
    assertThat(second.changes()).isEqualTo(units(-37, 22.08920, 11.04460, 0, 0));
    assertThat(second.nonTransferable()).isEqualTo(3_86561L);
    assertThat(second.loss()).isEqualTo(59L);
    assertThat(second.elected()).containsExactly(1);

    // B's surplus 1.08920: B's own 9 papers at trunc5(1.0892 x 1 / 31.0892) = 0.03503 go to D
    // (A is elected); the 40 A>B>C papers at trunc5(1.0892 x 0.55223 / 31.0892) = 0.01934 to C.
    Stage third = stages.get(2);
    assertThat(third.from()).containsExactly(1);
    assertThat(third.transferValue()).isEqualTo(-1L);
    assertThat(third.totals()).isEqualTo(units(30, 30, 25.81820, 14.31527, 12));
    assertThat(third.changes()).isEqualTo(units(0, -1.08920, 0.77360, 0.31527, 0));
    assertThat(third.lossChange()).isEqualTo(33L);
    assertThat(third.loss()).isEqualTo(92L);

    Stage fourth = stages.get(3);
    assertThat(fourth.kind()).isEqualTo(StageKind.EXCLUSION);
    assertThat(fourth.excluded()).containsExactly(4);
    assertThat(fourth.totals()).isEqualTo(units(30, 30, 25.81820, 26.31527, 0));
    assertThat(fourth.elected()).isEmpty();

    // C excluded: her papers have no continuing preference; D, the only continuing candidate,
    // is elected below the quota for the last seat.
    Stage fifth = stages.get(4);
    assertThat(fifth.excluded()).containsExactly(2);
    assertThat(fifth.totals()).isEqualTo(units(30, 30, 0, 26.31527, 0));
    assertThat(fifth.nonTransferable()).isEqualTo(29_68381L);
    assertThat(fifth.loss()).isEqualTo(92L);
    assertThat(fifth.elected()).containsExactly(3);
    assertThat(sheet.elected()).containsExactly(0, 1, 3);
  }

  @Test
  void aCandidateExactlyOnTheQuotaMakesNoStage() {
    BallotProfile profile = BallotProfile.builder("Exact", 2)
        .candidate("A", "").candidate("B", "").candidate("C", "")
        .papers(4, "A", "B").papers(3, "B").papers(2, "C")
        .build();
    // 9 papers, quota 4: A is elected on exactly 4 and has no surplus; C is excluded next.
    CountSheet sheet = StvRules.SCOTLAND.count(profile);
    assertThat(sheet.stages().get(1).kind()).isEqualTo(StageKind.EXCLUSION);
    assertThat(sheet.stages().get(1).from()).containsExactly(2);
    assertThat(sheet.elected()).containsExactly(0, 1);
  }

  @Test
  void candidatesWithNoVotesAreExcludedOnePerStage() {
    BallotProfile profile = BallotProfile.builder("Zeros", 1)
        .candidate("A", "").candidate("B", "").candidate("C", "").candidate("D", "")
        .papers(3, "A").papers(2, "B")
        .build();
    CountSheet sheet = StvRules.SCOTLAND.count(profile);
    // Quota 3: A is elected at stage 1 and the count ends; no exclusion is needed.
    assertThat(sheet.stages()).hasSize(1);
    BallotProfile open = BallotProfile.builder("Zeros", 1)
        .candidate("A", "").candidate("B", "").candidate("C", "").candidate("D", "")
        .papers(2, "A").papers(2, "B", "A").papers(1, "C", "A")
        .build();
    CountSheet counted = StvRules.SCOTLAND.count(open);
    // Quota 3. D (0 votes) is excluded on a stage of its own, then C (1), whose paper elects A.
    assertThat(counted.stages()).hasSize(3);
    assertThat(counted.stages().get(1).excluded()).containsExactly(3);
    assertThat(counted.stages().get(1).changes()).containsOnly(0L);
    assertThat(counted.stages().get(2).excluded()).containsExactly(2);
    assertThat(counted.stages().get(2).elected()).containsExactly(0);
  }

  @Test
  void aTieForExclusionGoesToTheMostRecentStageWhereTheCandidatesDiffered() throws IOException {
    // droop's weak-defeat: B and C tie on 3 after A's exclusion; at stage 1 B had 2, C had 3.
    BallotProfile profile =
        BallotProfile.parseBlt(GlasgowTest.resource("droop-ties/weak-defeat.blt"));
    CountSheet sheet = StvRules.SCOTLAND.count(profile);
    assertThat(sheet.stages().get(1).excluded()).containsExactly(0);
    assertThat(sheet.stages().get(1).totals().subList(1, 3)).containsExactly(3_00000L, 3_00000L);
    assertThat(sheet.stages().get(2).excluded()).containsExactly(1);
    assertThat(sheet.lots()).isEmpty();
  }

  @Test
  void aTieAtEveryStageNeedsTheLot() throws IOException {
    // droop's weak-surplus: E and F tie on 3 at every stage; D is elected whichever goes.
    BallotProfile profile =
        BallotProfile.parseBlt(GlasgowTest.resource("droop-ties/weak-surplus.blt"));
    assertThatThrownBy(() -> StvRules.SCOTLAND.count(profile))
        .isInstanceOf(UnresolvedTieException.class)
        .hasMessageContaining("stage 3: E, F are tied at every stage for exclusion");
    for (String drawn : List.of("E", "F")) {
      CountSheet sheet = StvRules.SCOTLAND.count(profile, Lot.ofDrawn(List.of(drawn)));
      assertThat(sheet.lots())
          .containsExactly(new LotDraw(3, LotPurpose.EXCLUSION, List.of("E", "F"), drawn));
      assertThat(sheet.stages().get(2).lots()).hasSize(1);
      assertThat(sheet.electedCandidates().stream().map(StvCandidate::name))
          .containsExactly("A", "B", "C", "D");
      // B, exactly on the quota, and C, brought to it by A's surplus, make no stage of their own.
      assertThat(sheet.stages()).hasSize(3);
    }
  }

  @Test
  void equalSurplusesGoToTheMostRecentStageWhereTheCandidatesDiffered() {
    // 4 seats, 52 papers, quota 11. Stage 1: A 22, B 10, C 9, D 6, E 5.
    // A's surplus 11 at trunc5(11 / 22) = 0.5: B +8 x 0.5 = 4 and C +10 x 0.5 = 5, both 14.
    BallotProfile profile = BallotProfile.builder("Surplus tie", 4)
        .candidate("A", "").candidate("B", "").candidate("C", "").candidate("D", "")
        .candidate("E", "")
        .papers(8, "A", "B").papers(10, "A", "C").papers(4, "A")
        .papers(10, "B", "D").papers(9, "C", "E").papers(6, "D").papers(5, "E")
        .build();
    CountSheet sheet = StvRules.SCOTLAND.count(profile);
    Stage second = sheet.stages().get(1);
    assertThat(second.totals()).isEqualTo(units(11, 14, 14, 6, 5));
    assertThat(second.elected()).containsExactly(1, 2);
    // Equal surpluses of 3: B had more votes at stage 1 (10 against 9), so B's goes first.
    assertThat(sheet.stages().get(2).from()).containsExactly(1);
    assertThat(sheet.lots()).isEmpty();
  }

  @Test
  void aLotReplaysTheDrawGivenAndSeededLotsAreReproducible() throws IOException {
    BallotProfile profile =
        BallotProfile.parseBlt(GlasgowTest.resource("droop-ties/weak-surplus.blt"));
    assertThat(StvRules.SCOTLAND.count(profile, Lot.seeded(7)))
        .isEqualTo(StvRules.SCOTLAND.count(profile, Lot.seeded(7)));
    assertThatThrownBy(() -> StvRules.SCOTLAND.count(profile, Lot.ofDrawn(List.of("A"))))
        .isInstanceOf(UnresolvedTieException.class);
    assertThatThrownBy(() -> StvRules.SCOTLAND.count(profile, (stage, purpose, tied) -> "Z"))
        .isInstanceOf(StvException.class)
        .hasMessageContaining("the lot drew Z, who is not among the tied [E, F]");
  }
}
