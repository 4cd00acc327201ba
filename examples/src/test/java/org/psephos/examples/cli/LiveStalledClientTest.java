package org.psephos.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.psephos.json.PsephosJson;
import org.psephos.json.PublishedDeclaration;
import org.psephos.tally.Tally;

/**
 * A client that stops reading delays no other: its events wait in a bounded queue, it is dropped
 * when the queue is full, and it reconnects with {@code Last-Event-ID} without missing anything.
 */
class LiveStalledClientTest {
  /** The clients that read. */
  static final int READERS = 4;

  /** The events published: the London night declared and withdrawn six times over. */
  static final int ROUNDS = 6;

  /** The time between two events. */
  static final long SPACING_MILLIS = 10;

  @Test
  @Timeout(value = 90, unit = TimeUnit.SECONDS)
  void aClientThatStopsReadingDelaysNoOneAndIsDroppedThenCatchesUp() throws Exception {
    try (LiveFixture live = LiveFixture.start();
        Socket stalled = new Socket()) {
      // a client that subscribes and never reads, with as small a window as the system allows
      stalled.setReceiveBufferSize(1024);
      stalled.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), live.server.port()));
      stalled.getOutputStream().write(
          ("GET /api/events?since=0 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                  + "Accept: text/event-stream\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      stalled.getOutputStream().flush();
      List<SseClient> readers = new ArrayList<>();
      try {
        for (int i = 0; i < READERS; i++) {
          readers.add(
              new SseClient(live.http, live.base.resolve("api/events?since=0"), null));
        }
        awaitSubscribers(live, READERS + 1);

        long[] published = publishNight(live);
        int events = published.length - 1;

        // every reader receives every update, in order, each within a second of its publication
        long worst = 0;
        for (SseClient reader : readers) {
          int next = 1;
          while (next <= events) {
            SseClient.Event event = reader.next();
            if (!event.name().equals("update")) {
              continue; // the charts that follow at most once a second
            }
            assertThat(event.id()).isEqualTo(String.valueOf(next));
            worst = Math.max(worst, event.received() - published[next]);
            next++;
          }
        }
        System.out.printf(
            "LiveStalledClientTest: %d events to %d readers and a stalled client; the worst delay"
                + " from publication to a reader %.1f ms%n",
            events, READERS, worst / 1e6);
        assertThat(worst / 1e6).as("the worst delay in ms").isLessThan(1000.0);
        // the stalled client was dropped: only the readers are still subscribed
        awaitSubscribers(live, READERS);

        // it reads again: what was already on its way, then the end of the stream ...
        String received = readToEnd(stalled, Duration.ofSeconds(20));
        Matcher ids = Pattern.compile("\nid: (\\d+)\n").matcher(received);
        long lastId = 0;
        while (ids.find()) {
          lastId = Long.parseLong(ids.group(1));
        }
        System.out.printf(
            "LiveStalledClientTest: the stalled client read %,d bytes, to event %d of %d%n",
            received.length(), lastId, events);
        assertThat(lastId).as("the stalled client is behind").isLessThan(events);
        // ... and reconnects, as a browser does, with the last id it has
        try (SseClient again =
            new SseClient(live.http, live.base.resolve("api/events"), String.valueOf(lastId))) {
          if (events - lastId <= LiveServer.MAX_PENDING) {
            for (long id = lastId + 1; id <= events; id++) {
              assertThat(again.next().id()).isEqualTo(String.valueOf(id));
            }
          } else {
            SseClient.Event refresh = again.next();
            assertThat(refresh.name()).isEqualTo("refresh");
            assertThat(refresh.id()).isEqualTo(String.valueOf(events));
          }
        }
      } finally {
        readers.forEach(SseClient::close);
      }
    }
  }

  /**
   * Publishes the London night {@value #ROUNDS} times over (every council declared, then every
   * one withdrawn), an event every {@value #SPACING_MILLIS} ms.
   *
   * @return when each event was published, by id (index 0 unused)
   */
  private static long[] publishNight(LiveFixture live) throws InterruptedException {
    LiveNight night = live.night;
    Tally start = night.live().snapshot();
    List<PublishedDeclaration> declarations = new ArrayList<>();
    for (String line : LiveFixture.londonLines()) {
      declarations.add(PsephosJson.standard().readDeclaration(start, line));
    }
    List<Runnable> changes = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      for (PublishedDeclaration declaration : declarations) {
        changes.add(() -> night.apply(declaration::applyTo));
      }
      for (PublishedDeclaration declaration : declarations.subList(0, 32)) {
        changes.add(() -> night.apply(t -> t.withdraw(declaration.council())));
      }
    }
    long[] published = new long[changes.size() + 1];
    long started = System.nanoTime();
    for (int i = 0; i < changes.size(); i++) {
      long wait = started + TimeUnit.MILLISECONDS.toNanos(SPACING_MILLIS * i) - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      published[i + 1] = System.nanoTime();
      changes.get(i).run();
    }
    assertThat(night.state().id()).isEqualTo(changes.size());
    return published;
  }

  /** Reads a socket until its end, or until nothing comes for a while. */
  private static String readToEnd(Socket socket, Duration quiet) throws IOException {
    socket.setSoTimeout((int) quiet.toMillis());
    InputStream in = socket.getInputStream();
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        all.write(buffer, 0, n);
      }
    } catch (SocketTimeoutException e) {
      throw new AssertionError(
          "the stalled client's stream did not end within " + quiet + " of reading again", e);
    }
    return all.toString(StandardCharsets.UTF_8);
  }

  private static void awaitSubscribers(LiveFixture live, int n) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (live.server.subscribers() != n && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(live.server.subscribers()).as("clients subscribed").isEqualTo(n);
  }
}
