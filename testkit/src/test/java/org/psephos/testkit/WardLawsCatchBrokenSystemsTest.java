package org.psephos.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.psephos.Declaration;
import org.psephos.Election;

/**
 * Psephos's tally obeys every ward-level law, and each law catches a system broken in the way that
 * law is about, naming the law, the seed and a minimal case.
 */
class WardLawsCatchBrokenSystemsTest {
  private static final PsephosTally PSEPHOS = PsephosTally.withDefaults();
  private static final long SEED = 20180503L;

  private static WardLaws laws(WardTallyAdapter system) {
    return WardLaws.of(system).withSeed(SEED).withExamples(100);
  }

  private static void caught(WardLaw law, WardTallyAdapter broken) {
    assertThatThrownBy(() -> laws(broken).check(law))
        .isInstanceOfSatisfying(
            WardLawViolation.class,
            violation -> {
              assertThat(violation.law()).isEqualTo(law);
              assertThat(violation.getMessage())
                  .startsWith("Ward law " + law + " (" + law.statement() + ")")
                  .contains("replay: WardNightGenerator.night(" + violation.seed() + "L");
              assertThat(violation.detail()).isNotEmpty();
              // the minimal case still breaks the law, and no council can go
              WardLaws laws = laws(broken);
              assertThat(laws.judge(law, violation.minimalCase())).contains(violation.detail());
              for (WardNight smaller : WardLaws.smaller(violation.minimalCase())) {
                assertThat(laws.judge(law, smaller)).as("law kept on %s", smaller).isEmpty();
              }
            });
  }

  @Test
  void theCheckerSaysItsExamplesAndSeedAndRefusesNoExamples() {
    WardLaws laws = laws(PSEPHOS);
    assertThat(laws.examples()).isEqualTo(100);
    assertThat(laws.seed()).isEqualTo(SEED);
    assertThat(laws.withExamples(7).examples()).isEqualTo(7);
    assertThat(laws.withSeed(9).seed()).isEqualTo(9);
    assertThatThrownBy(() -> laws.withExamples(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("examples must be at least 1, not 0");
  }

  @Test
  void psephosObeysEveryWardLaw() {
    laws(PSEPHOS).checkAll();
  }

  @Test
  void keepingEachWardsFirstResultBreaksReplacement() {
    caught(
        WardLaw.REPLACEMENT,
        (election, wholes, inputs) -> {
          Set<String> seen = new HashSet<>();
          List<WardInput> firsts = new ArrayList<>();
          for (WardInput input : inputs) {
            if (!(input instanceof WardInput.Result)
                || seen.add(input.council().id() + "/" + input.wardId())) {
              firsts.add(input);
            }
          }
          return PSEPHOS.standings(election, wholes, firsts);
        });
  }

  @Test
  void ignoringWithdrawalsBreaksWithdrawal() {
    caught(
        WardLaw.WITHDRAWAL,
        (election, wholes, inputs) ->
            PSEPHOS.standings(
                election,
                wholes,
                inputs.stream().filter(i -> !(i instanceof WardInput.Withdraw)).toList()));
  }

  @Test
  void droppingTheFirstInputBreaksArrivalOrderIndependence() {
    caught(
        WardLaw.ARRIVAL_ORDER_INDEPENDENCE,
        (election, wholes, inputs) ->
            PSEPHOS.standings(
                election, wholes, inputs.isEmpty() ? inputs : inputs.subList(1, inputs.size())));
  }

  @Test
  void ignoringTheWholeDeclarationsBreaksAgreementWithTheReference() {
    caught(
        WardLaw.AGREES_WITH_REFERENCE,
        (election, wholes, inputs) -> PSEPHOS.standings(election, List.of(), inputs));
  }

  @Test
  void forgettingACouncilsOtherWardsWhenAPostponedWardDeclaresBreaksPostponedCompletion() {
    caught(
        WardLaw.POSTPONED_COMPLETION,
        (Election election, List<Declaration> wholes, List<WardInput> inputs) -> {
          Set<String> postponed = new HashSet<>();
          List<WardInput> kept = new ArrayList<>();
          for (WardInput input : inputs) {
            String ward = input.council().id() + "/" + input.wardId();
            if (input instanceof WardInput.Postpone) {
              postponed.add(ward);
            } else if (postponed.remove(ward)) {
              kept.removeIf(
                  earlier ->
                      earlier instanceof WardInput.Result
                          && earlier.council().equals(input.council()));
            }
            kept.add(input);
          }
          return PSEPHOS.standings(election, wholes, kept);
        });
  }
}
