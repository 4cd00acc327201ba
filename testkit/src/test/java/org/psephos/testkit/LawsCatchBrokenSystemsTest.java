package org.psephos.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.psephos.ControlRule;
import org.psephos.Election;
import org.psephos.SeatBaseline;

/**
 * Each law catches a system broken in the way it forbids, names itself and the seed, and shrinks
 * the night to a minimal case that still breaks it; Psephos's own tally keeps every law under
 * every baseline and control rule.
 */
class LawsCatchBrokenSystemsTest {
  private static final long SEED = 20180503L;
  private static final PsephosTally PSEPHOS = PsephosTally.withDefaults();

  private static LawViolation violationOf(TallyAdapter broken, Law law) {
    LawViolation violation =
        catchThrowableOfType(
            LawViolation.class,
            () -> TallyLaws.of(broken).withSeed(SEED).withExamples(200).check(law));
    assertThat(violation).as("the broken system is caught by " + law).isNotNull();
    assertThat(violation.law()).isEqualTo(law);
    assertThat(violation.getMessage())
        .startsWith("Law " + law + " (" + law.statement() + ")")
        .contains("seed " + violation.seed())
        .contains(violation.minimalCase().toString())
        .endsWith(violation.detail());
    // the minimal case still breaks the law, and no council or input can go
    TallyLaws laws = TallyLaws.of(broken);
    assertThat(laws.judge(law, violation.minimalCase())).contains(violation.detail());
    for (Night smaller : TallyLaws.smaller(violation.minimalCase())) {
      assertThat(laws.judge(law, smaller)).as("law kept on %s", smaller).isEmpty();
    }
    return violation;
  }

  @Test
  void agreementWithTheReferenceCatchesASystemCountingHalfTheSeatsAsControl() {
    LawViolation violation =
        violationOf(HalfIsControlTest::ourTally, Law.AGREES_WITH_REFERENCE);
    assertThat(violation.minimalCase().election().contests()).hasSize(1);
    assertThat(violation.minimalCase().inputs()).hasSizeLessThanOrEqualTo(1);
    assertThat(violation.detail())
        .startsWith("reference:")
        .contains("\nsystem:\n")
        .containsPattern("\ndiffering:(\n  .*)*\n  [EW][0-9]+: .*->.* / .*->");
  }

  @Test
  void arrivalOrderIndependenceCatchesASystemThatStopsListeningAfterThreeInputs() {
    TallyAdapter firstThree =
        (election, inputs) ->
            PSEPHOS.standings(election, inputs.subList(0, Math.min(3, inputs.size())));
    LawViolation violation = violationOf(firstThree, Law.ARRIVAL_ORDER_INDEPENDENCE);
    assertThat(violation.minimalCase().inputs()).hasSize(4);
    assertThat(violation.detail()).contains("inputs in this other order");
  }

  @Test
  void replacementCatchesASystemKeepingEachCouncilsFirstDeclaration() {
    TallyAdapter firstWins =
        (election, inputs) -> {
          List<Input> kept = new ArrayList<>();
          Set<String> declared = new HashSet<>();
          for (Input input : inputs) {
            if (input instanceof Input.Withdraw) {
              declared.remove(input.council().id());
              kept.add(input);
            } else if (declared.add(input.council().id())) {
              kept.add(input);
            }
          }
          return PSEPHOS.standings(election, kept);
        };
    LawViolation violation = violationOf(firstWins, Law.REPLACEMENT);
    assertThat(violation.minimalCase().election().contests()).hasSize(1);
    assertThat(violation.minimalCase().inputs()).isEmpty();
    assertThat(violation.detail()).contains("then A'");
  }

  @Test
  void withdrawalCatchesASystemIgnoringWithdrawals() {
    TallyAdapter deaf =
        (election, inputs) -> {
          List<Input> declarations = new ArrayList<>();
          for (Input input : inputs) {
            if (input instanceof Input.Declare) {
              declarations.add(input);
            }
          }
          return PSEPHOS.standings(election, declarations);
        };
    LawViolation violation = violationOf(deaf, Law.WITHDRAWAL);
    assertThat(violation.minimalCase().election().contests()).hasSize(1);
    assertThat(violation.minimalCase().inputs()).isEmpty();
    assertThat(violation.detail()).contains("withdrawing it");
  }

  @Test
  void regionsAddUpCatchesASystemWhoseRegionalStandingsAreTheWholes() {
    TallyAdapter wholeEverywhere =
        new TallyAdapter() {
          @Override
          public StandingsFigures standings(Election election, List<Input> inputs) {
            return PSEPHOS.standings(election, inputs);
          }

          @Override
          public StandingsFigures regionStandings(
              Election election, List<Input> inputs, String region) {
            return PSEPHOS.standings(election, inputs);
          }
        };
    LawViolation violation = violationOf(wholeEverywhere, Law.REGIONS_ADD_UP);
    assertThat(violation.minimalCase().election().regions()).hasSize(2);
    assertThat(violation.minimalCase().election().contests()).hasSize(2);
    assertThat(violation.detail()).contains("sum of the system's regions");
  }

  @Test
  void controlAddsUpCatchesASystemThatNeverCountsNoOverallControlBefore() {
    TallyAdapter noNocBefore =
        (election, inputs) -> {
          StandingsFigures right = PSEPHOS.standings(election, inputs);
          return new StandingsFigures(
              right.councilsDeclared(),
              right.noOverallControl(),
              0,
              right.parties(),
              right.control());
        };
    LawViolation violation = violationOf(noNocBefore, Law.CONTROL_ADDS_UP);
    assertThat(violation.minimalCase().election().contests()).hasSize(1);
    assertThat(violation.minimalCase().inputs()).hasSize(1);
    assertThat(violation.detail()).contains("councils declared 1").contains("0 before");
  }

  @Test
  void checkAllChecksEveryLawAndTheCheckerKeepsItsChoices() {
    TallyAdapter noNocBefore =
        (election, inputs) -> {
          StandingsFigures right = PSEPHOS.standings(election, inputs);
          return new StandingsFigures(right.councilsDeclared(), right.noOverallControl(), 0,
              right.parties(), right.control());
        };
    // only the last law and agreement with the reference see this one; agreement comes first
    TallyLaws laws = TallyLaws.of(noNocBefore).withSeed(7).withExamples(40);
    assertThat(laws.seed()).isEqualTo(7);
    assertThat(laws.examples()).isEqualTo(40);
    LawViolation violation = catchThrowableOfType(LawViolation.class, laws::checkAll);
    assertThat(violation.law()).isEqualTo(Law.AGREES_WITH_REFERENCE);
    assertThatThrownBy(() -> laws.withExamples(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("examples must be at least 1, not 0");
    assertThat(Law.REPLACEMENT.statement())
        .isEqualTo("declaring A then A' equals declaring A' alone");
  }

  @Test
  void byDefaultARegionsStandingsAreThoseOfItsCouncilsAlone() {
    TallyAdapter wholeOnly = (election, inputs) -> PSEPHOS.standings(election, inputs);
    for (long seed = 0; seed < 100; seed++) {
      Night night = NightGenerator.withDefaults().night(seed);
      for (String region : night.election().regions()) {
        assertThat(wholeOnly.regionStandings(night.election(), night.inputs(), region))
            .isEqualTo(PSEPHOS.regionStandings(night.election(), night.inputs(), region));
      }
    }
  }

  @Test
  void aSystemThatThrowsBreaksTheLawBeingChecked() {
    TallyAdapter throwing =
        (election, inputs) -> {
          if (!inputs.isEmpty()) {
            throw new IllegalStateException("feed closed");
          }
          return StandingsFigures.empty();
        };
    LawViolation violation = violationOf(throwing, Law.AGREES_WITH_REFERENCE);
    assertThat(violation.detail())
        .isEqualTo("the system threw java.lang.IllegalStateException: feed closed");
    assertThat(violation.minimalCase().inputs()).hasSize(1);
  }

  @Test
  void psephosKeepsEveryLawUnderEveryBaselineAndControlRule() {
    for (SeatBaseline baseline : SeatBaseline.values()) {
      for (boolean anyParty : new boolean[] {false, true}) {
        TallyLaws.of(
                PsephosTally.of(
                    baseline, anyParty ? ControlRule.anyParty() : ControlRule.cohesiveOnly()))
            .withReference(ReferenceTally.of(baseline, anyParty))
            .withSeed(
                SEED + (baseline == SeatBaseline.LAST_FOUGHT ? 0 : 1)
                    + (anyParty ? 2 : 0))
            .withExamples(250)
            .checkAll();
      }
    }
  }

  @Test
  void theReferenceDisagreesWithPsephosWhenTheirRulesDiffer() {
    TallyLaws mismatched =
        TallyLaws.of(PsephosTally.of(SeatBaseline.PRE_ELECTION, ControlRule.cohesiveOnly()))
            .withReference(ReferenceTally.of(SeatBaseline.LAST_FOUGHT, false))
            .withSeed(SEED);
    assertThatThrownBy(() -> mismatched.check(Law.AGREES_WITH_REFERENCE))
        .isInstanceOf(LawViolation.class);
    mismatched.check(Law.ARRIVAL_ORDER_INDEPENDENCE); // the other laws hold whatever the rules
  }
}
