package org.psephos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psephos.ExampleData.CON;
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

class ControlOutcomeTest {
  private static final Composition CON_CONTROL = comp(CON, 35, LAB, 25);
  private static final Composition LAB_CONTROL = comp(CON, 25, LAB, 35);
  private static final Composition LD_CONTROL = comp(LD, 31, CON, 29);
  private static final Composition NOC = comp(CON, 30, LAB, 30);

  private static ControlOutcome outcome(Composition before, Composition after) {
    return ControlOutcome.of(Control.of(WANDSWORTH, before), Control.of(WANDSWORTH, after));
  }

  static Stream<Arguments> outcomes() {
    return Stream.of(
        Arguments.of(
            CON_CONTROL, comp(CON, 31, LAB, 29), ControlOutcome.Kind.HOLD,
            Optional.empty(), Optional.empty(), false, "Conservative hold"),
        Arguments.of(
            CON_CONTROL, LD_CONTROL, ControlOutcome.Kind.GAIN,
            Optional.of(LD), Optional.of(CON), true, "Liberal Democrat gain from Conservative"),
        Arguments.of(
            NOC, LAB_CONTROL, ControlOutcome.Kind.GAIN,
            Optional.of(LAB), Optional.empty(), true, "Labour gain from no overall control"),
        Arguments.of(
            CON_CONTROL, NOC, ControlOutcome.Kind.LOSS_TO_NOC,
            Optional.empty(), Optional.of(CON), true, "Conservative lose to no overall control"),
        Arguments.of(
            NOC, comp(CON, 29, LAB, 29, LD, 2), ControlOutcome.Kind.NOC_NO_CHANGE,
            Optional.empty(), Optional.empty(), false, "No overall control, no change"));
  }

  @ParameterizedTest(name = "{6}")
  @MethodSource("outcomes")
  void outcomeKindsAndDescriptions(
      Composition before,
      Composition after,
      ControlOutcome.Kind kind,
      Optional<Party> gainedBy,
      Optional<Party> lostBy,
      boolean isChange,
      String description) {
    ControlOutcome outcome = outcome(before, after);
    assertThat(outcome.kind()).isEqualTo(kind);
    assertThat(outcome.gainedBy()).isEqualTo(gainedBy);
    assertThat(outcome.lostBy()).isEqualTo(lostBy);
    assertThat(outcome.isChange()).isEqualTo(isChange);
    assertThat(outcome.describe()).isEqualTo(description);
  }

  @Test
  void describeNamesPartiesAsTheCallerAsks() {
    assertThat(outcome(CON_CONTROL, LD_CONTROL).describe(Party::shortName))
        .isEqualTo("LD gain from Con");
    assertThat(outcome(NOC, LD_CONTROL).describe(Party::shortName))
        .isEqualTo("LD gain from no overall control");
    assertThat(outcome(LD_CONTROL, NOC).describe(p -> "Liberal Democrat"))
        .isEqualTo("Liberal Democrat lose to no overall control");
    assertThat(outcome(LD_CONTROL, LD_CONTROL).describe(Party::id)).isEqualTo("PP90 hold");
    assertThat(outcome(NOC, NOC).describe(Party::id)).isEqualTo("No overall control, no change");
  }

  @Test
  void beforeAndAfterAreTheControlsGiven() {
    ControlOutcome outcome = outcome(CON_CONTROL, LAB_CONTROL);
    assertThat(outcome.before()).contains(Control.of(WANDSWORTH, CON_CONTROL));
    assertThat(outcome.after()).isEqualTo(Control.of(WANDSWORTH, LAB_CONTROL));
  }

  @Test
  void outcomesAreEqualByControlBeforeAndAfter() {
    assertThat(outcome(CON_CONTROL, LAB_CONTROL))
        .isEqualTo(outcome(CON_CONTROL, LAB_CONTROL))
        .hasSameHashCodeAs(outcome(CON_CONTROL, LAB_CONTROL))
        .isNotEqualTo(outcome(LAB_CONTROL, CON_CONTROL))
        .isNotEqualTo(outcome(CON_CONTROL, comp(CON, 24, LAB, 36)));
  }

  @Test
  void toStringGivesTheDescriptionAndBothControls() {
    assertThat(outcome(NOC, LAB_CONTROL).toString())
        .isEqualTo(
            "ControlOutcome[Labour gain from no overall control; before Control[NOC; majority 31 of"
                + " 60; Composition[PP52=30, PP53=30; vacancies=0]]; after Control[PP53; majority"
                + " 31 of 60; Composition[PP52=25, PP53=35; vacancies=0]]]");
  }
}
