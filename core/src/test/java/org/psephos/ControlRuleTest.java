package org.psephos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psephos.ExampleData.CON;
import static org.psephos.ExampleData.IND;
import static org.psephos.ExampleData.LAB;
import static org.psephos.ExampleData.WANDSWORTH;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ControlRuleTest {
  private static final Council INDEPENDENTSHIRE =
      Council.of("E07000903", "Independentshire", CouncilType.SHIRE_DISTRICT, "South West", 30);

  @Test
  void byDefaultOnlyCohesivePartiesControl() {
    ControlRule rule = ControlRule.cohesiveOnly();
    assertThat(rule.canControl(WANDSWORTH, CON)).isTrue();
    assertThat(rule.canControl(WANDSWORTH, IND)).isFalse();
    assertThat(rule.canControl(WANDSWORTH, IND.withCohesive(true))).isTrue();
    assertThat(rule.allowsAnyParty()).isFalse();
    assertThat(rule.overrides()).isEmpty();
    assertThat(rule.councilsOverridden()).isEmpty();
  }

  @Test
  void anyPartyLetsEveryPartyControl() {
    ControlRule rule = ControlRule.anyParty();
    assertThat(rule.canControl(WANDSWORTH, IND)).isTrue();
    assertThat(rule.canControl(WANDSWORTH, CON)).isTrue();
    assertThat(rule.allowsAnyParty()).isTrue();
    assertThat(rule).isNotEqualTo(ControlRule.cohesiveOnly());
  }

  @Test
  void overridesApplyOnlyInTheirCouncil() {
    ControlRule rule =
        ControlRule.cohesiveOnly()
            .withCohesiveIn(INDEPENDENTSHIRE, IND)
            .withNonCohesiveIn(INDEPENDENTSHIRE, CON);
    assertThat(rule.canControl(INDEPENDENTSHIRE, IND)).isTrue();
    assertThat(rule.canControl(INDEPENDENTSHIRE, CON)).isFalse();
    assertThat(rule.canControl(INDEPENDENTSHIRE, LAB)).isTrue();
    assertThat(rule.canControl(WANDSWORTH, IND)).isFalse();
    assertThat(rule.canControl(WANDSWORTH, CON)).isTrue();
    assertThat(rule.councilsOverridden()).containsExactly("E07000903");
  }

  @Test
  void overridesWinOverAnyParty() {
    ControlRule rule = ControlRule.anyParty().withNonCohesiveIn(INDEPENDENTSHIRE, IND);
    assertThat(rule.canControl(INDEPENDENTSHIRE, IND)).isFalse();
    assertThat(rule.canControl(WANDSWORTH, IND)).isTrue();
    assertThat(rule.allowsAnyParty()).isTrue();
  }

  @Test
  void aLaterOverrideForTheSamePartyAndCouncilReplacesTheEarlier() {
    ControlRule rule =
        ControlRule.cohesiveOnly()
            .withCohesiveIn(INDEPENDENTSHIRE, IND)
            .withNonCohesiveIn(INDEPENDENTSHIRE, IND);
    assertThat(rule.canControl(INDEPENDENTSHIRE, IND)).isFalse();
    assertThat(rule.overrides()).isEqualTo(Map.of("E07000903", Map.of("ynmp-party:2", false)));
  }

  @Test
  void amendingReturnsANewRule() {
    ControlRule rule = ControlRule.cohesiveOnly();
    ControlRule amended = rule.withCohesiveIn(INDEPENDENTSHIRE, IND);
    assertThat(rule.canControl(INDEPENDENTSHIRE, IND)).isFalse();
    assertThat(amended.canControl(INDEPENDENTSHIRE, IND)).isTrue();
    assertThat(ControlRule.cohesiveOnly()).isEqualTo(rule);
  }

  @Test
  void rulesAreEqualByValueWhateverTheOrderOfOverrides() {
    ControlRule one =
        ControlRule.cohesiveOnly()
            .withCohesiveIn(INDEPENDENTSHIRE, IND)
            .withNonCohesiveIn(WANDSWORTH, CON)
            .withNonCohesiveIn(INDEPENDENTSHIRE, CON);
    ControlRule other =
        ControlRule.cohesiveOnly()
            .withNonCohesiveIn(INDEPENDENTSHIRE, CON)
            .withNonCohesiveIn(WANDSWORTH, CON)
            .withCohesiveIn(INDEPENDENTSHIRE, IND);
    assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
    assertThat(one.toString()).isEqualTo(other.toString());
    assertThat(one).isNotEqualTo(ControlRule.anyParty()
            .withCohesiveIn(INDEPENDENTSHIRE, IND)
            .withNonCohesiveIn(WANDSWORTH, CON)
            .withNonCohesiveIn(INDEPENDENTSHIRE, CON));
    assertThat(one).isNotEqualTo(ControlRule.cohesiveOnly().withCohesiveIn(INDEPENDENTSHIRE, IND));
  }

  @Test
  void toStringSortsCouncilsAndPartiesById() {
    ControlRule rule =
        ControlRule.cohesiveOnly()
            .withCohesiveIn(WANDSWORTH, IND)
            .withCohesiveIn(INDEPENDENTSHIRE, IND)
            .withNonCohesiveIn(INDEPENDENTSHIRE, CON);
    assertThat(rule.toString())
        .isEqualTo(
            "ControlRule[cohesiveOnly, overrides={E07000903={PP52=false, ynmp-party:2=true},"
                + " E09000032={ynmp-party:2=true}}]");
    assertThat(ControlRule.anyParty().toString()).isEqualTo("ControlRule[anyParty, overrides={}]");
  }
}
