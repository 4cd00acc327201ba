package org.psephos.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.Declaration;
import org.psephos.Party;
import org.psephos.testkit.StandingsFigures.ControlChange;

/** The plain values: standings figures, party lines, inputs and nights. */
class ValuesTest {
  private static final ControlChange HOLD = new ControlChange("PP52", "PP52");

  @Test
  void partiesWithNothingAreLeftOutAndLinesOfOnePartyAddUp() {
    StandingsFigures standings =
        StandingsFigures.of(
            2,
            1,
            1,
            List.of(
                new PartyFigures("PP53", 0, 0, 0, 0, 0),
                new PartyFigures("PP52", 1, 0, 3, 2, 5),
                new PartyFigures("PP52", 0, 1, 1, 1, 1)),
            Map.of("b", HOLD));
    assertThat(standings.parties())
        .containsExactly(Map.entry("PP52", new PartyFigures("PP52", 1, 1, 4, 3, 6)));
    assertThat(new PartyFigures("PP53", 0, 0, 0, 0, 0).isZero()).isTrue();
    for (PartyFigures oneFigure :
        List.of(
            new PartyFigures("x", 1, 0, 0, 0, 0),
            new PartyFigures("x", 0, 1, 0, 0, 0),
            new PartyFigures("x", 0, 0, 1, 0, 0),
            new PartyFigures("x", 0, 0, 0, 1, 0),
            new PartyFigures("x", 0, 0, 0, 0, 1))) {
      assertThat(oneFigure.isZero()).isFalse();
    }
    assertThatThrownBy(
            () -> new PartyFigures("PP52", 1, 1, 1, 1, 1).plus(new PartyFigures("PP53", 1, 1, 1,
                1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot add the figures of PP53 to those of PP52");
    assertThatThrownBy(
            () -> new StandingsFigures(0, 0, 0, Map.of("PP53", new PartyFigures("PP52", 1, 0, 0,
                0, 0)), Map.of()))
        .hasMessage("figures of PP52 filed under PP53");
  }

  @Test
  void standingsOfDisjointCouncilsAddUp() {
    StandingsFigures north =
        StandingsFigures.of(1, 0, 1, List.of(new PartyFigures("PP52", 1, 0, 5, 4, 9)),
            Map.of("n", new ControlChange("NOC", "PP52")));
    StandingsFigures south =
        StandingsFigures.of(2, 1, 1, List.of(new PartyFigures("PP53", 1, 1, 7, 7, 7)),
            Map.of("s1", HOLD, "s2", new ControlChange("PP53", "NOC")));
    StandingsFigures both = north.plus(south);
    assertThat(both)
        .isEqualTo(
            new StandingsFigures(3, 1, 2,
                Map.of("PP52", new PartyFigures("PP52", 1, 0, 5, 4, 9),
                    "PP53", new PartyFigures("PP53", 1, 1, 7, 7, 7)),
                Map.of("n", new ControlChange("NOC", "PP52"), "s1", HOLD,
                    "s2", new ControlChange("PP53", "NOC"))));
    assertThat(both.control().keySet()).containsExactly("n", "s1", "s2");
    assertThat(StandingsFigures.empty().plus(both)).isEqualTo(both);
    assertThat(HOLD).hasToString("PP52->PP52");
  }

  @Test
  void differencesListEachFigureThatDiffersWithExpectedThenActual() {
    StandingsFigures expected =
        StandingsFigures.of(2, 1, 0, List.of(new PartyFigures("PP52", 1, 2, 5, 4, 9)),
            Map.of("a", HOLD, "b", new ControlChange("PP52", "NOC")));
    StandingsFigures actual =
        StandingsFigures.of(3, 0, 1, List.of(new PartyFigures("PP53", 1, 0, 1, 1, 1)),
            Map.of("a", HOLD, "c", HOLD));
    assertThat(TallyLaws.differences(expected, actual))
        .isEqualTo(
            "\n  councils declared: 2 / 3"
                + "\n  no overall control: 1 / 0"
                + "\n  no overall control before: 0 / 1"
                + "\n  PP52: " + expected.parties().get("PP52") + " / none"
                + "\n  PP53: none / " + actual.parties().get("PP53")
                + "\n  b: PP52->NOC / none"
                + "\n  c: none / PP52->PP52");
    assertThat(TallyLaws.differences(expected, expected)).isEmpty();
  }

  @Test
  void aNightRestrictedToSomeCouncilsKeepsTheirContestsAndInputsOnly() {
    Night night = NightGenerator.withDefaults().night(11);
    assertThat(night.election().contests().size()).isGreaterThan(1);
    Council first = night.election().contests().get(0).council();
    Night alone = night.restrictedTo(first::equals);
    assertThat(alone.election().contests()).extracting(Contest::council).containsExactly(first);
    assertThat(alone.election().parties()).isEqualTo(night.election().parties());
    assertThat(alone.inputs()).allMatch(input -> input.council().equals(first));
    assertThat(alone.inputs())
        .hasSize((int) night.inputs().stream().filter(i -> i.council().equals(first)).count());
    assertThat(alone.seed()).isEqualTo(night.seed());
    assertThatThrownBy(() -> night.restrictedTo(council -> false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no council of Local elections 2018 is kept: an election has at least one"
            + " contest");
    assertThat(night.withInputs(List.of()).inputs()).isEmpty();
    assertThat(night.toString())
        .startsWith("Night[seed 11, size 100, " + night.election().contests().size() + " councils, "
            + night.inputs().size() + " inputs]\n  parties ")
        .contains(first.id() + " (" + first.region().orElse("no region") + ") size " + first.size())
        .contains("\n  inputs:\n    " + night.inputs().get(0));
    long seed = 0;
    while (NightGenerator.withDefaults().night(seed).election().parties().stream()
        .allMatch(Party::cohesive)) {
      seed++;
    }
    Night withIndependents = NightGenerator.withDefaults().night(seed);
    assertThat(withIndependents.election().parties()).anyMatch(party -> !party.cohesive());
    assertThat(Night.describe(withIndependents.election()))
        .contains("ynmp-party:2(non-cohesive)")
        .doesNotContain("PP52(non-cohesive)");
  }

  @Test
  void inputsSayWhatTheyAreAbout() {
    Night night = NightGenerator.withDefaults().night(3);
    Input.Declare declare = (Input.Declare) night.inputs().stream()
        .filter(Input.Declare.class::isInstance).findFirst().orElseThrow();
    assertThat(declare.council()).isEqualTo(declare.declaration().council());
    assertThat(declare.toString()).startsWith("declare " + declare.council().id() + " won ");
    Declaration provisional =
        Declaration.provisional(declare.council(), Map.of(), 1, Map.of(), Map.of());
    assertThat(Input.declare(provisional).toString()).contains(" stillToFill 1 ");
    assertThat(Input.declare(Declaration.of(declare.council(), Map.of())).toString())
        .isEqualTo("declare " + declare.council().id() + " won Composition[; vacancies=0]");
    assertThat(Input.withdraw(declare.council()))
        .hasToString("withdraw " + declare.council().id())
        .isEqualTo(new Input.Withdraw(declare.council()));
    assertThat(Night.currentDeclarations(List.of(declare, Input.withdraw(declare.council()))))
        .isEmpty();
    assertThat(Night.currentDeclarations(List.of(Input.withdraw(declare.council()), declare)))
        .containsExactly(declare.declaration());
  }
}
