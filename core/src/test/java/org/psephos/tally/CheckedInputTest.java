package org.psephos.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.psephos.ExampleData.BRENT;
import static org.psephos.ExampleData.CON;
import static org.psephos.ExampleData.LAB;
import static org.psephos.ExampleData.UKIP;
import static org.psephos.ExampleData.WANDSWORTH;
import static org.psephos.ExampleData.allOut;
import static org.psephos.ExampleData.comp;
import static org.psephos.ExampleData.election;
import static org.psephos.ExampleData.seats;
import static org.psephos.tally.WardTallyTest.ELECTION;
import static org.psephos.tally.WardTallyTest.R1;
import static org.psephos.tally.WardTallyTest.R2;
import static org.psephos.tally.WardTallyTest.R3;
import static org.psephos.tally.WardTallyTest.R4;
import static org.psephos.tally.WardTallyTest.R5;
import static org.psephos.tally.WardTallyTest.TOOTING_VALE;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.psephos.ConflictingResultException;
import org.psephos.ControlRule;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.SeatBaseline;
import org.psephos.SeatCountException;
import org.psephos.UnknownIdException;
import org.psephos.tally.ElectionGenerators.Scenario;

/** One path from input to tally: check once, then apply the checked value. */
class CheckedInputTest {
  private static final Election TWO_COUNCILS =
      election(allOut(BRENT, comp(LAB, 49, CON, 14)), allOut(WANDSWORTH, comp(CON, 41, LAB, 19)));
  private static final Declaration BRENT_LAB = Declaration.of(BRENT, seats(LAB, 60, CON, 3));
  private static final Declaration WANDSWORTH_CON =
      Declaration.of(WANDSWORTH, seats(CON, 33, LAB, 27));

  @Test
  void aCheckedDeclarationAppliesAsTheDeclarationDoes() {
    Tally empty = Tally.of(TWO_COUNCILS);
    CheckedDeclaration checked = empty.check(BRENT_LAB);
    assertThat(checked.declaration()).isSameAs(BRENT_LAB);
    assertThat(checked.council()).isEqualTo(BRENT);
    Tally viaChecked = empty.apply(checked);
    assertThat(viaChecked).isEqualTo(empty.apply(BRENT_LAB));
    assertThat(viaChecked.standings()).isEqualTo(empty.apply(BRENT_LAB).standings());
    assertThat(viaChecked.declaration(BRENT)).contains(BRENT_LAB);
    assertThat(viaChecked.outcome(BRENT).orElseThrow().describe()).isEqualTo("Labour hold");
  }

  @Test
  void aCheckedDeclarationAppliesToEveryLaterTallyOfTheSameFamily() {
    Tally empty = Tally.of(TWO_COUNCILS);
    CheckedDeclaration brent = empty.check(BRENT_LAB);
    Tally later = empty.apply(WANDSWORTH_CON).withdraw(WANDSWORTH).apply(WANDSWORTH_CON);
    assertThat(later.apply(brent).councilsDeclared()).isEqualTo(2);
    assertThat(later.apply(brent)).isEqualTo(later.apply(BRENT_LAB));
  }

  @Test
  void aTallyOfTheSameElectionInstanceBaselineAndRuleAcceptsAValueAnotherChecked() {
    CheckedDeclaration checked = Tally.of(TWO_COUNCILS).check(BRENT_LAB);
    Tally other =
        Tally.of(TWO_COUNCILS, SeatBaseline.LAST_FOUGHT, ControlRule.cohesiveOnly())
            .apply(WANDSWORTH_CON);
    assertThat(other.apply(checked)).isEqualTo(other.apply(BRENT_LAB));
  }

  @Test
  void aValueCheckedForAnotherElectionBaselineOrRuleIsRefused() {
    CheckedDeclaration checked = Tally.of(TWO_COUNCILS).check(BRENT_LAB);
    Election equalCopy =
        election(
            allOut(BRENT, comp(LAB, 49, CON, 14)), allOut(WANDSWORTH, comp(CON, 41, LAB, 19)));
    assertThat(equalCopy).isEqualTo(TWO_COUNCILS);
    List<Tally> strangers =
        List.of(
            Tally.of(TWO_COUNCILS, SeatBaseline.PRE_ELECTION, ControlRule.cohesiveOnly()),
            Tally.of(TWO_COUNCILS, SeatBaseline.LAST_FOUGHT, ControlRule.anyParty()),
            Tally.of(equalCopy));
    for (Tally stranger : strangers) {
      assertThatThrownBy(() -> stranger.apply(checked))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Brent (E09000005): checked for election")
          .hasMessageContaining("not for this tally's election")
          .hasMessageContaining("last-fought");
      assertThatThrownBy(() -> LiveTally.of(stranger).apply(checked))
          .isExactlyInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> strangers.get(0).apply(checked))
        .hasMessageContaining("(pre-election, ");
  }

  @Test
  void checkingThrowsWhatApplyingThrewAndChangesNothing() {
    Tally tally = Tally.of(TWO_COUNCILS).apply(WANDSWORTH_CON);
    Declaration tooMany = Declaration.of(BRENT, seats(LAB, 60, CON, 4));
    assertThatThrownBy(() -> tally.check(tooMany))
        .isExactlyInstanceOf(SeatCountException.class)
        .hasMessage("Brent (E09000005): seats won (64) exceed seats contested (63)");
    Declaration stranger = Declaration.of(BRENT, seats(LAB, 60, UKIP, 3));
    assertThatThrownBy(() -> tally.check(stranger))
        .isExactlyInstanceOf(UnknownIdException.class)
        .hasMessageContaining("PP85");
    Declaration nowhere =
        Declaration.of(
            org.psephos.ExampleData.RICHMOND, seats(LAB, 30));
    assertThatThrownBy(() -> tally.check(nowhere))
        .isExactlyInstanceOf(UnknownIdException.class);
    assertThat(tally.councilsDeclared()).isEqualTo(1);
  }

  @Test
  void checkedDeclarationsAreEqualByDeclarationAndWhatTheyWereCheckedFor() {
    Tally tally = Tally.of(TWO_COUNCILS);
    CheckedDeclaration one = tally.check(BRENT_LAB);
    CheckedDeclaration again = Tally.of(TWO_COUNCILS).check(BRENT_LAB);
    assertThat(one).isEqualTo(again).hasSameHashCodeAs(again).isNotEqualTo(BRENT_LAB);
    assertThat(one).isNotEqualTo(tally.check(Declaration.of(BRENT, seats(LAB, 59, CON, 4))));
    assertThat(one)
        .isNotEqualTo(
            Tally.of(TWO_COUNCILS, SeatBaseline.PRE_ELECTION, ControlRule.cohesiveOnly())
                .check(BRENT_LAB));
    assertThat(one.toString())
        .contains("Brent")
        .contains("election local.2018-05-03")
        .contains("last-fought");
  }

  @Test
  void aCheckedWardResultAppliesAsTheResultDoes() {
    Tally empty = Tally.of(ELECTION);
    CheckedWardResult checked = empty.check(R1);
    assertThat(checked.result()).isSameAs(R1);
    assertThat(checked.council()).isEqualTo(TOOTING_VALE);
    assertThat(empty.apply(checked)).isEqualTo(empty.apply(R1));
    assertThat(empty.apply(checked).progress(TOOTING_VALE))
        .isEqualTo(empty.apply(R1).progress(TOOTING_VALE));
    assertThat(checked).isEqualTo(Tally.of(ELECTION).check(R1)).isNotEqualTo(empty.check(R2));
    assertThat(checked.hashCode()).isEqualTo(Tally.of(ELECTION).check(R1).hashCode());
    assertThat(checked.toString()).contains("election local.2018-05-03");
    assertThatThrownBy(() -> Tally.of(ELECTION, SeatBaseline.PRE_ELECTION, ControlRule.anyParty())
            .apply(checked))
        .isExactlyInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aWardResultForACouncilHeldWholeIsRefusedWhenAppliedNotWhenChecked() {
    Tally empty = Tally.of(ELECTION);
    CheckedWardResult checked = empty.check(R1);
    Tally whole =
        empty.apply(Declaration.of(TOOTING_VALE, seats(LAB, 10, CON, 5)));
    assertThatThrownBy(() -> whole.apply(checked))
        .isExactlyInstanceOf(ConflictingResultException.class)
        .hasMessageContaining("held as a whole declaration");
    assertThat(whole.withdraw(TOOTING_VALE).apply(checked)).isEqualTo(empty.apply(R1));
  }

  @Test
  void theLastWardDeclaresTheSumOfTheWardsAsACheckedDeclaration() {
    Tally all = Tally.of(ELECTION).apply(R1).apply(R2).apply(R3).apply(R4).apply(R5);
    // Lab 2 + 3 + 3 + 2 + 1 = 11, Con 1 + 1 + 2 = 4, in the election's order of parties
    Declaration sum = Declaration.of(TOOTING_VALE, seats(CON, 4, LAB, 11));
    assertThat(all.declaration(TOOTING_VALE)).contains(sum);
    Tally whole = Tally.of(ELECTION).apply(sum);
    assertThat(all.standings().party(LAB)).isEqualTo(whole.standings().party(LAB));
    assertThat(all.standings().councilsDeclared()).isEqualTo(1);
    assertThat(all.outcome(TOOTING_VALE)).isEqualTo(whole.outcome(TOOTING_VALE));
  }

  @Test
  void liveTallyChecksOnceAndAppliesTheCheckedValue() {
    LiveTally live = LiveTally.of(Tally.of(TWO_COUNCILS));
    CheckedDeclaration checked = live.check(BRENT_LAB);
    Tally published = live.apply(checked);
    assertThat(published).isSameAs(live.snapshot());
    assertThat(published).isEqualTo(Tally.of(TWO_COUNCILS).apply(BRENT_LAB));

    LiveTally wards = LiveTally.of(Tally.of(ELECTION));
    CheckedWardResult result = wards.check(R1);
    assertThat(wards.apply(result)).isEqualTo(Tally.of(ELECTION).apply(R1));
  }

  @Test
  void applyingCheckedValuesAgreesWithApplyingTheInputsOnRandomElections() {
    qt().withExamples(200)
        .forAll(ElectionGenerators.scenarios())
        .checkAssert(
            (Scenario scenario) -> {
              Tally empty = Tally.of(scenario.election());
              Tally checkedPath = empty;
              for (Declaration declaration : scenario.arrivals()) {
                // checked against the empty tally, applied to whatever tally is current
                checkedPath = checkedPath.apply(empty.check(declaration));
              }
              Tally direct = empty.applyAll(scenario.arrivals());
              assertThat(checkedPath).isEqualTo(direct);
              assertThat(checkedPath.standings()).isEqualTo(direct.standings());
              assertThat(checkedPath.results()).isEqualTo(direct.results());
            });
  }
}
