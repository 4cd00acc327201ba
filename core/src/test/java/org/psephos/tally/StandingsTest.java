package org.psephos.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.psephos.ExampleData.CON;
import static org.psephos.ExampleData.GRN;
import static org.psephos.ExampleData.IND;
import static org.psephos.ExampleData.LAB;
import static org.psephos.ExampleData.LD;
import static org.psephos.ExampleData.UKIP;

import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.psephos.InvalidValueException;
import org.psephos.ElectionDataException;
import org.psephos.SeatCountException;

class StandingsTest {
  private static final PartyStanding CON_LINE = new PartyStanding(CON, 1, 1, 33, 41, 33);
  private static final PartyStanding LAB_LINE = new PartyStanding(LAB, 0, 1, 27, 19, 40);

  /** Two of three councils declared: Con holds one, Lab loses one to NOC. */
  private static Standings twoOfThree() {
    return Standings.of(2, 3, List.of(CON_LINE, LAB_LINE), 1, 0);
  }

  @Test
  void keepsItsFigures() {
    Standings standings = twoOfThree();
    assertThat(standings.councilsDeclared()).isEqualTo(2);
    assertThat(standings.councilsExpected()).isEqualTo(3);
    assertThat(standings.parties()).containsExactly(CON_LINE, LAB_LINE);
    assertThat(standings.noOverallControl()).isEqualTo(1);
    assertThat(standings.noOverallControlBefore()).isZero();
    assertThat(standings.noOverallControlChange()).isEqualTo(1);
    assertThat(standings.party(LAB)).contains(LAB_LINE);
    assertThat(standings.party(GRN)).isEmpty();
  }

  @Test
  void totalsAddUpEveryParty() {
    Standings standings = twoOfThree();
    assertThat(standings.seatsWon()).isEqualTo(60);
    assertThat(standings.baselineSeats()).isEqualTo(60);
    assertThat(standings.seatsChange()).isZero();
    Standings shrunk =
        Standings.of(
            1,
            1,
            List.of(
                new PartyStanding(LAB, 1, 0, 27, 30, 27), new PartyStanding(CON, 0, 0, 19, 24, 19)),
            0,
            1);
    assertThat(shrunk.seatsChange()).isEqualTo(-8);
  }

  @Test
  void emptyIsTheStandingsOfNothing() {
    Standings empty = Standings.empty();
    assertThat(empty.councilsDeclared()).isZero();
    assertThat(empty.councilsExpected()).isZero();
    assertThat(empty.parties()).isEmpty();
    assertThat(empty.seatsWon()).isZero();
    assertThat(Standings.of(0, 0, List.of(), 0, 0)).isSameAs(empty);
  }

  @Test
  void partiesByCouncilsThenSeatsKeepsElectionOrderForTies() {
    PartyStanding con = new PartyStanding(CON, 1, 1, 30, 30, 30);
    PartyStanding lab = new PartyStanding(LAB, 1, 0, 40, 30, 40);
    PartyStanding ld = new PartyStanding(LD, 0, 0, 10, 5, 10);
    PartyStanding grn = new PartyStanding(GRN, 0, 0, 10, 0, 10);
    PartyStanding ind = new PartyStanding(IND, 0, 0, 12, 20, 12);
    PartyStanding ukip = PartyStanding.zero(UKIP);
    Standings standings = Standings.of(2, 2, List.of(con, lab, ld, grn, ind, ukip), 0, 1);
    assertThat(standings.partiesByCouncilsThenSeats())
        .containsExactly(lab, con, ind, ld, grn, ukip);
    Standings greenFirst = Standings.of(2, 2, List.of(grn, ld, con, lab, ukip, ind), 0, 1);
    assertThat(greenFirst.partiesByCouncilsThenSeats())
        .containsExactly(lab, con, ind, grn, ld, ukip);
    assertThat(standings.parties()).containsExactly(con, lab, ld, grn, ind, ukip);
  }

  static Stream<Arguments> brokenInvariants() {
    return Stream.of(
        Arguments.of(
            "negative councils declared",
            (ThrowingCallable) () -> Standings.of(-1, 3, List.of(), 0, 0),
            SeatCountException.class,
            "standings: a council count is negative (declared -1, expected 3, no overall control"
                + " 0, before 0)"),
        Arguments.of(
            "negative no overall control before",
            (ThrowingCallable) () -> Standings.of(0, 3, List.of(), 0, -1),
            SeatCountException.class,
            "standings: a council count is negative (declared 0, expected 3, no overall control"
                + " 0, before -1)"),
        Arguments.of(
            "more declared than expected",
            (ThrowingCallable) () -> Standings.of(4, 3, List.of(), 4, 4),
            ElectionDataException.class,
            "standings: councils declared (4) exceed councils expected (3)"),
        Arguments.of(
            "a party listed twice",
            (ThrowingCallable)
                () -> Standings.of(2, 3, List.of(CON_LINE, LAB_LINE, CON_LINE), 1, 0),
            InvalidValueException.class,
            "standings: party Conservative (PP52) is listed twice"),
        Arguments.of(
            "controlled plus NOC not declared",
            (ThrowingCallable) () -> Standings.of(2, 3, List.of(CON_LINE, LAB_LINE), 0, 0),
            ElectionDataException.class,
            "standings: councils controlled (1) plus no overall control (0) do not equal councils"
                + " declared (2)"),
        Arguments.of(
            "controlled plus NOC before not declared",
            (ThrowingCallable) () -> Standings.of(2, 3, List.of(CON_LINE, LAB_LINE), 1, 1),
            ElectionDataException.class,
            "standings: councils controlled before (2) plus no overall control before (1) do not"
                + " equal councils declared (2)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenInvariants")
  void brokenInvariantsAreRejected(
      String rule, ThrowingCallable action, Class<? extends Throwable> type, String message) {
    assertThatThrownBy(action).isExactlyInstanceOf(type).hasMessage(message);
  }

  @Test
  void mergeAddsEveryFigure() {
    Standings london =
        Standings.of(
            1, 2, List.of(new PartyStanding(CON, 1, 1, 33, 41, 33), PartyStanding.zero(LAB)), 0, 0);
    Standings rest =
        Standings.of(
            2,
            3,
            List.of(
                new PartyStanding(CON, 0, 1, 20, 22, 25), new PartyStanding(LAB, 1, 0, 30, 20, 40)),
            1,
            1);
    assertThat(london.merge(rest))
        .isEqualTo(
            Standings.of(
                3,
                5,
                List.of(
                    new PartyStanding(CON, 1, 2, 53, 63, 58),
                    new PartyStanding(LAB, 1, 0, 30, 20, 40)),
                1,
                1));
    assertThat(london.merge(rest)).isEqualTo(rest.merge(london));
  }

  @Test
  void emptyIsTheIdentityOfMerge() {
    Standings standings = twoOfThree();
    assertThat(standings.merge(Standings.empty())).isEqualTo(standings);
    assertThat(Standings.empty().merge(standings)).isEqualTo(standings);
    assertThat(Standings.empty().merge(Standings.empty())).isEqualTo(Standings.empty());
  }

  @Test
  void mergingStandingsOfDifferentPartiesIsRejected() {
    Standings conLab =
        Standings.of(0, 1, List.of(PartyStanding.zero(CON), PartyStanding.zero(LAB)), 0, 0);
    Standings labCon =
        Standings.of(0, 1, List.of(PartyStanding.zero(LAB), PartyStanding.zero(CON)), 0, 0);
    Standings conOnly = Standings.of(0, 1, List.of(PartyStanding.zero(CON)), 0, 0);
    assertThatThrownBy(() -> conLab.merge(labCon))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "cannot merge standings listing different parties: [PP52, PP53] and [PP53, PP52]");
    assertThatThrownBy(() -> conLab.merge(conOnly))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot merge standings listing different parties: [PP52, PP53] and [PP52]");
  }

  @Test
  void standingsAreEqualByEveryFigureAndPartyOrder() {
    assertThat(twoOfThree()).isEqualTo(twoOfThree()).hasSameHashCodeAs(twoOfThree());
    assertThat(twoOfThree())
        .isNotEqualTo(Standings.of(2, 4, List.of(CON_LINE, LAB_LINE), 1, 0))
        .isNotEqualTo(Standings.of(2, 3, List.of(LAB_LINE, CON_LINE), 1, 0));
  }

  @Test
  void toStringGivesCountsThenEachParty() {
    assertThat(twoOfThree().toString())
        .isEqualTo(
            "Standings[2 of 3 declared; NOC 1 (before 0); PP52: councils 1 (before 1), seats 33"
                + " (baseline 41), holdings 33; PP53: councils 0 (before 1), seats 27 (baseline"
                + " 19), holdings 40]");
  }
}
