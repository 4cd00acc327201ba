package org.psephos.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.psephos.Contest;
import org.psephos.ControlOutcome;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.tally.CouncilFilter;
import org.psephos.tally.Tally;

/**
 * A contest with no previous result in the JSON format: East Suffolk (E07000244), a new council
 * first elected on 2 May 2019, 55 seats; seats won as the Local Elections Archive Project's 2019
 * file marks them elected (LEAP, Andrew Teale, CC BY-SA 3.0): Conservative 39, Labour 7, Green 4,
 * Liberal Democrats 3, Independents 2.
 */
class NoPreviousResultJsonTest {
  private static final PsephosJson JSON = PsephosJson.standard();
  private static final String ELECTION =
      "{\"format\":\"psephos.election/1\",\"id\":\"local.2019-05-02\",\"date\":\"2019-05-02\","
          + "\"name\":\"Local elections 2019\","
          + "\"parties\":[{\"id\":\"PP52\",\"name\":\"Conservative\",\"shortName\":\"Con\"},"
          + "{\"id\":\"PP53\",\"name\":\"Labour\",\"shortName\":\"Lab\"},"
          + "{\"id\":\"PP63\",\"name\":\"Green\",\"shortName\":\"Grn\"},"
          + "{\"id\":\"PP90\",\"name\":\"Liberal Democrats\",\"shortName\":\"LD\"},"
          + "{\"id\":\"ynmp-party:2\",\"name\":\"Independent\",\"shortName\":\"Ind\","
          + "\"cohesive\":false}],"
          + "\"councils\":[{\"id\":\"E07000244\",\"name\":\"East Suffolk\","
          + "\"type\":\"shire-district\",\"size\":55,\"contest\":{\"contested\":55}}]}";

  @Test
  void aContestWithoutDefendedAndPreviousHasNoPreviousResult() {
    ElectionDefinition read = JSON.readElection(ELECTION);
    Contest contest = read.election().contests().get(0);
    assertThat(contest.hasPreviousResult()).isFalse();
    String written = JSON.writeElection(read, PsephosJson.Style.COMPACT);
    assertThat(written).doesNotContain("defended").doesNotContain("previous");
    assertThat(JSON.readElection(written)).isEqualTo(read);
  }

  @Test
  void oneWithoutTheOtherIsAMissingMember() {
    String defendedOnly =
        ELECTION.replace("{\"contested\":55}", "{\"contested\":55,\"defended\":{\"PP52\":55}}");
    PsephosJsonException e =
        Failures.caught(
            PsephosJsonException.Kind.MISSING_FIELD, () -> JSON.readElection(defendedOnly));
    assertThat(e.getMessage()).contains("previous");
    String previousOnly =
        ELECTION.replace(
            "{\"contested\":55}", "{\"contested\":55,\"previous\":{\"seats\":{\"PP52\":55}}}");
    assertThat(
            Failures.caught(
                    PsephosJsonException.Kind.MISSING_FIELD, () -> JSON.readElection(previousOnly))
                .getMessage())
        .contains("defended");
  }

  @Test
  void resultsOfAWinWithoutAPreviousResultReadBack() {
    Election election = JSON.readElection(ELECTION).election();
    Contest contest = election.contests().get(0);
    // Conservative 39 of 55 (majority 28)
    List<org.psephos.Party> parties = election.parties();
    Tally tally =
        Tally.of(election)
            .apply(
                Declaration.builder(contest.council())
                    .won(parties.get(0), 39)
                    .won(parties.get(1), 7)
                    .won(parties.get(2), 4)
                    .won(parties.get(3), 3)
                    .won(parties.get(4), 2)
                    .build());
    assertThat(tally.outcome(contest.council()).orElseThrow().kind())
        .isEqualTo(ControlOutcome.Kind.WIN);
    String written = JSON.writeResults(tally, CouncilFilter.all(), PsephosJson.Style.COMPACT);
    assertThat(written)
        .contains("\"outcome\":\"win\"")
        .contains("\"description\":\"Conservative win\"")
        .doesNotContain("controlBefore")
        .contains("\"councilsWithoutPrevious\":1")
        .contains("\"seatsWonWithoutPrevious\":39");
    Results read = JSON.readResults(election, written);
    assertThat(read.standings()).isEqualTo(tally.standings());
    assertThat(read.outcomes()).isEqualTo(new Results(tally, CouncilFilter.all()).outcomes());
    assertThat(read.standings().councilsWithoutPrevious()).isEqualTo(1);
    assertThat(List.of(read.standings().party(election.parties().get(0)).orElseThrow()))
        .allSatisfy(con -> assertThat(con.seatsChange()).isZero());
  }
}
