package org.psephos.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bodies over the server's limit: each is refused with 413 and changes nothing, and the refusal
 * reaches a client that is still sending. The server reads and drops a refused body of up to
 * {@link LiveServer#MAX_DISCARDED} bytes, so the connection ends cleanly (or stays open); a
 * server that closed it with the body unread would have the client's next write reset, and the
 * client could lose the answer (this happened to one run in sixty of a repeated post under load
 * before the server read refused bodies). Raw sockets show what the HTTP client hides: whether
 * the connection is kept, and what the server sends a client that waits for {@code 100 Continue}.
 */
class LiveServerBodyLimitTest {
  private static final String AUTHORIZATION = "Authorization: Bearer " + LiveFixture.TOKEN;

  private LiveFixture live;
  private String before = "";

  @BeforeEach
  void start() {
    live = LiveFixture.start();
    before = live.get("api/results").body();
  }

  @AfterEach
  void stop() {
    live.close();
  }

  @Test
  void aRefusedBodyIsReadToItsEndAndTheConnectionServesTheNextRequest() throws IOException {
    try (Socket socket = connect()) {
      OutputStream out = socket.getOutputStream();
      int length = LiveServer.MAX_BODY + 1;
      out.write(head("POST /api/declarations", AUTHORIZATION, "Content-Length: " + length));
      out.write(spaces(length));
      out.flush();
      Answer refused = Answer.read(socket.getInputStream());
      assertThat(refused.status()).isEqualTo(413);
      assertThat(refused.body())
          .contains("the request body is 1048577 bytes; the limit is 1048576 bytes");
      assertThat(refused.head()).doesNotContain("connection: close");

      out.write(head("GET /api/results"));
      out.flush();
      Answer next = Answer.read(socket.getInputStream());
      assertThat(next.status()).isEqualTo(200);
      assertThat(next.body()).isEqualTo(before);
    }
  }

  @Test
  void aChunkedBodyOverTheLimitIsRefusedOnceItsLimitIsPassed() {
    byte[] big =
        (LiveFixture.londonLines().get(0) + "\n" + " ".repeat(LiveServer.MAX_BODY))
            .getBytes(StandardCharsets.UTF_8);
    // a body of unknown length is sent in chunks, without Content-Length
    HttpRequest request =
        HttpRequest.newBuilder(live.base.resolve("api/declarations"))
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
            .header("Authorization", "Bearer " + LiveFixture.TOKEN)
            .build();
    HttpResponse<String> response = live.send(request);
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body())
        .contains("the request body is longer than 1048576 bytes");
    assertThat(live.get("api/results").body()).isEqualTo(before);
    assertThat(live.night.state().id()).isZero();
  }

  @Test
  void aClientWaitingForContinueIsRefusedBeforeItSendsTheBody() throws IOException {
    try (Socket socket = connect()) {
      // short enough to be read and dropped had the client not asked to wait: a server reading it
      // would send 100 Continue and wait for the body, and this read would time out
      socket.getOutputStream().write(
          head("POST /api/declarations", AUTHORIZATION, "Expect: 100-continue",
              "Content-Length: " + (2 * LiveServer.MAX_BODY)));
      socket.getOutputStream().flush();
      Answer refused = Answer.read(socket.getInputStream());
      assertThat(refused.status()).isEqualTo(413);
      assertThat(refused.head()).doesNotContain("100 continue");
      assertThat(refused.body()).contains("the request body is 2097152 bytes");
      assertThat(refused.head()).contains("connection: close");
    }
    assertThat(live.get("api/results").body()).isEqualTo(before);
  }

  @Test
  void aBodyLongerThanWhatIsDroppedIsRefusedWithoutReadingIt() throws IOException {
    try (Socket socket = connect()) {
      // not one byte of the body is sent: a server that waited for it would time out this read
      socket.getOutputStream().write(
          head("POST /api/declarations", AUTHORIZATION,
              "Content-Length: " + (LiveServer.MAX_DISCARDED + 1)));
      socket.getOutputStream().flush();
      Answer refused = Answer.read(socket.getInputStream());
      assertThat(refused.status()).isEqualTo(413);
      assertThat(refused.body()).contains("the request body is 8388609 bytes");
      assertThat(refused.head()).contains("connection: close");
    }
    assertThat(live.get("api/results").body()).isEqualTo(before);
  }

  private Socket connect() throws IOException {
    Socket socket = new Socket(live.base.getHost(), live.base.getPort());
    socket.setSoTimeout(10_000);
    return socket;
  }

  private static byte[] head(String requestLine, String... headers) {
    StringBuilder head = new StringBuilder(requestLine).append(" HTTP/1.1\r\nHost: localhost\r\n");
    for (String header : headers) {
      head.append(header).append("\r\n");
    }
    return head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] spaces(int length) {
    byte[] spaces = new byte[length];
    Arrays.fill(spaces, (byte) ' ');
    return spaces;
  }

  /** A response read from a raw connection: its status, its head lower-cased, its body. */
  private record Answer(int status, String head, String body) {
    static Answer read(InputStream in) throws IOException {
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
        int next = in.read();
        if (next < 0) {
          throw new IOException("the connection ended in the response's head: " + head);
        }
        head.write(next);
      }
      String text = head.toString(StandardCharsets.US_ASCII).toLowerCase(Locale.ROOT);
      int length = 0;
      for (String line : text.split("\r\n", -1)) {
        if (line.startsWith("content-length:")) {
          length = Integer.parseInt(line.substring("content-length:".length()).strip());
        }
      }
      String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
      return new Answer(Integer.parseInt(text.substring(9, 12)), text, body);
    }
  }
}
