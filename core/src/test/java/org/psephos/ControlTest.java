package org.psephos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.psephos.ExampleData.CON;
import static org.psephos.ExampleData.GRN;
import static org.psephos.ExampleData.IND;
import static org.psephos.ExampleData.LAB;
import static org.psephos.ExampleData.LD;
import static org.psephos.ExampleData.WANDSWORTH;
import static org.psephos.ExampleData.comp;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ControlTest {

  @Test
  void aStrictMajorityOfTheSizeControls() {
    Control control = Control.of(WANDSWORTH, comp(CON, 31, LAB, 29));
    assertThat(control.party()).contains(CON);
    assertThat(control.isNoOverallControl()).isFalse();
    assertThat(control.isControlledBy(CON)).isTrue();
    assertThat(control.isControlledBy(LAB)).isFalse();
    assertThat(control.size()).isEqualTo(60);
    assertThat(control.majority()).isEqualTo(31);
    assertThat(control.describe()).isEqualTo("Conservative");
    assertThat(control.composition()).isEqualTo(comp(CON, 31, LAB, 29));
  }

  @Test
  void exactlyHalfIsNoOverallControl() {
    Control control = Control.of(WANDSWORTH, comp(CON, 30, LAB, 29, LD, 1));
    assertThat(control.isNoOverallControl()).isTrue();
    assertThat(control.party()).isEmpty();
    assertThat(control.isControlledBy(CON)).isFalse();
    assertThat(control.describe()).isEqualTo("No overall control");
  }

  @Test
  void vacanciesAndUndecidedSeatsCountInTheSize() {
    // 22 of 45 (majority 23), 3 seats undecided: no overall control for now
    Control control = Control.of(WANDSWORTH, comp(LAB, 22, CON, 20).withVacancies(3));
    assertThat(control.size()).isEqualTo(45);
    assertThat(control.majority()).isEqualTo(23);
    assertThat(control.isNoOverallControl()).isTrue();
    // 23 of 45 with 2 vacancies still controls
    assertThat(Control.of(WANDSWORTH, comp(LAB, 23, CON, 20).withVacancies(2)).party())
        .contains(LAB);
  }

  @Test
  void sizeIsTheCompositionsTotalNotTheCouncilsSize() {
    // the council's size after the election is 60; control before is judged on the old 66
    Control before = Control.of(WANDSWORTH, comp(CON, 33, LAB, 33));
    assertThat(before.size()).isEqualTo(66);
    assertThat(before.majority()).isEqualTo(34);
    assertThat(before.isNoOverallControl()).isTrue();
  }

  @Test
  void nonCohesiveMajorityIsNoOverallControlUnderTheDefaultRule() {
    Control control = Control.of(WANDSWORTH, comp(IND, 40, CON, 20));
    assertThat(control.isNoOverallControl()).isTrue();
    assertThat(control.largestParty()).contains(IND);
    assertThat(Control.of(WANDSWORTH, comp(IND, 40, CON, 20), ControlRule.anyParty()).party())
        .contains(IND);
  }

  @Test
  void ruleOverridesApplyToTheirCouncil() {
    ControlRule rule = ControlRule.cohesiveOnly().withNonCohesiveIn(WANDSWORTH, CON);
    assertThat(Control.of(WANDSWORTH, comp(CON, 40, LAB, 20), rule).isNoOverallControl()).isTrue();
    assertThat(Control.of(WANDSWORTH, comp(LAB, 40, CON, 20), rule).party()).contains(LAB);
  }

  static Stream<Arguments> largestParties() {
    return Stream.of(
        Arguments.of(comp(CON, 30, LAB, 28, LD, 2), Optional.of(CON)),
        Arguments.of(comp(LD, 2, LAB, 28, CON, 30), Optional.of(CON)),
        Arguments.of(comp(CON, 30, LAB, 30), Optional.empty()),
        Arguments.of(comp(CON, 20, LAB, 20, LD, 5), Optional.empty()),
        Arguments.of(comp(LD, 5, CON, 20, LAB, 20), Optional.empty()),
        Arguments.of(comp(CON, 20, LAB, 20, LD, 25), Optional.of(LD)),
        Arguments.of(comp(CON, 25, LAB, 20, LD, 20), Optional.of(CON)),
        Arguments.of(comp(IND, 25, CON, 20), Optional.of(IND)),
        Arguments.of(comp(GRN, 1), Optional.of(GRN)),
        Arguments.of(Composition.empty().withVacancies(3), Optional.empty()));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("largestParties")
  void largestPartyIsNoneWhenTheMostSeatsAreTied(Composition composition, Optional<Party> largest) {
    assertThat(Control.of(WANDSWORTH, composition).largestParty()).isEqualTo(largest);
  }

  @Test
  void seatsShortOfMajorityPerPartyInCompositionOrder() {
    Control control = Control.of(WANDSWORTH, comp(LAB, 28, CON, 30, LD, 2));
    assertThat(control.seatsShortOfMajority())
        .containsExactly(entry(LAB, 3), entry(CON, 1), entry(LD, 29));
    assertThat(control.seatsShortOfMajority(GRN)).isEqualTo(31);
    Control controlled = Control.of(WANDSWORTH, comp(CON, 40, LAB, 20));
    assertThat(controlled.seatsShortOfMajority())
        .containsExactly(entry(CON, 0), entry(LAB, 11));
  }

  @Test
  void controlsAreEqualByControllerAndComposition() {
    Control one = Control.of(WANDSWORTH, comp(CON, 33, LAB, 27));
    assertThat(one)
        .isEqualTo(Control.of(WANDSWORTH, comp(LAB, 27, CON, 33)))
        .hasSameHashCodeAs(Control.of(WANDSWORTH, comp(LAB, 27, CON, 33)));
    Control other = Control.of(WANDSWORTH, comp(CON, 34, LAB, 26));
    assertThat(one).isNotEqualTo(other);
    assertThat(one.sameController(other)).isTrue();
    Control noc = Control.of(WANDSWORTH, comp(CON, 30, LAB, 30));
    assertThat(one.sameController(noc)).isFalse();
    assertThat(noc.sameController(Control.of(WANDSWORTH, comp(CON, 29, LAB, 29, LD, 2))))
        .isTrue();
    // the same seats, a different rule deciding: the controller differs
    Control independents = Control.of(WANDSWORTH, comp(IND, 40, CON, 20));
    assertThat(independents)
        .isNotEqualTo(Control.of(WANDSWORTH, comp(IND, 40, CON, 20), ControlRule.anyParty()));
  }

  @Test
  void toStringIsCanonical() {
    assertThat(Control.of(WANDSWORTH, comp(CON, 33, LAB, 27)).toString())
        .isEqualTo("Control[PP52; majority 31 of 60; Composition[PP52=33, PP53=27; vacancies=0]]");
    assertThat(Control.of(WANDSWORTH, comp(LAB, 22, CON, 20).withVacancies(3)).toString())
        .isEqualTo("Control[NOC; majority 23 of 45; Composition[PP52=20, PP53=22; vacancies=3]]");
  }
}
