package org.psephos.stv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Northern Irish rules, one hand-worked example per rule that differs from Scotland, with the
 * Scottish count of the same papers where it shows the difference. Figures in hundredths.
 */
class NorthernIrishRulesTest {
  private static final int A = 0;
  private static final int B = 1;
  private static final int C = 2;
  private static final int D = 3;
  private static final int E = 4;
  private static final int F = 5;

  private static BallotProfile.Builder six(String title, int seats) {
    return BallotProfile.builder(title, seats)
        .candidate("A", "").candidate("B", "").candidate("C", "").candidate("D", "")
        .candidate("E", "").candidate("F", "");
  }

  /**
   * 3 seats, 54 papers, quota floor(54 / 4) + 1 = 14. Stage 1: A 20, B 4, C 6, D 10, E 6, F 8.
   */
  private static BallotProfile lastParcel() {
    return six("Last parcel", 3)
        .papers(12, "A", "B").papers(5, "A", "C").papers(3, "A")
        .papers(4, "B").papers(6, "C").papers(10, "D", "C").papers(6, "E", "D", "B")
        .papers(8, "F", "B")
        .build();
  }

  @Test
  void aFirstStageSurplusGoesAtSurplusOverTransferablePapersAndRoundingIsNonTransferable() {
    Stage second = StvRules.NORTHERN_IRELAND.count(lastParcel()).stages().get(1);
    // A's surplus 6 over the 17 papers with a next preference (the 3 "A" only papers have none):
    // trunc2(6 / 17 = 0.3529) = 0.35. B +12 x 0.35 = 4.20, C +5 x 0.35 = 1.75; the rest,
    // 6 - 5.95 = 0.05, is non-transferable. No loss is kept apart.
    assertThat(second.from()).containsExactly(A);
    assertThat(second.transferValue()).isEqualTo(35);
    assertThat(second.changes()).containsExactly(-600L, 420L, 175L, 0L, 0L, 0L);
    assertThat(second.nonTransferableChange()).isEqualTo(5);
    assertThat(second.loss()).isZero();
    // Scotland: every one of A's 20 papers at trunc5(6 / 20) = 0.3: B +3.6, C +1.5.
    Stage scottish = StvRules.SCOTLAND.count(lastParcel()).stages().get(1);
    assertThat(scottish.changes()).startsWith(-6_00000L, 3_60000L, 1_50000L);
  }

  @Test
  void aLaterSurplusIsTakenFromTheLastSubParcelReceived() {
    List<Stage> stages = StvRules.NORTHERN_IRELAND.count(lastParcel()).stages();
    // Stage 3: E (6, lowest) is excluded; E's 6 papers give D 10 + 6 = 16, elected.
    assertThat(stages.get(2).excluded()).containsExactly(E);
    assertThat(stages.get(2).elected()).containsExactly(D);
    // Stage 4: D's surplus 2 is taken from E's 6 papers only (D's own 10 "D > C" papers stay):
    // trunc2(2 / 6 = 0.333) = 0.33 each to B: +1.98; 2 - 1.98 = 0.02 non-transferable.
    // (Surplus 2 is not less than the gap 8 - 7.75 = 0.25 between the lowest two, so no deferral.)
    Stage fourth = stages.get(3);
    assertThat(fourth.from()).containsExactly(D);
    assertThat(fourth.transferValue()).isEqualTo(33);
    assertThat(fourth.changes()).containsExactly(0L, 198L, 0L, -200L, 0L, 0L);
    assertThat(fourth.nonTransferableChange()).isEqualTo(2);
  }

  @Test
  void anExcludedCandidatesPapersGoFirstPreferencesFirstThenBySubParcel() {
    CountSheet sheet = StvRules.NORTHERN_IRELAND.count(lastParcel());
    List<Stage> stages = sheet.stages();
    // Stage 5: C (7.75) is excluded: first her 6 first preferences at 1.00 (no next preference),
    // then, as stage 6, the 5 papers received from A at 0.35 (= 1.75, none transferable).
    assertThat(stages.get(4).excluded()).containsExactly(C);
    assertThat(stages.get(4).transferred()).isEqualTo(600);
    assertThat(stages.get(4).totals().get(C)).isEqualTo(175);
    assertThat(stages.get(5).kind()).isEqualTo(StageKind.EXCLUSION);
    assertThat(stages.get(5).from()).containsExactly(C);
    assertThat(stages.get(5).excluded()).isEmpty();
    assertThat(stages.get(5).transferValue()).isEqualTo(35);
    assertThat(stages.get(5).totals().get(C)).isZero();
    // With one seat left, B (10.18) cannot be overtaken by F (8): elected below the quota.
    assertThat(stages.get(5).elected()).containsExactly(B);
    assertThat(sheet.elected()).containsExactly(A, D, B);
    assertThat(stages).hasSize(6);
  }

  /** 2 seats, 32 papers, quota floor(32 / 3) + 1 = 11. Stage 1: A 12, B 9, C 7, D 1, E 3. */
  private static BallotProfile deferral() {
    return BallotProfile.builder("Deferral", 2)
        .candidate("A", "").candidate("B", "").candidate("C", "").candidate("D", "")
        .candidate("E", "")
        .papers(12, "A", "B").papers(9, "B").papers(7, "C").papers(1, "D", "C").papers(3, "E", "C")
        .build();
  }

  @Test
  void aSurplusThatCannotLiftTheLowestIsDeferredAndTheLowestGoTogether() {
    List<Stage> stages = StvRules.NORTHERN_IRELAND.count(deferral()).stages();
    // A's surplus 1 is less than the gap 3 - 1 = 2 between D and E: deferred.
    // D + E + surplus = 1 + 3 + 1 = 5 < C's 7: D and E are excluded together; with C too,
    // 12 > B's 9, so not C.
    Stage second = stages.get(1);
    assertThat(second.kind()).isEqualTo(StageKind.EXCLUSION);
    assertThat(second.excluded()).containsExactly(D, E);
    assertThat(second.changes()).containsExactly(0L, 0L, 400L, -100L, -300L);
    // Scotland transfers A's surplus first, whatever its size, and excludes one at a time.
    List<Stage> scottish = StvRules.SCOTLAND.count(deferral()).stages();
    assertThat(scottish.get(1).kind()).isEqualTo(StageKind.SURPLUS);
    assertThat(scottish.get(2).excluded()).containsExactly(D);
  }

  /**
   * 1 seat, 24 papers, quota 13. Stage 1: X 5, Y 4, W 2, V 3, Z 10. W's papers go to Y (stage 2:
   * X 5, Y 6), V's one paper to X (stage 3: X 6, Y 6).
   */
  private static BallotProfile earliest() {
    return BallotProfile.builder("Earliest", 1)
        .candidate("X", "").candidate("Y", "").candidate("W", "").candidate("V", "")
        .candidate("Z", "")
        .papers(5, "X").papers(4, "Y").papers(2, "W", "Y").papers(1, "V", "X").papers(2, "V")
        .papers(10, "Z")
        .build();
  }

  @Test
  void aTieGoesToTheEarliestStageWhereTheCandidatesDiffered() {
    List<Stage> stages = StvRules.NORTHERN_IRELAND.count(earliest()).stages();
    assertThat(stages.get(1).excluded()).containsExactly(2);
    assertThat(stages.get(2).excluded()).containsExactly(3);
    assertThat(stages.get(2).totals().subList(0, 2)).containsExactly(600L, 600L);
    // Stage 1: X 5 > Y 4, so Y is the lower at the earliest stage where they differed.
    assertThat(stages.get(3).excluded()).containsExactly(1);
    // Scotland looks at the most recent: stage 2, X 5 < Y 6, so X goes.
    assertThat(StvRules.SCOTLAND.count(earliest()).stages().get(3).excluded()).containsExactly(0);
  }
}
