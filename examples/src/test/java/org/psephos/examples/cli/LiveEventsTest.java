package org.psephos.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jspecify.annotations.Nullable;
import org.psephos.Council;
import org.psephos.json.PsephosJson;
import org.psephos.json.PublishedDeclaration;
import org.psephos.tally.Tally;
import org.psephos.text.Scoreboard;

/** The event stream: an event per change, and a client that reconnects misses nothing. */
class LiveEventsTest {
  private LiveFixture live;
  private List<String> lines;

  @BeforeEach
  void start() {
    live = LiveFixture.start();
    lines = LiveFixture.londonLines();
  }

  @AfterEach
  void stop() {
    live.close();
  }

  private SseClient connect(String query, @Nullable String lastEventId) throws Exception {
    return new SseClient(live.http, live.base.resolve("api/events" + query), lastEventId);
  }

  private static Map<?, ?> data(SseClient.Event event) {
    return PsephosJson.standard().mapper().readValue(event.data(), Map.class);
  }

  @Test
  void eachDeclarationIsAnEventWithTheLinesAndTheScoreboard() throws Exception {
    try (SseClient client = connect("?since=0", null)) {
      awaitSubscribed(1);
      live.declare(lines.get(0));
      live.declare(lines.get(1));
      List<SseClient.Event> events = client.next(2);
      assertThat(events).extracting(SseClient.Event::id).containsExactly("1", "2");
      assertThat(events).extracting(SseClient.Event::name).containsExactly("update", "update");
      Map<?, ?> second = data(events.get(1));
      assertThat(second.get("lines")).isEqualTo(List.of("Barnet: Conservative hold"));
      assertThat(second.get("scoreboard"))
          .isEqualTo(Scoreboard.standard().format(live.night.state().tally().standings()));
      assertThat(String.valueOf(second.get("progress"))).contains("2 of 32 councils declared");
      // the list of councils declared changes by its head: the new item only
      assertThat(second.get("declared-added"))
          .isEqualTo("<li data-council=\"E09000003\">Barnet: Conservative hold</li>\n");
      assertThat(second.get("declared-removed")).isEqualTo(List.of());
      // the chart goes with the first event, then at most once a second: a chart event follows
      assertThat(String.valueOf(data(events.get(0)).get("chart"))).startsWith("<svg");
      assertThat(second.containsKey("chart")).isFalse();
      SseClient.Event chart = client.next();
      assertThat(chart.name()).isEqualTo("chart");
      assertThat(String.valueOf(data(chart).get("chart")))
          .startsWith("<svg").contains("data-seats=\"38\"");
    }
  }

  @Test
  void aClientReconnectingWithLastEventIdGetsEveryEventItMissedOnce() throws Exception {
    try (SseClient first = connect("", null)) {
      // a client that says nothing of what it has gets the whole state first
      assertThat(first.next().name()).isEqualTo("refresh");
      awaitSubscribed(1);
      live.declare(lines.get(0));
      live.declare(lines.get(1));
      assertThat(first.next(2)).extracting(SseClient.Event::id).containsExactly("1", "2");
    }
    // dropped: three declarations while away
    live.declare(lines.get(2));
    live.declare(lines.get(3));
    live.declare(lines.get(4));
    try (SseClient again = connect("", "2")) {
      List<SseClient.Event> missed = again.next(3);
      assertThat(missed).extracting(SseClient.Event::id).containsExactly("3", "4", "5");
      assertThat(missed).extracting(event -> String.valueOf(data(event).get("lines")))
          .containsExactly(
              "[Bexley: Conservative hold]",
              "[Brent: Labour hold (provisional: 3 seats still to fill)]",
              "[Bromley: Conservative hold]");
      awaitSubscribed(1);
      live.declare(lines.get(5));
      SseClient.Event next = again.next();
      assertThat(next.id()).isEqualTo("6");
      assertThat(again.poll(Duration.ofMillis(300))).as("no event twice").isNull();
    }
  }

  @Test
  void aClientTooFarBehindOrUnknownGetsTheWholeStateAtOnce() throws Exception {
    live.declare(lines.get(0));
    live.declare(lines.get(1));
    for (String lastId : List.of("99", "not-a-number")) {
      try (SseClient client = connect("", lastId)) {
        SseClient.Event refresh = client.next();
        assertThat(refresh.name()).isEqualTo("refresh");
        assertThat(refresh.id()).isEqualTo("2");
        assertThat(String.valueOf(data(refresh).get("progress")))
            .contains("2 of 32 councils declared");
        assertThat(String.valueOf(data(refresh).get("declared")))
            .contains("<ol reversed>", "Barnet: Conservative hold",
                "Barking and Dagenham: Labour hold");
      }
    }
  }

  @Test
  void theRingKeepsTheLatestEventsOnly() {
    LiveNight night = live.night;
    Tally tally = night.live().snapshot();
    PublishedDeclaration barking =
        PsephosJson.standard().readDeclaration(tally, lines.get(0));
    Council council = barking.council();
    int events = LiveNight.RING_SIZE + 10;
    for (int i = 0; i < events; i++) {
      if (i % 2 == 0) {
        night.apply(t -> barking.applyTo(t));
      } else {
        night.apply(t -> t.withdraw(council));
      }
    }
    assertThat(night.state().id()).isEqualTo(events);
    assertThat(night.since(events)).hasValue(List.of());
    assertThat(night.since(events - 3).orElseThrow())
        .extracting(LiveNight.Event::id)
        .containsExactly((long) events - 2, (long) events - 1, (long) events);
    assertThat(night.since(events - LiveNight.RING_SIZE).orElseThrow())
        .hasSize(LiveNight.RING_SIZE);
    assertThat(night.since(events - LiveNight.RING_SIZE - 1)).isEmpty();
    assertThat(night.since(events + 1)).isEmpty();
    assertThat(night.state().declared()).isEmpty(); // the last change was a withdrawal
    assertThat(night.since(events - 1).orElseThrow().get(0).lines())
        .containsExactly("Barking and Dagenham: declaration withdrawn");
  }

  @Test
  void aResultReadAfterTheServerStopsIsTakenWithoutAnError() {
    // serve's reader thread stops after the server: what it reads in between reaches a night whose
    // server no longer takes events (it used to throw RejectedExecutionException on that thread)
    LiveNight night = live.night;
    PublishedDeclaration barking =
        PsephosJson.standard().readDeclaration(night.live().snapshot(), lines.get(0));
    live.server.close();
    assertThat(night.apply(t -> barking.applyTo(t))).isPresent();
    assertThat(night.state().declared()).hasSize(1);
    assertThat(live.server.subscribers()).isZero();
  }

  @Test
  void anUpdateThatChangesNothingPublishesNothing() {
    assertThat(live.night.apply(t -> t)).isEmpty();
    assertThat(live.night.state().id()).isZero();
  }

  private void awaitSubscribed(int n) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (live.server.subscribers() < n && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(live.server.subscribers()).isEqualTo(n);
  }
}
