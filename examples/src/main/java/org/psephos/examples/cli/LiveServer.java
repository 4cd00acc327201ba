package org.psephos.examples.cli;

import static java.util.Objects.requireNonNull;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.jspecify.annotations.Nullable;
import org.psephos.Council;
import org.psephos.ElectionDataException;
import org.psephos.json.PsephosJson;
import org.psephos.json.Results;
import org.psephos.json.PublishedResult;
import org.psephos.tally.CouncilFilter;
import org.psephos.tally.Tally;

/**
 * The results server of {@code psephos serve}: a Javalin application showing a {@link LiveNight}.
 *
 * <ul>
 *   <li>{@code GET /} (and {@code ?region=}): the page, drawn on the server ({@link LivePage});
 *   <li>{@code GET /api/results}: the {@code psephos.results/1} document (and {@code ?region=});
 *   <li>{@code GET /api/councils/{id}}: the same document for one council;
 *   <li>{@code GET /api/events}: the server-sent events, one per change, each with its id;
 *       reconnecting with {@code Last-Event-ID} replays the events after it (or sends the whole
 *       state as a {@code refresh} event when they are no longer kept);
 *   <li>{@code GET /api/openapi.json}: the OpenAPI description of the above;
 *   <li>{@code POST /api/declarations}: only with a write token: one result line, a stream of
 *       them or a declarations document, checked as every other input.
 * </ul>
 *
 * <p>Pages and documents carry an {@code ETag} (the server's run and its latest event) and {@code
 * Cache-Control: no-cache}; a matching {@code If-None-Match} is answered 304. Errors are {@code
 * application/problem+json}. The server writes no file and connects to no other host. Closing it
 * stops it.
 */
final class LiveServer implements AutoCloseable {
  /** The largest request body accepted: 1 MiB. */
  static final int MAX_BODY = 1024 * 1024;

  /**
   * How much of a refused body is read and dropped before the refusal is sent: 8 MiB. A client
   * sending a body goes on sending it after the server has answered; had the server closed the
   * connection with the body unread, the client's next write would be reset and it might never
   * read the answer. A longer body is not read: its client may see the connection reset instead.
   * A client that asks {@code Expect: 100-continue} is answered before it sends anything.
   */
  static final int MAX_DISCARDED = 8 * MAX_BODY;

  /** How often a comment is sent on each event stream, so that idle connections stay open. */
  static final long HEARTBEAT_SECONDS = 15;

  /** The chart goes to the clients at most this often (a second): it is most of an event. */
  static final long CHART_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);

  /**
   * How many events may wait for a client whose connection is not taking them: one more and the
   * server drops the client, which reconnects with its {@code Last-Event-ID} when it can read
   * again. A client that asks for more missed events than this is sent the whole state instead.
   */
  static final int MAX_PENDING = 64;

  /**
   * The kernel's send buffer of each connection (the system may double it): fixed rather than
   * grown by the system up to megabytes, so that a client that stops reading holds little memory
   * and is soon seen to be behind.
   */
  static final int SEND_BUFFER = 64 * 1024;

  private static final byte[] HEARTBEAT = ": keep-alive\n\n".getBytes(StandardCharsets.UTF_8);

  private static final String PROBLEM_JSON = "application/problem+json";
  private static final String JSON = "application/json";
  private static final String BEARER = "Bearer ";

  private final LiveNight night;
  private final byte @Nullable [] token;
  private final String run = HexFormat.of().formatHex(new SecureRandom().generateSeed(4));
  private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService dispatcher =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "psephos-events");
            thread.setDaemon(true);
            return thread;
          });
  private final Javalin app;

  /** Hands the night's events to the dispatcher; removed from the night when the server stops. */
  private final Consumer<LiveNight.Event> listener =
      event -> whileOpen(() -> dispatcher.execute(() -> dispatch(event)));

  /** When the chart was last sent; only the dispatcher's thread reads and writes it. */
  private long lastChart = System.nanoTime() - CHART_EVERY_NANOS;

  /** Whether a chart event is to come; only the dispatcher's thread reads and writes it. */
  private boolean chartDue;

  /**
   * The latest {@code refresh} event of each region's page ("" for the whole election), drawn
   * once for every client that connects while the state is the same; only the dispatcher's thread
   * reads and writes it.
   */
  private final Map<String, Frame> wholeState = new HashMap<>();

  private LiveServer(LiveNight night, byte @Nullable [] token, String host, int port) {
    this.night = night;
    this.token = token == null ? null : token.clone();
    this.app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.jetty.host = host;
              config.jetty.port = port;
              config.jetty.addConnector(
                  (server, http) -> {
                    ServerConnector connector =
                        new ServerConnector(server, new HttpConnectionFactory(http));
                    connector.setHost(host);
                    connector.setPort(port);
                    connector.setAcceptedSendBufferSize(SEND_BUFFER);
                    return connector;
                  });
              config.http.maxRequestSize = MAX_BODY;
              config.routes.exception(HttpProblem.class, LiveServer::problem);
              config.routes.get("/", this::page);
              config.routes.get("/api/results", this::results);
              config.routes.get("/api/councils/{id}", this::council);
              config.routes.get("/api/openapi.json", LiveServer::openApi);
              config.routes.before("/api/events", LiveServer::eventStreamOnly);
              config.routes.before("/api/events", ctx -> page(ctx.queryParam("region")));
              config.routes.sse("/api/events", this::subscribe);
              config.routes.post("/api/declarations", this::post);
              config.routes.error(404, ctx -> {
                if (!PROBLEM_JSON.equals(ctx.res().getContentType())) {
                  writeProblem(ctx, 404, "no such page: " + ctx.path());
                }
              });
            });
    night.subscribe(listener);
    ScheduledFuture<?> heartbeats =
        dispatcher.scheduleAtFixedRate(
            this::heartbeat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    requireNonNull(heartbeats, "heartbeats"); // stopped with the dispatcher
  }

  /**
   * Starts a server.
   *
   * @param night the night it shows
   * @param token the write token, or null for a read-only server
   * @param host the address to listen on, such as {@code 127.0.0.1}
   * @param port the port, 0 for a free one
   * @return the running server
   */
  static LiveServer start(LiveNight night, byte @Nullable [] token, String host, int port) {
    LiveServer server = new LiveServer(requireNonNull(night, "night"), token, host, port);
    server.app.start();
    return server;
  }

  /** The port the server listens on. */
  int port() {
    return app.port();
  }

  /** The address of the page: {@code http://127.0.0.1:8080/}. */
  URI uri(String host) {
    String shown = host.contains(":") ? "[" + host + "]" : host;
    return URI.create("http://" + shown + ":" + port() + "/");
  }

  /** How many clients the event stream has now. */
  int subscribers() {
    return subscribers.size();
  }

  /**
   * Hands a task to the dispatcher. Once the server is closed the dispatcher takes no more tasks,
   * and a result or a client arriving then (the results' reader stops after the server) is
   * dropped, not an error.
   */
  private void whileOpen(Runnable submission) {
    try {
      submission.run();
    } catch (RejectedExecutionException e) {
      if (!dispatcher.isShutdown()) {
        throw e;
      }
    }
  }

  @Override
  public void close() {
    night.unsubscribe(listener);
    dispatcher.shutdownNow();
    app.stop();
  }

  private void page(Context ctx) {
    LivePage page = page(ctx.queryParam("region"));
    LiveNight.State state = night.state();
    ctx.header("Content-Security-Policy", LivePage.CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    if (notModified(ctx, state)) {
      return;
    }
    ctx.contentType("text/html; charset=utf-8").result(page.html(state));
  }

  private void results(Context ctx) {
    LivePage page = page(ctx.queryParam("region"));
    LiveNight.State state = night.state();
    if (notModified(ctx, state)) {
      return;
    }
    ctx.contentType(JSON)
        .result(
            PsephosJson.standard()
                .writeResults(
                    new Results(state.tally(), page.filter()).withColoursOf(night.definition()),
                    PsephosJson.Style.COMPACT));
  }

  private void council(Context ctx) {
    String id = ctx.pathParam("id");
    LiveNight.State state = night.state();
    Council council =
        state.tally().election().councils().stream()
            .filter(c -> c.id().equals(id))
            .findFirst()
            .orElseThrow(
                () ->
                    new HttpProblem(
                        404,
                        "council \"" + id + "\" is not part of election "
                            + state.tally().election().id()));
    if (notModified(ctx, state)) {
      return;
    }
    CouncilFilter one = CouncilFilter.matching(council.name(), c -> c.equals(council));
    ctx.contentType(JSON)
        .result(PsephosJson.standard().writeResults(
            new Results(state.tally(), one).withColoursOf(night.definition()),
            PsephosJson.Style.COMPACT));
  }

  private static void openApi(Context ctx) throws IOException {
    try (InputStream in = LiveServer.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the build");
      }
      ctx.header("Cache-Control", "max-age=3600");
      ctx.contentType(JSON).result(in.readAllBytes());
    }
  }

  /** Javalin answers an event stream only to clients that accept one: others get 406. */
  private static void eventStreamOnly(Context ctx) {
    String accept = ctx.header("Accept");
    if (accept == null || !accept.contains("text/event-stream")) {
      throw new HttpProblem(
          406, "/api/events is an event stream: send Accept: text/event-stream (EventSource does)");
    }
  }

  /** The page of a region, or of every council; an unknown region is 404. */
  private LivePage page(@Nullable String region) {
    try {
      return LivePage.of(night, region == null || region.isEmpty() ? null : region);
    } catch (IllegalArgumentException e) {
      throw new HttpProblem(404, String.valueOf(e.getMessage()));
    }
  }

  /** Sets the ETag and cache headers; true (and 304) when the client's copy is current. */
  private boolean notModified(Context ctx, LiveNight.State state) {
    String etag = "\"" + run + "-" + state.id() + "\"";
    ctx.header("ETag", etag);
    ctx.header("Cache-Control", "no-cache");
    String given = ctx.header("If-None-Match");
    if (given == null) {
      return false;
    }
    for (String each : given.split(",", -1)) {
      String tag = each.strip();
      if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
        ctx.status(304);
        return true;
      }
    }
    return false;
  }

  private void post(Context ctx) throws IOException {
    byte[] expected = token;
    if (expected == null) {
      ctx.header("Allow", "GET");
      throw new HttpProblem(
          405, "writing is off: the server was started without --write-token-file");
    }
    String authorization = ctx.header("Authorization");
    if (authorization == null
        || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"psephos\"");
      throw new HttpProblem(401, "writing needs the header Authorization: Bearer TOKEN");
    }
    byte[] given =
        authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, expected)) {
      throw new HttpProblem(403, "the token is not the server's write token");
    }
    long length = ctx.req().getContentLengthLong();
    if (length > MAX_BODY) {
      if (length <= MAX_DISCARDED) {
        discardRest(ctx);
      }
      throw tooLarge(length);
    }
    byte[] body = ctx.bodyInputStream().readNBytes(MAX_BODY + 1);
    if (body.length > MAX_BODY) {
      discardRest(ctx);
      throw tooLarge(-1);
    }
    List<PublishedResult> results = new ArrayList<>();
    Tally checked = night.live().snapshot();
    try (ResultFeed feed =
        ResultFeed.open("request body", new ByteArrayInputStream(body), checked, null)) {
      for (Optional<PublishedResult> next = feed.next(); next.isPresent(); next = feed.next()) {
        checked = feed.apply(checked, next.get());
        results.add(next.get());
      }
    } catch (BadDataException e) {
      throw new HttpProblem(400, String.valueOf(e.getMessage()));
    }
    Optional<LiveNight.Event> event;
    try {
      event = night.apply(tally -> applyAll(tally, results));
    } catch (ElectionDataException e) {
      throw new HttpProblem(409, "request body: " + e.getMessage());
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("applied", results.size());
    answer.put("event", event.map(LiveNight.Event::id).orElse(night.state().id()));
    answer.put("lines", event.map(LiveNight.Event::lines).orElse(List.of()));
    ctx.contentType(JSON).result(PsephosJson.standard().mapper().writeValueAsString(answer));
  }

  private static Tally applyAll(Tally tally, List<PublishedResult> results) {
    Tally after = tally;
    for (PublishedResult result : results) {
      after = result.applyTo(after);
    }
    return after;
  }

  /**
   * Reads and drops the rest of a refused body, at most {@link #MAX_DISCARDED} bytes in all; not
   * when the client waits for {@code 100 Continue} (reading would ask it to send the body).
   */
  private static void discardRest(Context ctx) {
    if ("100-continue".equalsIgnoreCase(ctx.header("Expect"))) {
      return;
    }
    byte[] buffer = new byte[64 * 1024];
    try {
      InputStream in = ctx.bodyInputStream();
      for (long read = 0; read < MAX_DISCARDED; ) {
        int n = in.read(buffer);
        if (n < 0) {
          return;
        }
        read += n;
      }
    } catch (IOException e) {
      // the client has gone: there is no one left to answer
    }
  }

  private static HttpProblem tooLarge(long length) {
    return new HttpProblem(
        413,
        "the request body is "
            + (length < 0 ? "longer than" : length + " bytes; the limit is")
            + " " + MAX_BODY + " bytes");
  }

  private static void problem(HttpProblem problem, Context ctx) {
    writeProblem(ctx, problem.status, problem.detail);
  }

  private static void writeProblem(Context ctx, int status, String detail) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", title(status));
    body.put("status", status);
    body.put("detail", detail);
    ctx.status(status)
        .contentType(PROBLEM_JSON)
        .result(PsephosJson.standard().mapper().writeValueAsString(body));
  }

  private static String title(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 406 -> "Not Acceptable";
      case 409 -> "Conflict";
      case 413 -> "Content Too Large";
      default -> "Error";
    };
  }

  /**
   * A new client of the event stream: the events it missed, then every new one. Its connection
   * is written without blocking (a servlet {@link WriteListener}): a client that stops reading
   * delays no one else.
   */
  private void subscribe(SseClient client) {
    Context ctx = client.ctx();
    ServletOutputStream out;
    try {
      out = ctx.res().getOutputStream();
    } catch (IOException e) {
      client.close();
      return;
    }
    LivePage page = page(ctx.queryParam("region"));
    long lastId = lastEventId(ctx.header("Last-Event-ID"), ctx.queryParam("since"));
    Subscriber subscriber = new Subscriber(client, out, page, ctx.queryParam("region"));
    client.keepAlive();
    client.onClose(() -> subscribers.remove(subscriber));
    subscriber.out.setWriteListener(subscriber);
    whileOpen(() -> dispatcher.execute(
        () -> {
          Optional<List<LiveNight.Event>> missed =
              lastId < 0 ? Optional.empty() : night.since(lastId);
          if (missed.isPresent() && missed.get().size() <= MAX_PENDING) {
            List<LiveNight.Event> events = missed.get();
            for (int i = 0; i < events.size(); i++) {
              LiveNight.Event event = events.get(i);
              subscriber.send(
                  Frame.of(
                      "update", event.id(), page.eventData(event, false, i == events.size() - 1)));
            }
          } else {
            subscriber.send(wholeState(subscriber));
          }
          if (!subscriber.closed()) {
            subscribers.add(subscriber);
          }
        }));
  }

  /**
   * The whole state as a {@code refresh} event for a client's page, drawn once per state; its id
   * is the state's, read once.
   */
  private Frame wholeState(Subscriber subscriber) {
    LiveNight.State state = night.state();
    Frame cached = wholeState.get(subscriber.regionKey);
    if (cached != null && cached.id == state.id()) {
      return cached;
    }
    LiveNight.Event whole = LiveNight.Event.whole(state);
    Frame frame = Frame.of("refresh", whole.id(), subscriber.page.eventData(whole, true, true));
    wholeState.put(subscriber.regionKey, frame);
    return frame;
  }

  /**
   * The id of the last event a client has: its {@code Last-Event-ID} header, else its {@code
   * since} parameter; -1 when neither is a number (the client gets the whole state).
   */
  static long lastEventId(@Nullable String header, @Nullable String since) {
    String given = header != null ? header : since;
    if (given == null) {
      return -1;
    }
    try {
      return Long.parseLong(given.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /**
   * Sends an event to every client, each page's data drawn once. The chart, the largest part, goes
   * with the event when none was sent in the last {@link #CHART_EVERY_NANOS}; otherwise a {@code
   * chart} event follows when that time is up.
   */
  private void dispatch(LiveNight.Event event) {
    long now = System.nanoTime();
    boolean withChart = now - lastChart >= CHART_EVERY_NANOS;
    if (withChart) {
      lastChart = now;
    } else if (!chartDue) {
      chartDue = true;
      long delay = lastChart + CHART_EVERY_NANOS - now;
      whileOpen(
          () -> {
            ScheduledFuture<?> chart =
                dispatcher.schedule(this::sendChart, delay, TimeUnit.NANOSECONDS);
            requireNonNull(chart, "chart"); // runs on the dispatcher, or not at all once it stops
          });
    }
    Map<String, Frame> frames = new HashMap<>();
    for (Subscriber subscriber : subscribers) {
      subscriber.send(
          frames.computeIfAbsent(
              subscriber.regionKey,
              key ->
                  Frame.of(
                      "update", event.id(), subscriber.page.eventData(event, false, withChart))));
    }
  }

  /** Sends every client the chart of the latest state. */
  private void sendChart() {
    chartDue = false;
    lastChart = System.nanoTime();
    LiveNight.State state = night.state();
    Map<String, Frame> frames = new HashMap<>();
    for (Subscriber subscriber : subscribers) {
      subscriber.offer(
          frames.computeIfAbsent(
              subscriber.regionKey,
              key -> Frame.of("chart", -1, subscriber.page.chartData(state))));
    }
  }

  private void heartbeat() {
    Frame comment = new Frame(-1, HEARTBEAT);
    for (Subscriber subscriber : subscribers) {
      subscriber.offer(comment);
    }
  }

  @Override
  public String toString() {
    return "LiveServer[port " + port() + ", " + subscribers.size() + " clients]";
  }

  /** One event as the stream carries it, encoded once and written to every client of a page. */
  static final class Frame {
    /** The event's id, -1 for one without (a chart, a comment). */
    final long id;

    private final byte[] bytes;

    /** A frame of the bytes given, which the caller no longer changes. */
    Frame(long id, byte[] bytes) {
      this.id = id;
      this.bytes = bytes;
    }

    /**
     * The text in UTF-8: {@code id:}, {@code event:} and {@code data:} lines and an empty line.
     * Not copied: nobody changes it.
     */
    byte[] bytes() {
      return bytes;
    }

    /** An event named {@code name} with the id (none when negative) and the data given. */
    static Frame of(String name, long id, String data) {
      StringBuilder text = new StringBuilder(data.length() + 48);
      if (id >= 0) {
        text.append("id: ").append(id).append('\n');
      }
      text.append("event: ").append(name).append('\n');
      for (String line : data.split("\n", -1)) {
        text.append("data: ").append(line.replace("\r", "")).append('\n');
      }
      text.append('\n');
      return new Frame(id, text.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * A client of the event stream and the page it shows. Its events wait in a queue of at most
   * {@link #MAX_PENDING} and are written without blocking: by the dispatcher when the connection
   * takes them, else by the server's thread that reports it writable again. A client whose queue
   * is full is dropped (its response ends), so that one that stops reading costs the others
   * nothing and holds no more than {@link #MAX_PENDING} events.
   */
  private final class Subscriber implements WriteListener {
    private final SseClient client;
    private final ServletOutputStream out;
    private final LivePage page;
    private final String regionKey;

    /** The last update queued; only the dispatcher reads and writes it. */
    private long lastSent = -1;

    /** The events waiting for the connection; guarded by this. */
    private final ArrayDeque<Frame> pending = new ArrayDeque<>();

    /** Whether bytes were written and not yet flushed; guarded by this. */
    private boolean unflushed;

    /** Whether the client was dropped or its connection failed; guarded by this. */
    private boolean closed;

    Subscriber(SseClient client, ServletOutputStream out, LivePage page, @Nullable String region) {
      this.client = client;
      this.out = out;
      this.page = page;
      this.regionKey = region == null ? "" : region;
    }

    /**
     * Sends an update or refresh unless this client has its event already (a refresh counts as
     * every event to its id); only the dispatcher calls this.
     */
    void send(Frame frame) {
      if (frame.id <= lastSent) {
        return;
      }
      lastSent = frame.id;
      offer(frame);
    }

    /** Queues a frame and writes what the connection takes now; drops a client too far behind. */
    synchronized void offer(Frame frame) {
      if (closed) {
        return;
      }
      if (pending.size() >= MAX_PENDING) {
        drop();
        return;
      }
      pending.addLast(frame);
      drain();
    }

    synchronized boolean closed() {
      return closed;
    }

    /** Writes and flushes queued frames for as long as the connection takes them at once. */
    private void drain() {
      try {
        while (!closed && out.isReady()) {
          if (unflushed) {
            unflushed = false;
            out.flush();
            continue;
          }
          Frame next = pending.pollFirst();
          if (next == null) {
            return;
          }
          out.write(next.bytes());
          unflushed = true;
        }
      } catch (IOException | IllegalStateException e) {
        drop();
      }
    }

    /** Ends this client's stream: it is no longer sent anything. */
    private void drop() {
      closed = true;
      pending.clear();
      subscribers.remove(this);
      client.close();
    }

    @Override
    public synchronized void onWritePossible() {
      drain();
    }

    @Override
    public synchronized void onError(Throwable failure) {
      drop();
    }
  }

  /** A request refused with an HTTP status and a message. */
  static final class HttpProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The HTTP status. */
    final int status;

    /** Why the request is refused. */
    final String detail;

    HttpProblem(int status, String detail) {
      super(detail);
      this.status = status;
      this.detail = detail;
    }
  }
}
