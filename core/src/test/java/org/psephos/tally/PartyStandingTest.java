package org.psephos.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.psephos.ExampleData.CON;
import static org.psephos.ExampleData.LAB;

import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.psephos.ElectionDataException;
import org.psephos.SeatCountException;

class PartyStandingTest {

  @Test
  void changesAreAfterLessBefore() {
    PartyStanding labour = new PartyStanding(LAB, 50, 51, 1424, 1367, 1900);
    assertThat(labour.councilsChange()).isEqualTo(-1);
    assertThat(labour.seatsChange()).isEqualTo(57);
    assertThat(labour.party()).isEqualTo(LAB);
    assertThat(labour.councils()).isEqualTo(50);
    assertThat(labour.councilsBefore()).isEqualTo(51);
    assertThat(labour.seatsWon()).isEqualTo(1424);
    assertThat(labour.baselineSeats()).isEqualTo(1367);
    assertThat(labour.holdings()).isEqualTo(1900);
  }

  @Test
  void zeroHasNothingToReport() {
    PartyStanding zero = PartyStanding.zero(LAB);
    assertThat(zero).isEqualTo(new PartyStanding(LAB, 0, 0, 0, 0, 0));
    assertThat(zero.isZero()).isTrue();
  }

  static Stream<PartyStanding> nonZero() {
    return Stream.of(
        new PartyStanding(LAB, 1, 0, 0, 0, 0),
        new PartyStanding(LAB, 0, 1, 0, 0, 0),
        new PartyStanding(LAB, 0, 0, 1, 0, 1),
        new PartyStanding(LAB, 0, 0, 0, 1, 0),
        new PartyStanding(LAB, 0, 0, 0, 0, 1));
  }

  @ParameterizedTest
  @MethodSource("nonZero")
  void anyFigureMakesAStandingNonZero(PartyStanding standing) {
    assertThat(standing.isZero()).isFalse();
  }

  @Test
  void plusAddsEveryFigure() {
    PartyStanding london = new PartyStanding(LAB, 11, 11, 629, 578, 629);
    PartyStanding rest = new PartyStanding(LAB, 39, 40, 795, 789, 1271);
    assertThat(london.plus(rest)).isEqualTo(new PartyStanding(LAB, 50, 51, 1424, 1367, 1900));
    assertThat(london.plus(PartyStanding.zero(LAB))).isEqualTo(london);
  }

  @Test
  void plusOfDifferentPartiesIsRejected() {
    assertThatThrownBy(() -> PartyStanding.zero(LAB).plus(PartyStanding.zero(CON)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot add standings of Labour (PP53) and Conservative (PP52)");
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of(
            (ThrowingCallable) () -> new PartyStanding(LAB, -1, 0, 0, 0, 0),
            SeatCountException.class,
            "Labour (PP53): councils (-1) are negative"),
        Arguments.of(
            (ThrowingCallable) () -> new PartyStanding(LAB, 0, -2, 0, 0, 0),
            SeatCountException.class,
            "Labour (PP53): councils before (-2) are negative"),
        Arguments.of(
            (ThrowingCallable) () -> new PartyStanding(LAB, 0, 0, -3, 0, 0),
            SeatCountException.class,
            "Labour (PP53): seats won (-3) are negative"),
        Arguments.of(
            (ThrowingCallable) () -> new PartyStanding(LAB, 0, 0, 0, -4, 0),
            SeatCountException.class,
            "Labour (PP53): baseline seats (-4) are negative"),
        Arguments.of(
            (ThrowingCallable) () -> new PartyStanding(LAB, 0, 0, 3, 0, 2),
            ElectionDataException.class,
            "Labour (PP53): holdings (2) are fewer than seats won (3)"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("invalid")
  void invalidFiguresAreRejected(
      ThrowingCallable action, Class<? extends Throwable> type, String message) {
    assertThatThrownBy(action).isExactlyInstanceOf(type).hasMessage(message);
  }
}
