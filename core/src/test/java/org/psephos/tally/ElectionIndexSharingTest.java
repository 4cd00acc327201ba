package org.psephos.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psephos.ExampleData.BRENT;
import static org.psephos.ExampleData.CON;
import static org.psephos.ExampleData.LAB;
import static org.psephos.ExampleData.WANDSWORTH;
import static org.psephos.ExampleData.allOut;
import static org.psephos.ExampleData.comp;
import static org.psephos.ExampleData.election;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psephos.ControlRule;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.SeatBaseline;

/** Tallies started afresh for the same election, baseline and rule share one index. */
class ElectionIndexSharingTest {
  private static Election sample() {
    return election(
        allOut(BRENT, comp(LAB, 49, CON, 14)), allOut(WANDSWORTH, comp(CON, 41, LAB, 19)));
  }

  @Test
  void sameElectionBaselineAndRuleShareTheLastIndex() {
    Election election = sample();
    ElectionIndex first =
        ElectionIndex.of(election, SeatBaseline.LAST_FOUGHT, ControlRule.cohesiveOnly());
    ElectionIndex again =
        ElectionIndex.of(election, SeatBaseline.LAST_FOUGHT, ControlRule.cohesiveOnly());
    assertThat(again).isSameAs(first);
  }

  @Test
  void anotherBaselineRuleOrElectionInstanceGetsItsOwnIndex() {
    Election election = sample();
    ElectionIndex lastFought =
        ElectionIndex.of(election, SeatBaseline.LAST_FOUGHT, ControlRule.cohesiveOnly());
    ElectionIndex preElection =
        ElectionIndex.of(election, SeatBaseline.PRE_ELECTION, ControlRule.cohesiveOnly());
    assertThat(preElection).isNotSameAs(lastFought);
    assertThat(preElection.baseline).isEqualTo(SeatBaseline.PRE_ELECTION);

    ElectionIndex anyParty =
        ElectionIndex.of(election, SeatBaseline.PRE_ELECTION, ControlRule.anyParty());
    assertThat(anyParty).isNotSameAs(preElection);
    assertThat(anyParty.rule).isEqualTo(ControlRule.anyParty());

    Election equalButDistinct = sample();
    assertThat(equalButDistinct).isEqualTo(election).isNotSameAs(election);
    ElectionIndex other =
        ElectionIndex.of(equalButDistinct, SeatBaseline.PRE_ELECTION, ControlRule.anyParty());
    assertThat(other).isNotSameAs(anyParty);
    assertThat(other.election).isSameAs(equalButDistinct);
  }

  @Test
  void tallyStartedFromASharedIndexIsIndependentOfTheFirst() {
    Election election = sample();
    Tally first = Tally.of(election).apply(Declaration.of(BRENT, Map.of(LAB, 60, CON, 3)));
    Tally fresh = Tally.of(election);
    assertThat(fresh.councilsDeclared()).isZero();
    assertThat(fresh.standings().seatsWon()).isZero();
    assertThat(first.standings().party(LAB).orElseThrow().seatsWon()).isEqualTo(60);
  }
}
