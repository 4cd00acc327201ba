package org.psephos.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.psephos.examples.London2018;
import org.psephos.json.ElectionDefinition;
import org.psephos.json.PsephosJson;
import org.psephos.tally.LiveTally;
import org.psephos.tally.Tally;
import org.psephos.text.PartyNames;

/**
 * A results server on the bundled London 2018 election (real results; the source and licence are
 * in the bundled folder's README.md), starting with no council declared, and an HTTP client for it.
 */
final class LiveFixture implements AutoCloseable {
  /** The write token of the servers made here. */
  static final String TOKEN = "correct-horse-battery-staple";

  final LiveNight night;
  final LiveServer server;
  final URI base;
  final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private LiveFixture(LiveNight night, LiveServer server) {
    this.night = night;
    this.server = server;
    this.base = server.uri("127.0.0.1");
  }

  /** A server with the write token. */
  static LiveFixture start() {
    return start(true);
  }

  static LiveFixture start(boolean writable) {
    ElectionDefinition definition = londonElection();
    LiveNight night =
        new LiveNight(
            definition, LiveTally.of(Tally.of(definition.election())), PartyNames.adjectives());
    byte[] token = writable ? TOKEN.getBytes(StandardCharsets.UTF_8) : null;
    return new LiveFixture(night, LiveServer.start(night, token, "127.0.0.1", 0));
  }

  static ElectionDefinition londonElection() {
    try (InputStream in = London2018.openElection()) {
      return PsephosJson.standard().readElection(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bundled night's lines, one psephos.declaration/1 document each, in order. */
  static List<String> londonLines() {
    try (InputStream in = London2018.openDeclarations()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  HttpResponse<String> get(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request.build());
  }

  HttpResponse<String> post(String body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve("api/declarations"))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request.build());
  }

  /** Posts results with the right token and checks they were taken. */
  void declare(String body) {
    HttpResponse<String> response = post(body, "Authorization", "Bearer " + TOKEN);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      if (request == null) {
        throw new IOException("no request");
      }
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
