package org.psephos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psephos.ExampleData.BRENT;
import static org.psephos.ExampleData.CON;
import static org.psephos.ExampleData.GRN;
import static org.psephos.ExampleData.LAB;
import static org.psephos.ExampleData.LD;
import static org.psephos.ExampleData.WANDSWORTH;
import static org.psephos.ExampleData.comp;
import static org.psephos.ExampleData.seats;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DeclarationTest {

  @Test
  void aCompleteDeclarationIsNotProvisional() {
    Declaration declaration = Declaration.of(WANDSWORTH, seats(CON, 33, LAB, 27));
    assertThat(declaration.isProvisional()).isFalse();
    assertThat(declaration.stillToFill()).isZero();
    assertThat(declaration.seatsDeclared()).isEqualTo(60);
    assertThat(declaration.seatsWon()).isEqualTo(comp(CON, 33, LAB, 27));
    assertThat(declaration.defendedStillToFill()).isEqualTo(Composition.empty());
    assertThat(declaration.council()).isEqualTo(WANDSWORTH);
  }

  @Test
  void seatsStillToFillMakeADeclarationProvisional() {
    Declaration declaration =
        Declaration.provisional(BRENT, seats(LAB, 57, CON, 3), 3, seats(LAB, 3));
    assertThat(declaration.isProvisional()).isTrue();
    assertThat(declaration.seatsDeclared()).isEqualTo(60);
    assertThat(declaration.stillToFill()).isEqualTo(3);
    assertThat(declaration.defendedStillToFill()).isEqualTo(comp(LAB, 3));
  }

  @Test
  void builderBuildsWhatTheFactoriesBuild() {
    assertThat(Declaration.builder(WANDSWORTH).won(CON, 33).won(LAB, 27).build())
        .isEqualTo(Declaration.of(WANDSWORTH, seats(CON, 33, LAB, 27)))
        .isEqualTo(new Declaration(WANDSWORTH, comp(LAB, 27, CON, 33), 0, Composition.empty()));
    assertThat(
            Declaration.builder(BRENT)
                .won(LAB, 57)
                .won(CON, 3)
                .stillToFill(3)
                .defendedStillToFill(LAB, 3)
                .build())
        .isEqualTo(Declaration.provisional(BRENT, seats(LAB, 57, CON, 3), 3, seats(LAB, 3)));
  }

  @Test
  void builderKeepsTheOrderOfSeatsWonAndDropsZeros() {
    Declaration declaration =
        Declaration.builder(WANDSWORTH).won(LAB, 27).won(GRN, 0).won(CON, 33).build();
    assertThat(declaration.seatsWon().parties()).containsExactly(LAB, CON);
  }

  @Test
  void seatsWonMayFallShortOfTheCouncilSize() {
    // whether they add up to the seats contested is the tally's check against the contest
    Declaration declaration = Declaration.of(WANDSWORTH, seats(CON, 10));
    assertThat(declaration.seatsDeclared()).isEqualTo(10);
  }

  @Test
  void seatsWonPlusStillToFillMayEqualTheCouncilSize() {
    Declaration declaration =
        Declaration.provisional(WANDSWORTH, seats(CON, 30, LAB, 27), 3, Map.of());
    assertThat(declaration.seatsDeclared() + declaration.stillToFill()).isEqualTo(60);
  }

  @Test
  void declarationsAreEqualByEveryComponent() {
    Declaration declaration = Declaration.provisional(BRENT, seats(LAB, 57, CON, 3), 3, Map.of());
    assertThat(declaration)
        .isEqualTo(Declaration.provisional(BRENT, seats(CON, 3, LAB, 57), 3, Map.of()))
        .hasSameHashCodeAs(Declaration.provisional(BRENT, seats(CON, 3, LAB, 57), 3, Map.of()))
        .isNotEqualTo(Declaration.provisional(BRENT, seats(LAB, 57, CON, 3), 3, seats(LAB, 3)))
        .isNotEqualTo(Declaration.provisional(BRENT, seats(LAB, 57, CON, 3), 2, Map.of()))
        .isNotEqualTo(Declaration.provisional(BRENT, seats(LAB, 57, LD, 3), 3, Map.of()));
  }

  @Test
  void theSeatsHeldOnTheEveOfThePollAreOptionalAndBoundedByTheSeatsStillToFill() {
    Declaration plain = Declaration.provisional(BRENT, seats(LAB, 60), 3, seats(CON, 1));
    assertThat(plain.heldStillToFill()).isEqualTo(Composition.empty());
    assertThat(new Declaration(BRENT, comp(LAB, 60), 3, comp(CON, 1))).isEqualTo(plain);

    Declaration held = plain.withHeldStillToFill(seats(LAB, 2, CON, 1));
    assertThat(held.heldStillToFill()).isEqualTo(comp(LAB, 2, CON, 1));
    assertThat(held).isNotEqualTo(plain);
    assertThat(
            Declaration.builder(BRENT)
                .won(LAB, 60)
                .stillToFill(3)
                .defendedStillToFill(CON, 1)
                .heldStillToFill(LAB, 2)
                .heldStillToFill(CON, 1)
                .build())
        .isEqualTo(held)
        .isEqualTo(
            Declaration.provisional(BRENT, seats(LAB, 60), 3, seats(CON, 1), seats(LAB, 2, CON, 1)));

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> plain.withHeldStillToFill(seats(LAB, 3, CON, 1)))
        .isExactlyInstanceOf(SeatCountException.class)
        .hasMessage(
            "Brent (E09000005): seats held among those still to fill (4) exceed the seats still to"
                + " fill (3)");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new Declaration(BRENT, comp(LAB, 60), 3, comp(CON, 1), comp(LAB, 1).withVacancies(1)))
        .isExactlyInstanceOf(SeatCountException.class)
        .hasMessage(
            "Brent (E09000005): seats held among those still to fill include vacancies (1)");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Declaration.builder(BRENT).heldStillToFill(LAB, 1).heldStillToFill(LAB, 1))
        .isExactlyInstanceOf(InvalidValueException.class);
  }
}
