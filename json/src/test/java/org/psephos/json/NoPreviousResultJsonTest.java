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

  /**
   * East Suffolk's ward totals when counted ward by ward: Aldeburgh and Leiston (E05012005 in
   * the election written here, 3 seats), Conservative 2 and Labour 1 on LEAP's flags for that
   * ward of 2019 with the votes left as placeholders (1,000, 900, 800, 100): a council with no
   * previous result gains and loses nothing, so its seats won are counted apart in the ward
   * totals, and the results document reads back equal.
   */
  @Test
  void wardTotalsOfACouncilWithoutAPreviousResultReadBack() {
    String withWard =
        ELECTION.replace(
            "\"contest\":{\"contested\":55}",
            "\"contest\":{\"contested\":55,\"wards\":[{\"id\":\"E05012005\","
                + "\"name\":\"Aldeburgh and Leiston\",\"seats\":3},{\"id\":\"E05012099\","
                + "\"name\":\"The other wards\",\"seats\":52}]}");
    Election election = JSON.readElection(withWard).election();
    Contest contest = election.contests().get(0);
    List<org.psephos.Party> parties = election.parties();
    Tally tally =
        Tally.of(election)
            .apply(
                org.psephos.ward.WardResult.builder(contest.council(), "E05012005", 3)
                    .candidate("Conservative 1", parties.get(0), 1000)
                    .candidate("Conservative 2", parties.get(0), 900)
                    .candidate("Labour 1", parties.get(1), 800)
                    .candidate("Green 1", parties.get(2), 100)
                    .build());
    String written = JSON.writeResults(tally, CouncilFilter.all(), PsephosJson.Style.COMPACT);
    assertThat(written).contains("\"seatsWonWithoutPrevious\":2").contains("\"netChange\":0");
    Results read = JSON.readResults(election, written);
    assertThat(read.standings()).isEqualTo(tally.standings());
    assertThat(read.standings().wardTotals().party(parties.get(0)).orElseThrow().netChange())
        .isZero();
    assertThat(SchemaTest.errors(DocumentKind.RESULTS, written)).isEmpty();
  }
}
