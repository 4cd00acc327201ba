package org.psephos.examples.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** A client of a server-sent event stream, reading it on a thread of its own into a queue. */
final class SseClient implements AutoCloseable {
  /**
   * One event: its id, name and data, and when it was read ({@link System#nanoTime()}).
   *
   * @param id its id ("" for none)
   * @param name its name
   * @param data its data
   * @param received when its last line was read
   */
  record Event(String id, String name, String data, long received) {}

  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final Thread reader;
  private volatile @Nullable Stream<String> lines;

  /**
   * Connects.
   *
   * @param http the client
   * @param uri the stream's address
   * @param lastEventId the Last-Event-ID header to send, or null
   */
  SseClient(HttpClient http, URI uri, @Nullable String lastEventId) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET();
    if (lastEventId != null) {
      request.header("Last-Event-ID", lastEventId);
    }
    HttpResponse<Stream<String>> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofLines());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("the event stream answered " + response.statusCode());
    }
    Stream<String> body = response.body();
    lines = body;
    reader = new Thread(() -> read(body), "sse-client");
    reader.setDaemon(true);
    reader.start();
  }

  private void read(Stream<String> body) {
    String id = "";
    String name = "message";
    StringBuilder data = new StringBuilder();
    try {
      for (String line : (Iterable<String>) body::iterator) {
        if (line.isEmpty()) {
          if (data.length() > 0) {
            events.add(new Event(id, name, data.toString(), System.nanoTime()));
          }
          name = "message";
          data.setLength(0);
        } else if (line.startsWith("id:")) {
          id = line.substring(3).strip();
        } else if (line.startsWith("event:")) {
          name = line.substring(6).strip();
        } else if (line.startsWith("data:")) {
          if (data.length() > 0) {
            data.append('\n');
          }
          data.append(line.substring(5).stripLeading());
        }
      }
    } catch (RuntimeException e) {
      // closed
    }
  }

  /** The next event, waiting up to five seconds; fails if none came. */
  Event next() throws InterruptedException {
    Event event = events.poll(5, TimeUnit.SECONDS);
    if (event == null) {
      throw new AssertionError("no event within 5 s");
    }
    return event;
  }

  /** The next {@code n} events, waiting up to five seconds for each. */
  List<Event> next(int n) throws InterruptedException {
    List<Event> got = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      got.add(next());
    }
    return got;
  }

  /** An event that came within a time, or null. */
  @Nullable Event poll(Duration wait) throws InterruptedException {
    return events.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    Stream<String> body = lines;
    if (body != null) {
      body.close();
    }
    reader.interrupt();
  }
}
