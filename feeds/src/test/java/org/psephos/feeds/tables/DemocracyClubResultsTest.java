package org.psephos.feeds.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.ward.Candidate;
import org.psephos.ward.WardResult;

/**
 * Democracy Club's results export, in rows written by hand in its documented layout (the core
 * columns then those of {@code field_group=results}); the people and figures are invented.
 */
class DemocracyClubResultsTest {
  private static final String HEADER =
      "person_id,person_name,election_id,ballot_paper_id,election_date,election_current,"
          + "party_name,party_id,post_label,cancelled_poll,seats_contested,votes_cast,elected,"
          + "tied_vote_winner,rank,turnout_reported,spoilt_ballots,total_electorate,"
          + "turnout_percentage,results_source\n";

  private static String row(
      int person, String name, String ballot, String party, String cancelled, int seats,
      String votes, String elected, String tied) {
    return person + "," + name + ",local.testshire.2026-05-07," + ballot
        + ",2026-05-07,t,Some party," + party + ",Ward," + cancelled + "," + seats + "," + votes
        + "," + elected + "," + tied + ",,3000,20,9000,33.3,count sheet\n";
  }

  private static final Party LAB = Party.of("PP53", "Labour", "Lab");
  private static final Party CON = Party.of("PP52", "Conservative", "Con");
  private static final Election ELECTION =
      Election.builder("local.2026-05-07", LocalDate.of(2026, 5, 7), "Test")
          .parties(LAB, CON)
          .alias("joint-party:53-119", LAB)
          .contest(
              Contest.builder(
                      Council.of("local.testshire.2026-05-07", "Testshire",
                          CouncilType.SHIRE_DISTRICT, "East", 9))
                  .previous(Composition.of(Map.of(LAB, 5, CON, 4)))
                  .defended(Composition.of(Map.of(LAB, 5, CON, 4)))
                  .build())
          .build();

  private static CandidateTable read(String text) {
    return DemocracyClubResults.read("dc.csv", text.getBytes(StandardCharsets.UTF_8), null);
  }

  @Test
  void theCouncilGroupIdIsTheBallotIdWithoutWardAndBy() {
    assertThat(DemocracyClubResults.councilGroupId("local.sheffield.ecclesall.2021-05-06"))
        .contains("local.sheffield.2021-05-06");
    assertThat(DemocracyClubResults.councilGroupId("local.sheffield.ecclesall.by.2021-05-06"))
        .contains("local.sheffield.2021-05-06");
    assertThat(DemocracyClubResults.councilGroupId("local.sheffield.2021-05-06")).isEmpty();
    assertThat(DemocracyClubResults.councilGroupId("local.a.b.c.2021-05-06")).isEmpty();
    assertThat(DemocracyClubResults.councilGroupId("local..b.2021-05-06")).isEmpty();
  }

  @Test
  void ballotsBecomeWardResultsKeyedByBallotPaperId() {
    String north = "local.testshire.north.2026-05-07";
    String south = "local.testshire.south.by.2026-05-07";
    CandidateTable table =
        read(HEADER
            + row(1, "Ann Ash", north, "joint-party:53-119", "f", 1, "1500", "t", "")
            + row(2, "Bob Birch", south, "PP52", "f", 1, "900", "t", "")
            + row(3, "Cat Cedar", north, "PP52", "f", 1, "1400", "f", "")
            + row(4, "Dan Date", south, "PP53", "f", 1, "800", "f", ""));
    List<WardResult> results = table.wardResults(ELECTION);
    assertThat(results).extracting(WardResult::wardId).containsExactly(north, south);
    WardResult first = results.get(0);
    assertThat(first.council().id()).isEqualTo("local.testshire.2026-05-07");
    assertThat(first.elected()).containsExactly(Candidate.of("Ann Ash", LAB, 1500));
    assertThat(first.ballotsCast()).hasValue(3000);
    assertThat(first.ballotsRejected()).hasValue(20);
    assertThat(first.electorate()).hasValue(9000);
  }

  @Test
  void cancelledBallotsAreUncontestedOrPostponedAndAMissingResultIsNamed() {
    String quiet = "local.testshire.quiet.2026-05-07";
    String postponed = "local.testshire.late.2026-05-07";
    String pending = "local.testshire.slow.2026-05-07";
    CandidateTable table =
        read(HEADER
            + row(1, "Ann Ash", quiet, "PP53", "t", 2, "", "t", "")
            + row(2, "Bob Birch", quiet, "PP52", "t", 2, "", "", "")
            + row(3, "Cat Cedar", postponed, "PP52", "t", 1, "", "", "")
            + row(4, "Dan Date", postponed, "PP53", "t", 1, "", "", "")
            + row(5, "Eve Elm", pending, "PP52", "f", 1, "", "", "")
            + row(6, "Fay Fir", pending, "PP53", "f", 1, "", "", ""));
    assertThat(table.wards()).extracting(TableWard::wardId).containsExactly(quiet);
    WardResult result = table.wardResults(ELECTION).get(0);
    assertThat(result.isUncontested()).isTrue();
    assertThat(result.elected()).hasSize(2);
    assertThat(result.ballotsCast()).isEmpty();
    assertThat(table.notices())
        .containsExactly(
            "dc.csv, line 4: ballot " + postponed + " was cancelled with 2 candidates for 1 seats"
                + " (countermanded or postponed; its poll is a later ballot that replaces it): no"
                + " result, left out",
            "dc.csv, line 6: ballot " + pending
                + " has no result yet (no votes, no one marked elected): left out");
  }

  @Test
  void nullElectedIsDecidedByMostVotesAndATieByTheTiedVoteWinner() {
    String ward = "local.testshire.even.2026-05-07";
    CandidateTable byVotes =
        read(HEADER + row(1, "Ann Ash", ward, "PP53", "f", 1, "700", "", "")
            + row(2, "Bob Birch", ward, "PP52", "f", 1, "650", "", ""));
    assertThat(byVotes.wardResults(ELECTION).get(0).elected())
        .extracting(Candidate::name).containsExactly("Ann Ash");
    CandidateTable tied =
        read(HEADER + row(1, "Ann Ash", ward, "PP53", "f", 1, "700", "", "f")
            + row(2, "Bob Birch", ward, "PP52", "f", 1, "700", "", "t"));
    WardResult result = tied.wardResults(ELECTION).get(0);
    assertThat(result.drawnWinners()).containsExactly("Bob Birch");
    assertThat(tied.wardsDecidedByLot()).hasSize(1);
    CandidateTable marked =
        read(HEADER + row(1, "Ann Ash", ward, "PP53", "f", 1, "700", "f", "f")
            + row(2, "Bob Birch", ward, "PP52", "f", 1, "700", "t", "t"));
    assertThat(marked.wardResults(ELECTION).get(0).electedByLot())
        .extracting(Candidate::name).containsExactly("Bob Birch");
  }

  @Test
  void badValuesAreNamed() {
    String ward = "local.testshire.even.2026-05-07";
    assertThatThrownBy(() -> read(HEADER + row(1, "Ann Ash", ward, "PP53", "x", 1, "7", "t", "")))
        .hasMessage("dc.csv, line 2, column 10 (\"x\"): a boolean is t, f or empty (null)");
    assertThatThrownBy(() -> read(HEADER + row(1, "Ann Ash", ward, "PP53", "f", 1, "7", "t", "")
            + row(2, "Bob Birch", ward, "PP52", "f", 1, "6", "", "")))
        .hasMessageContaining("line 3, column 13: ballot " + ward
            + ": elected is null while other candidates are marked");
    assertThatThrownBy(() -> read(HEADER + row(1, "Ann Ash", ward, "PP53", "f", 1, "7", "t", "")
            + row(2, "Bob Birch", ward, "PP52", "f", 1, "6", "f", "t")))
        .hasMessageContaining("line 3, column 14 (\"t\"): ballot " + ward
            + ": the tied vote winner is not marked elected");
    assertThatThrownBy(() -> read(HEADER + row(1, "Ann Ash", "local.x.2026", "PP53", "f", 1, "7",
            "t", "")))
        .hasMessageContaining("column 4 (\"local.x.2026\"): not a ballot paper id");
    assertThatThrownBy(() -> read(HEADER.replace("votes_cast", "votes")))
        .hasMessageContaining("column votes_cast missing");
    assertThatThrownBy(() -> read(HEADER + "1,Ann\n"))
        .hasMessage("dc.csv, line 2 (\"1,Ann\"): the header has 20 columns, this row 2");
    assertThatThrownBy(() -> read(""))
        .hasMessageContaining("dc.csv, line 1: empty");
    assertThatThrownBy(() -> read(HEADER + row(1, "Ann Ash", ward, "PP99", "f", 1, "7", "t", ""))
            .wardResults(ELECTION))
        .hasMessageContaining("line 2, column 8 (\"PP99\")");
  }
}
