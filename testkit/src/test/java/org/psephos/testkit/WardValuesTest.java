package org.psephos.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.psephos.ward.WardPostponement;
import org.psephos.ward.WardResult;

/** The ward-level knobs, laws and inputs: range checks and the texts failure reports print. */
class WardValuesTest {
  @Test
  void everyKnobBelowItsLeastIsRejectedByName() {
    assertThat(new WardSettings(0, 0, 0, 0, 0, 0, 3)).isNotNull();
    assertThatThrownBy(() -> new WardSettings(-1, 0, 0, 0, 0, 0, 3))
        .hasMessage("WardSettings.withoutWardsOneIn must be at least 0, not -1");
    assertThatThrownBy(() -> new WardSettings(0, -1, 0, 0, 0, 0, 3))
        .hasMessage("WardSettings.largeWardOneIn must be at least 0, not -1");
    assertThatThrownBy(() -> new WardSettings(0, 0, -1, 0, 0, 0, 3))
        .hasMessage("WardSettings.previousVotesOneIn must be at least 0, not -1");
    assertThatThrownBy(() -> new WardSettings(0, 0, 0, -1, 0, 0, 3))
        .hasMessage("WardSettings.uncontestedOneIn must be at least 0, not -1");
    assertThatThrownBy(() -> new WardSettings(0, 0, 0, 0, -1, 0, 3))
        .hasMessage("WardSettings.ballotsOneIn must be at least 0, not -1");
    assertThatThrownBy(() -> new WardSettings(0, 0, 0, 0, 0, -1, 3))
        .hasMessage("WardSettings.supersededOneIn must be at least 0, not -1");
    assertThatThrownBy(() -> new WardSettings(0, 0, 0, 0, 0, 0, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("WardSettings.mostVotes must be at least 3, not 2");
  }

  @Test
  void eachLawSaysWhatItStates() {
    assertThat(WardLaw.REPLACEMENT.statement()).isEqualTo("a ward's result A then A' equals A' alone");
    assertThat(WardLaw.WITHDRAWAL.statement())
        .isEqualTo("a withdrawn ward result equals one never applied");
    for (WardLaw law : WardLaw.values()) {
      assertThat(law.statement()).as(law.name()).isNotBlank();
    }
  }

  @Test
  void wardInputsAndNightsSayWhatTheyHold() {
    WardNight night = WardNightGenerator.withDefaults().night(5, 60);
    assertThat(night.arrivals()).isNotEmpty();
    WardResult result = night.arrivals().get(0);
    String where = result.council().id() + "/" + result.wardId();

    assertThat(new WardInput.Result(result)).hasToString("result " + result);
    assertThat(new WardInput.Withdraw(result.council(), result.wardId()))
        .hasToString("withdraw " + where);
    assertThat(new WardInput.Postpone(WardPostponement.of(result.council(), result.wardId())))
        .hasToString("postpone " + where);
    assertThat(night.toString())
        .startsWith("WardNight[seed 5, size 60]\n  ")
        .contains(WardNight.describe(night.election()))
        .contains("\n  wholes:", "\n  current:", "\n  superseded:")
        .contains(result.toString());
    assertThat(WardNight.describe(night.election())).contains(result.council().id());
  }
}
