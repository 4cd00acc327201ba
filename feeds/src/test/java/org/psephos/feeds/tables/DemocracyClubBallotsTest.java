package org.psephos.feeds.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A page of the ballots API in its documented shape, written by hand (invented ballots). */
class DemocracyClubBallotsTest {
  private static final String MAY = "local.testshire.north.2026-05-07";
  private static final String JUNE = "local.testshire.north.2026-06-04";
  private static final String JULY = "local.testshire.north.2026-07-02";

  private static DemocracyClubBallots.Page read(String json) {
    return DemocracyClubBallots.read("ballots", json.getBytes(StandardCharsets.UTF_8));
  }

  private static String results(String ballot, String marks) {
    return "{\"next\":null,\"results\":[{\"ballot\":{\"ballot_paper_id\":\"" + ballot + "\"},"
        + "\"candidate_results\":["
        + "{\"person\":{\"name\":\"Ann Ash\"},\"party\":{\"ec_id\":\"PP53\"},\"num_ballots\":900,"
        + "\"elected\":" + (marks.charAt(0) == 't') + "},"
        + "{\"person\":{\"name\":\"Bob Birch\"},\"party\":{\"ec_id\":\"PP52\"},\"num_ballots\":800,"
        + "\"elected\":" + (marks.charAt(1) == 't') + "},"
        + "{\"person\":{\"name\":\"Cy Cedar\"},\"party\":{\"ec_id\":\"PP90\"},\"num_ballots\":100,"
        + "\"elected\":false}]}]}";
  }

  private static CandidateTable page(String json) {
    return DemocracyClubApi.read("results", json.getBytes(StandardCharsets.UTF_8))
        .table();
  }

  @Test
  void aPageGivesSeatsCancellationAndLinksByIdOrAddress() {
    DemocracyClubBallots.Page page =
        read("{\"next\":\"/api/next/ballots/?page=2\",\"results\":["
            + "{\"ballot_paper_id\":\"" + MAY + "\",\"winner_count\":2,\"cancelled\":true,"
            + "\"replaces\":null,\"replaced_by\":\"https://candidates.democracyclub.org.uk/api/"
            + "next/ballots/" + JUNE + "/\"},"
            + "{\"ballot_paper_id\":\"" + JUNE + "\",\"winner_count\":2,\"replaces\":\"" + MAY
            + "\"}]}");
    assertThat(page.next()).contains("/api/next/ballots/?page=2");
    assertThat(page.ballots())
        .containsExactly(
            new DemocracyClubBallots.Ballot(MAY, 2, true, Optional.empty(), Optional.of(JUNE)),
            new DemocracyClubBallots.Ballot(JUNE, 2, false, Optional.of(MAY), Optional.empty()));
  }

  @Test
  void linkGivesWinnerCountAsSeatsAndFollowsAChainOfReplacements() {
    List<DemocracyClubBallots.Ballot> ballots =
        List.of(
            new DemocracyClubBallots.Ballot(MAY, 2, true, Optional.empty(), Optional.of(JUNE)),
            new DemocracyClubBallots.Ballot(JUNE, 2, true, Optional.of(MAY), Optional.of(JULY)),
            new DemocracyClubBallots.Ballot(JULY, 2, false, Optional.of(JUNE), Optional.empty()));
    CandidateTable linked = DemocracyClubBallots.link(page(results(JULY, "tt")), ballots);
    TableWard ward = linked.wards().get(0);
    assertThat(ward.wardId()).isEqualTo(MAY);
    assertThat(ward.councilId()).isEqualTo("local.testshire.2026-05-07");
    assertThat(ward.seats()).isEqualTo(2);
    assertThat(linked.notices()).containsExactly(
        "results: ballot " + JULY + " replaces the postponed ballot " + MAY
            + ": its result is that ballot's");
    // a ballot the ballots do not list is kept as it is
    assertThat(DemocracyClubBallots.link(page(results(JULY, "tt")), List.of()).wards().get(0))
        .isEqualTo(page(results(JULY, "tt")).wards().get(0));
  }

  @Test
  void marksThatDoNotFitTheWinnerCountAndLoopsAreErrors() {
    List<DemocracyClubBallots.Ballot> two =
        List.of(new DemocracyClubBallots.Ballot(MAY, 2, false, Optional.empty(), Optional.empty()));
    assertThatThrownBy(() -> DemocracyClubBallots.link(page(results(MAY, "tf")), two))
        .isInstanceOfSatisfying(TableFormatException.class,
            e -> assertThat(e.kind()).isEqualTo(TableFormatException.Kind.FLAGS_DIFFER))
        .hasMessageContaining("ballot " + MAY + ": 1 candidates marked elected, but its"
            + " winner_count is 2");
    List<DemocracyClubBallots.Ballot> one =
        List.of(new DemocracyClubBallots.Ballot(MAY, 1, false, Optional.empty(), Optional.empty()));
    assertThatThrownBy(() -> DemocracyClubBallots.link(page(results(MAY, "tt")), one))
        .isInstanceOfSatisfying(TableFormatException.class,
            e -> assertThat(e.kind()).isEqualTo(TableFormatException.Kind.TOO_MANY_WINNERS));
    List<DemocracyClubBallots.Ballot> loop =
        List.of(
            new DemocracyClubBallots.Ballot(MAY, 2, false, Optional.of(JUNE), Optional.empty()),
            new DemocracyClubBallots.Ballot(JUNE, 2, false, Optional.of(MAY), Optional.empty()));
    assertThatThrownBy(() -> DemocracyClubBallots.link(page(results(MAY, "tt")), loop))
        .hasMessageContaining("its chain of replaces comes back to " + MAY);
  }

  @Test
  void badValuesAreNamedByTheirPath() {
    assertThatThrownBy(() -> read("{\"next\":null,\"results\":[{\"ballot_paper_id\":\"" + MAY
            + "\",\"winner_count\":0}]}"))
        .hasMessageContaining("results[0].winner_count: a ballot elects at least 1");
    assertThatThrownBy(() -> read("{\"next\":null,\"results\":[{\"ballot_paper_id\":\"" + MAY
            + "\"}]}"))
        .hasMessageContaining("(\"null\"): results[0].winner_count: a ballot elects at least 1");
    assertThatThrownBy(() -> read("{\"next\":null,\"results\":[{\"ballot_paper_id\":\"north\","
            + "\"winner_count\":1}]}"))
        .hasMessageContaining("results[0].ballot_paper_id: not a ballot paper id");
    assertThatThrownBy(() -> read("{\"next\":null,\"results\":[{\"ballot_paper_id\":\"" + MAY
            + "\",\"winner_count\":1,\"cancelled\":\"yes\"}]}"))
        .hasMessageContaining("results[0].cancelled: true or false expected");
    assertThatThrownBy(() -> read("{\"next\":null,\"results\":[{\"ballot_paper_id\":\"" + MAY
            + "\",\"winner_count\":1,\"replaces\":\"https://x/elections/\"}]}"))
        .hasMessageContaining("results[0].replaces: neither a ballot paper id nor a ballot's"
            + " address");
    assertThatThrownBy(() -> read("{\"next\":null,\"results\":["))
        .isInstanceOfSatisfying(TableFormatException.class,
            e -> assertThat(e.kind()).isEqualTo(TableFormatException.Kind.MALFORMED));
  }
}
