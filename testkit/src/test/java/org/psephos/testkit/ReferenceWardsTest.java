package org.psephos.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.Ward;
import org.psephos.testkit.StandingsFigures.ControlChange;
import org.psephos.ward.WardResult;

/**
 * The reference tally at ward level: a worked example whose figures are computed here by hand, and
 * agreement with Psephos's tally on generated nights of ward results.
 */
class ReferenceWardsTest {
  private static final Party CON = Party.of("PP52", "Conservatives", "Con");
  private static final Party LAB = Party.of("PP53", "Labour", "Lab");
  private static final Party IND = Party.independent("ynmp-party:2", "Independent", "Ind");

  // 6 seats all out in three wards, previously Ind 4, Con 2 (no overall control: Independents are
  // not a cohesive party).
  private static final Council COUNCIL =
      Council.of("E06000001", "All Out", CouncilType.UNITARY_AUTHORITY, "North West", 6);
  private static final Ward NORTH =
      Ward.of("E05000001", "North", 2, Composition.of(Map.of(IND, 2)));
  private static final Ward MIDDLE =
      Ward.of("E05000002", "Middle", 3, Composition.of(Map.of(IND, 2, CON, 1)));
  private static final Ward SOUTH =
      Ward.of("E05000003", "South", 1, Composition.of(Map.of(CON, 1)));
  private static final Contest CONTEST =
      Contest.builder(COUNCIL)
          .previous(Composition.of(Map.of(IND, 4, CON, 2)))
          .defended(Composition.of(Map.of(IND, 4, CON, 2)))
          .build()
          .withWards(NORTH, MIDDLE, SOUTH);
  private static final Election ELECTION =
      Election.builder("local.2018-05-03", LocalDate.of(2018, 5, 3), "Local elections 2018")
          .parties(CON, LAB, IND)
          .contest(CONTEST)
          .build();

  // North: 2 seats, Con 30 elected; Lab and Ind tied at 20 for the second seat, Ind drawn by lot.
  private static final WardResult NORTH_RESULT =
      WardResult.builder(COUNCIL, NORTH.id(), 2)
          .candidate("Ann Con", CON, 30)
          .candidate("Bob Lab", LAB, 20)
          .candidate("Cat Ind", IND, 20)
          .drawnWinner("Cat Ind")
          .build();
  // Middle: 3 seats, two Labour candidates unopposed: one seat unfilled.
  private static final WardResult MIDDLE_RESULT =
      WardResult.builder(COUNCIL, MIDDLE.id(), 3)
          .unopposed("Dan Lab", LAB)
          .unopposed("Eve Lab", LAB)
          .build();
  // South: 1 seat, Ind 50 beats Con 49.
  private static final WardResult SOUTH_RESULT =
      WardResult.builder(COUNCIL, SOUTH.id(), 1)
          .candidate("Fay Con", CON, 49)
          .candidate("Gus Ind", IND, 50)
          .build();

  @Test
  void winnersAreThoseAboveTheLastSeatThenTheDrawnOnesOrAllWhenUncontested() {
    assertThat(ReferenceTally.winners(NORTH_RESULT))
        .extracting(c -> c.name())
        .containsExactly("Ann Con", "Cat Ind");
    assertThat(ReferenceTally.winners(MIDDLE_RESULT))
        .extracting(c -> c.name())
        .containsExactly("Dan Lab", "Eve Lab");
    assertThat(ReferenceTally.winners(SOUTH_RESULT))
        .extracting(c -> c.name())
        .containsExactly("Gus Ind");
  }

  @Test
  void aCouncilIsDeclaredWhenEveryWardIsIn() {
    // Con 1 (North), Lab 2 (Middle), Ind 2 (North, South); Middle's third seat still to fill
    assertThat(
            ReferenceTally.declarationOfWards(
                CONTEST, List.of(SOUTH_RESULT, NORTH_RESULT, MIDDLE_RESULT)))
        .isEqualTo(Declaration.provisional(COUNCIL, Map.of(CON, 1, LAB, 2, IND, 2), 1, Map.of()));
    assertThatThrownBy(
            () -> ReferenceTally.declarationOfWards(CONTEST, List.of(NORTH_RESULT, SOUTH_RESULT)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("All Out (E06000001): no result for ward E05000002");

    WardNight all =
        new WardNight(
            0, 1, ELECTION, List.of(NORTH_RESULT, MIDDLE_RESULT, SOUTH_RESULT), List.of(),
            List.of());
    // seats won, baseline (defended), held: Con 1, 2, 1; Lab 2, 0, 2; Ind 2, 4, 2; NOC before and
    // after
    assertThat(ReferenceTally.withDefaults().standings(all))
        .isEqualTo(
            StandingsFigures.of(
                1,
                1,
                1,
                List.of(
                    new PartyFigures("PP52", 0, 0, 1, 2, 1),
                    new PartyFigures("PP53", 0, 0, 2, 0, 2),
                    new PartyFigures("ynmp-party:2", 0, 0, 2, 4, 2)),
                Map.of("E06000001", new ControlChange("NOC", "NOC"))));
    WardNight twoOfThree =
        new WardNight(0, 1, ELECTION, List.of(NORTH_RESULT, SOUTH_RESULT), List.of(), List.of());
    assertThat(ReferenceTally.withDefaults().standings(twoOfThree))
        .isEqualTo(StandingsFigures.empty());
  }

  @Test
  void psephosAgreesWithTheReferenceOnGeneratedNightsOfWardResults() {
    WardNightGenerator generator = WardNightGenerator.withDefaults();
    for (long seed = 0; seed < 500; seed++) {
      WardNight night = generator.night(seed, 1 + (int) (seed % 100));
      assertThat(PsephosTally.withDefaults().standings(night))
          .as("seed %d: %s", seed, night)
          .isEqualTo(ReferenceTally.withDefaults().standings(night));
    }
  }
}
