package org.psephos.feeds.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Pages of the results API written by hand in its shape (invented people and figures). */
class DemocracyClubApiTest {
  private static final String BALLOT = "local.testshire.north.2026-05-07";

  private static DemocracyClubApi.Page read(String json) {
    return DemocracyClubApi.read("page", json.getBytes(StandardCharsets.UTF_8));
  }

  private static String candidate(String name, String ecId, String slug, String votes,
      String elected) {
    return "{\"person\":{\"id\":1,\"name\":\"" + name + "\"},\"party\":{\"ec_id\":" + ecId
        + ",\"legacy_slug\":" + slug + "},\"num_ballots\":" + votes + ",\"elected\":" + elected
        + ",\"extra\":[1.5,true,{\"a\":null}]}";
  }

  private static String page(String... candidates) {
    return "{\"next\":null,\"results\":[{\"ballot\":{\"ballot_paper_id\":\"" + BALLOT + "\"},"
        + "\"num_turnout_reported\":null,\"candidate_results\":[" + String.join(",", candidates)
        + "]}]}";
  }

  @Test
  void partiesAreTheirElectoralCommissionIdOrLegacySlugAndUncontestedBallotsHaveNoVotes() {
    DemocracyClubApi.Page page =
        read(page(candidate("Ann Ash", "\"\"", "\"joint-party:53-119\"", "null", "true")));
    TableWard ward = page.table().wards().get(0);
    assertThat(ward.wardId()).isEqualTo(BALLOT);
    assertThat(ward.councilId()).isEqualTo("local.testshire.2026-05-07");
    assertThat(ward.isUncontested()).isTrue();
    assertThat(ward.candidates().get(0).partyCode()).isEqualTo("joint-party:53-119");
    assertThat(ward.candidates().get(0).votes()).isEmpty();
    assertThat(page.next()).isEmpty();
    assertThat(page.lastUpdated()).isEmpty();
    DemocracyClubApi.Page contested =
        read(page(candidate("Ann Ash", "\"PP53\"", "null", "10", "true"),
            candidate("Bob Birch", "\"PP52\"", "null", "5", "false")));
    assertThat(contested.table().wards().get(0).candidates().get(0).partyCode()).isEqualTo("PP53");
  }

  @Test
  void badPagesNameTheValueAndItsPath() {
    assertThatThrownBy(() -> read("[1]")).hasMessageContaining("the page: an object expected");
    assertThatThrownBy(() -> read("{\"results\":{}}"))
        .hasMessageContaining("(\"{...}\"): results: an array expected");
    assertThatThrownBy(() -> read("{\"results\":[{\"ballot\":{\"ballot_paper_id\":\"x.y\"}}]}"))
        .hasMessageContaining("(\"x.y\"): results[0]: not a ballot paper id");
    assertThatThrownBy(() -> read(page(candidate("Ann Ash", "\"PP53\"", "null", "-4", "true"),
            candidate("Bob Birch", "\"PP52\"", "null", "5", "false"))))
        .hasMessageContaining("(\"-4\"): results[0].candidate_results[0]: a whole number");
    assertThatThrownBy(() -> read(page(candidate("Ann Ash", "\"PP53\"", "null", "\"4\"", "true"),
            candidate("Bob Birch", "\"PP52\"", "null", "5", "false"))))
        .hasMessageContaining("a whole number");
    assertThatThrownBy(() -> read(page(candidate("Ann Ash", "\"PP53\"", "null", "4", "true"),
            candidate("Bob Birch", "\"PP52\"", "null", "5", "null"))))
        .hasMessageContaining("(\"null\"): results[0].candidate_results[1].elected: elected is"
            + " null while other candidates of the ballot are marked");
    assertThatThrownBy(() -> read(page(candidate("Ann Ash", "null", "null", "4", "true"))))
        .hasMessageContaining("candidate_results[0].party.legacy_slug: a non-empty string");
    assertThatThrownBy(() -> read(page(candidate("Ann Ash", "\"PP53\"", "null", "4", "true"))
            .replace("\"party\":{", "\"party\":[{").replace(",\"legacy_slug\":null}",
                ",\"legacy_slug\":null}]")))
        .hasMessageContaining("an object expected");
    assertThatThrownBy(() -> read("")).hasMessageContaining("page, line 1");
    assertThatThrownBy(() -> read("{\"results\": [}"))
        .isInstanceOfSatisfying(TableFormatException.class,
            e -> assertThat(e.kind()).isEqualTo(TableFormatException.Kind.MALFORMED));
  }
}
