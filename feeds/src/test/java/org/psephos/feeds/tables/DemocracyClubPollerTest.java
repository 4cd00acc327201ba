package org.psephos.feeds.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.Ward;
import org.psephos.tally.LiveTally;
import org.psephos.tally.Tally;
import org.psephos.ward.Candidate;

/**
 * The poller against a real HTTP server on the loopback address, serving pages in the results
 * API's shape written by hand (invented people and figures).
 */
class DemocracyClubPollerTest {
  private static final Party LAB = Party.of("PP53", "Labour", "Lab");
  private static final Party CON = Party.of("PP52", "Conservative", "Con");
  private static final String NORTH = "local.testshire.north.2026-05-07";
  private static final String SOUTH = "local.testshire.south.2026-05-07";
  private static final Election ELECTION =
      Election.builder("local.2026-05-07", LocalDate.of(2026, 5, 7), "Test")
          .parties(LAB, CON)
          .alias("joint-party:53-119", LAB)
          .contest(
              Contest.builder(
                      Council.of("local.testshire.2026-05-07", "Testshire",
                          CouncilType.SHIRE_DISTRICT, "East", 2))
                  .previous(Composition.of(Map.of(LAB, 1, CON, 1)))
                  .defended(Composition.of(Map.of(LAB, 1, CON, 1)))
                  .wards(
                      List.of(
                          Ward.of(NORTH, "North", 1, Composition.of(Map.of(LAB, 1))),
                          Ward.of(SOUTH, "South", 1, Composition.of(Map.of(CON, 1)))))
                  .build())
          .build();

  private HttpServer server;
  private final ConcurrentLinkedQueue<String> asked = new ConcurrentLinkedQueue<>();
  private final List<Answer> answers = new ArrayList<>();

  private record Answer(int status, String body, String retryAfter) {}

  private static String result(String ballot, String updated, int ann, int bob, String annParty) {
    return "{\"ballot\":{\"ballot_paper_id\":\"" + ballot + "\"},\"last_updated\":\"" + updated
        + "\",\"num_turnout_reported\":3000,\"num_spoilt_ballots\":12,\"total_electorate\":9000,"
        + "\"candidate_results\":["
        + "{\"person\":{\"id\":1,\"name\":\"Ann Ash\"},\"party\":{\"ec_id\":" + annParty
        + ",\"legacy_slug\":\"joint-party:53-119\",\"name\":\"Labour and Co-operative\"},"
        + "\"num_ballots\":" + ann + ",\"elected\":" + (ann > bob) + "},"
        + "{\"person\":{\"id\":2,\"name\":\"Bob Birch\"},\"party\":{\"ec_id\":\"PP52\","
        + "\"legacy_slug\":\"party:52\",\"name\":\"Conservative\"},"
        + "\"num_ballots\":" + bob + ",\"elected\":" + (bob > ann) + "}]}";
  }

  private static String page(String next, String... results) {
    return "{\"count\":" + results.length + ",\"next\":" + next + ",\"results\":["
        + String.join(",", results) + "]}";
  }

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          asked.add(exchange.getRequestURI().toString());
          Answer answer;
          synchronized (answers) {
            answer = answers.isEmpty() ? new Answer(500, "", "") : answers.remove(0);
          }
          if (!answer.retryAfter().isEmpty()) {
            exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
          }
          byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void answer(int status, String body, String retryAfter) {
    synchronized (answers) {
      answers.add(new Answer(status, body, retryAfter));
    }
  }

  private URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  @Test
  void pollsFollowPagesMoveTheCursorAndReplaceAChangedResult() throws Exception {
    List<Duration> slept = new ArrayList<>();
    LiveTally live = LiveTally.of(Tally.of(ELECTION));
    DemocracyClubPoller poller =
        DemocracyClubPoller.of(base(), LocalDate.of(2026, 5, 7), ELECTION, live,
            Duration.ofMillis(100), slept::add);
    answer(200, page("\"/api/next/results/?page=2\"",
        result(NORTH, "2026-05-08T01:00:00Z", 900, 700, "null")), "");
    answer(200, page("null", result(SOUTH, "2026-05-08T02:00:00Z", 400, 800, "\"PP53\"")), "");
    assertThat(poller.poll()).extracting(r -> r.wardId()).containsExactly(NORTH, SOUTH);
    assertThat(asked).containsExactly(
        "/api/next/results/?election_date=2026-05-07", "/api/next/results/?page=2");
    assertThat(poller.cursor()).contains("2026-05-08T02:00:00Z");
    assertThat(live.snapshot().standings().party(LAB).orElseThrow().seatsWon()).isEqualTo(1);
    assertThat(live.snapshot().standings().party(CON).orElseThrow().seatsWon()).isEqualTo(1);

    // a correction of North (now Bob Birch wins) after a 429 with Retry-After, then one without
    asked.clear();
    answer(429, "", "3");
    answer(429, "", "");
    answer(200, page("null", result(NORTH, "2026-05-08T03:00:00Z", 600, 700, "null"),
        result(SOUTH, "2026-05-08T02:00:00Z", 400, 800, "\"PP53\"")), "");
    assertThat(poller.poll()).extracting(r -> r.wardId()).containsExactly(NORTH);
    assertThat(slept).containsExactly(Duration.ofSeconds(3), Duration.ofMillis(100));
    assertThat(asked).allMatch(
        uri -> uri.equals("/api/next/results/?election_date=2026-05-07&last_updated="
            + "2026-05-08T02%3A00%3A00Z"));
    assertThat(live.snapshot().standings().party(CON).orElseThrow().seatsWon()).isEqualTo(2);
    assertThat(live.snapshot().wardResult(
            ELECTION.contest("local.testshire.2026-05-07").orElseThrow().council(), NORTH).orElseThrow().elected())
        .containsExactly(Candidate.of("Bob Birch", CON, 700));
  }

  @Test
  void aBadPageAppliesNothingAndTooMany429sFail() throws Exception {
    LiveTally live = LiveTally.of(Tally.of(ELECTION));
    DemocracyClubPoller poller =
        DemocracyClubPoller.of(base(), LocalDate.of(2026, 5, 7), ELECTION, live,
            Duration.ofMillis(1), d -> { });
    answer(200, page("\"/api/next/results/?page=2\"",
        result(NORTH, "2026-05-08T01:00:00Z", 900, 700, "null")), "");
    answer(200, "{\"next\":null,\"results\":[{\"ballot\":{}}]}", "");
    assertThatThrownBy(poller::poll)
        .isInstanceOf(TableFormatException.class)
        .hasMessageContaining("results[0].ballot.ballot_paper_id: a non-empty string expected");
    assertThat(live.snapshot().standings().seatsWon()).isZero();
    assertThat(poller.cursor()).isEmpty();
    for (int i = 0; i < DemocracyClubPoller.MAX_ATTEMPTS; i++) {
      answer(429, "", "");
    }
    assertThatThrownBy(poller::poll)
        .isInstanceOf(IOException.class)
        .hasMessageContaining("HTTP 429 after 5 attempts");
    answer(200, "{\"next\":null,\"results\":[", "");
    assertThatThrownBy(poller::poll)
        .isInstanceOfSatisfying(TableFormatException.class,
            e -> assertThat(e.kind()).isEqualTo(TableFormatException.Kind.MALFORMED));
  }

  @Test
  void aResultWithoutMarksIsLeftOutWithANotice() throws Exception {
    LiveTally live = LiveTally.of(Tally.of(ELECTION));
    DemocracyClubPoller poller =
        DemocracyClubPoller.of(base(), LocalDate.of(2026, 5, 7), ELECTION, live,
            Duration.ofMillis(1), d -> { });
    answer(200, page("null", result(NORTH, "2026-05-08T01:00:00Z", 0, 0, "null")
        .replace("\"elected\":false", "\"elected\":null")), "");
    assertThat(poller.poll()).isEmpty();
    assertThat(poller.notices()).singleElement().asString()
        .contains("ballot " + NORTH + " has no one marked elected (no result yet): left out");
  }
  private static String ballot(String id, int winners, boolean cancelled, String replaces,
      String replacedBy) {
    return "{\"ballot_paper_id\":\"" + id + "\",\"winner_count\":" + winners
        + ",\"cancelled\":" + cancelled + ",\"voting_system\":{\"slug\":\"FPTP\"}"
        + ",\"replaces\":" + replaces + ",\"replaced_by\":" + replacedBy + "}";
  }

  @Test
  void withBallotsAPostponedWardIsDeclaredByTheBallotThatReplacesIt() throws Exception {
    // North's poll of 7 May was postponed (a candidate died); its poll of 4 June replaces it
    String june = "local.testshire.north.2026-06-04";
    LiveTally live = LiveTally.of(Tally.of(ELECTION));
    DemocracyClubPoller poller =
        DemocracyClubPoller.withBallots(base(), LocalDate.of(2026, 5, 7), ELECTION, live,
            Duration.ofMillis(1), d -> { });
    answer(200, page("\"/api/next/ballots/?page=2\"",
        ballot(NORTH, 1, true, "null", "\"https://example.org/api/next/ballots/" + june + "/\""),
        ballot(SOUTH, 1, false, "null", "null")), "");
    answer(200, page("null", ballot(june, 1, false, "\"" + NORTH + "\"", "null")), "");
    answer(200, page("null", result(SOUTH, "2026-05-08T02:00:00Z", 400, 800, "\"PP53\""),
        result(june, "2026-06-05T01:00:00Z", 900, 700, "null")), "");
    assertThat(poller.poll()).extracting(r -> r.wardId()).containsExactly(SOUTH, NORTH);
    assertThat(asked).containsExactly(
        "/api/next/ballots/?election_date=2026-05-07", "/api/next/ballots/?page=2",
        "/api/next/results/?election_date=2026-05-07");
    assertThat(poller.notices()).singleElement().asString()
        .contains("ballot " + june + " replaces the postponed ballot " + NORTH);
    // the council is declared: Ann Ash (Lab) won North in June, Bob Birch (Con) South in May
    assertThat(live.snapshot().councilsDeclared()).isEqualTo(1);
    assertThat(live.snapshot().standings().party(LAB).orElseThrow().seatsWon()).isEqualTo(1);
    assertThat(live.snapshot().standings().party(CON).orElseThrow().seatsWon()).isEqualTo(1);
  }
}
