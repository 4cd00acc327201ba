package org.psephos.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.psephos.ExampleData.CON;
import static org.psephos.ExampleData.LAB;
import static org.psephos.ExampleData.LD;
import static org.psephos.ExampleData.allOut;
import static org.psephos.ExampleData.comp;
import static org.psephos.ExampleData.election;
import static org.psephos.ExampleData.seats;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.VoteConvention;
import org.psephos.Ward;
import org.psephos.tally.CountProgress;
import org.psephos.tally.PartyStanding;
import org.psephos.tally.Standings;
import org.psephos.tally.Tally;
import org.psephos.tally.WardTotals;
import org.psephos.ward.WardResult;

/**
 * The scoreboard's opt-in lines for a night counted ward by ward: seats declared so far and the
 * Butler swing. The default text is unchanged (the blocks of {@link ScoreboardTest}).
 */
class ScoreboardWardLinesTest {
  /** Swingford: 3 single-member wards; S1 and S2 have previous votes (see WardTallyTest). */
  static final Council SWINGFORD =
      Council.of("E06000950", "Swingford", CouncilType.UNITARY_AUTHORITY, "South West", 3);

  static final Ward S1 =
      Ward.of("E05000991", "S1", 1, comp(CON, 1))
          .withPreviousVotes(VoteConvention.TOP_CANDIDATE, seats(CON, 1000, LAB, 800, LD, 200));
  static final Ward S2 =
      Ward.of("E05000992", "S2", 1, comp(LAB, 1))
          .withPreviousVotes(VoteConvention.TOP_CANDIDATE, seats(CON, 500, LAB, 1500));
  static final Ward S3 = Ward.of("E05000993", "S3", 1, comp(CON, 1));

  static final Election ELECTION =
      election(allOut(SWINGFORD, comp(CON, 2, LAB, 1)).withWards(S1, S2, S3));

  static WardResult result(Ward ward, Party a, int votesOfA, Party b, int votesOfB) {
    return WardResult.builder(SWINGFORD, ward.id(), 1)
        .candidate(ward.name() + " A", a, votesOfA)
        .candidate(ward.name() + " B", b, votesOfB)
        .build();
  }

  /** Two wards in: Lab gains S1 (Con 850, Lab 1,150), holds S2 (Con 600, Lab 1,400). */
  static Standings twoWardsIn() {
    return twoWardsInTally().standings();
  }

  static Tally twoWardsInTally() {
    return Tally.of(ELECTION)
        .apply(result(S1, CON, 850, LAB, 1150))
        .apply(result(S2, CON, 600, LAB, 1400));
  }

  @Test
  void theSeatsDeclaredLineFollowsTheHeading() {
    // comparable S1 + S2 now: Con 1,450, Lab 2,550 of 4,000 = 36.25, 63.75; before Con 1,500,
    // Lab 2,300, LD 200 of 4,000 = 37.5, 57.5, 5: Con -1.25, Lab +6.25; swing (6.25 + 1.25) / 2
    assertThat(Scoreboard.standard().withSeatsDeclaredLine().withSwingLine(CON, LAB).format(twoWardsIn()))
        .isEqualTo(
            "State of parties after 0 of 1 councils declare\n"
                + "Seats declared: 2 of 3\n"
                + "Swing from Conservative to Labour: 3.8%\n");
  }

  @Test
  void aNegativeSwingIsWrittenTheOtherWayRound() {
    assertThat(Scoreboard.standard().withSwingLine(LAB, CON).format(twoWardsIn()))
        .isEqualTo(
            "State of parties after 0 of 1 councils declare\n"
                + "Swing from Conservative to Labour: 3.8%\n");
  }

  @Test
  void noSwingIsWrittenTheWayTheCallerAsked() {
    // S2 only: Con 600, Lab 1,800 of 2,400 = 25, 75; before Con 500, Lab 1,500 of 2,000 = 25, 75
    Standings unchanged =
        Tally.of(ELECTION).apply(result(S2, CON, 600, LAB, 1800)).standings();
    assertThat(Scoreboard.standard().withSwingLine(CON, LAB).format(unchanged))
        .isEqualTo(
            "State of parties after 0 of 1 councils declare\n"
                + "Swing from Conservative to Labour: 0.0%\n");
    assertThat(Scoreboard.standard().withSwingLine(LAB, CON).format(unchanged))
        .isEqualTo(
            "State of parties after 0 of 1 councils declare\n"
                + "Swing from Labour to Conservative: 0.0%\n");
  }

  @Test
  void theSwingLineIsLeftOutWithoutComparableWards() {
    Standings oneWard =
        Tally.of(ELECTION).apply(result(S3, CON, 100, LAB, 500)).standings();
    assertThat(Scoreboard.standard().withSwingLine(CON, LAB).format(oneWard))
        .isEqualTo("State of parties after 0 of 1 councils declare\n");
    // under all votes no ward has previous votes
    assertThat(
            Scoreboard.standard()
                .withSwingLine(CON, LAB, VoteConvention.ALL_VOTES)
                .format(twoWardsIn()))
        .isEqualTo("State of parties after 0 of 1 councils declare\n");
  }

  @Test
  void theSeatsDeclaredLineTakesATemplateWithThousandsSeparators() {
    Standings standings =
        Standings.of(
            0,
            150,
            List.of(PartyStanding.zero(LAB)),
            0,
            0,
            new CountProgress(3, 1200, 4400, java.util.Map.of(), 0),
            WardTotals.empty());
    assertThat(
            Scoreboard.standard()
                .withSeatsDeclaredLine("{declared} of {expected} councillors elected")
                .format(standings))
        .isEqualTo(
            "State of parties after 0 of 150 councils declare\n"
                + "1,200 of 4,400 councillors elected\n");
    assertThat(Scoreboard.standard().withSeatsDeclaredLine().format(standings))
        .contains("Seats declared: 1,200 of 4,400\n");
  }

  @Test
  void theSeatsDeclaredTemplateKnowsOnlyItsPlaceholders() {
    assertThatThrownBy(() -> Scoreboard.standard().withSeatsDeclaredLine("{seats} so far"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "seats declared template \"{seats} so far\" has an unknown placeholder {seats}; only"
                + " {declared} and {expected} are known");
  }

  @Test
  void theOptionsShowInTheDescriptionAndSurviveOtherCopies() {
    Scoreboard scoreboard =
        Scoreboard.standard()
            .withSeatsDeclaredLine()
            .withSwingLine(CON, LAB)
            .withHeading("After {declared} of {expected}")
            .withNoOverallControlLabel("NOC")
            .withPartyNames(Party::shortName)
            .withNumberStyle(Scoreboard.NumberStyle.WORDS_IN_PROSE)
            .withPartyOrder(Scoreboard.PartyOrder.BY_COUNCILS_THEN_SEATS);
    assertThat(scoreboard.toString())
        .endsWith(
            ", seatsDeclared=Seats declared: {declared} of {expected}, swing=PP52->PP53"
                + " TOP_CANDIDATE]");
    assertThat(scoreboard.format(twoWardsIn()))
        .isEqualTo("After 0 of 1\nSeats declared: 2 of 3\nSwing from Con to Lab: 3.8%\n");
    assertThat(Scoreboard.standard().toString()).doesNotContain("swing").doesNotContain("seatsDeclared");
  }
}
