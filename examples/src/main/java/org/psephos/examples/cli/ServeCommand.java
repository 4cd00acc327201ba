package org.psephos.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import org.psephos.ElectionDataException;
import org.psephos.feeds.pa.PaDropFolder;
import org.psephos.feeds.pa.PaElection;
import org.psephos.feeds.pa.PaFeedException;
import org.psephos.feeds.pa.PaFeedStep;
import org.psephos.feeds.tables.DemocracyClubPoller;
import org.psephos.json.ElectionDefinition;
import org.psephos.json.PublishedResult;
import org.psephos.tally.LiveTally;
import org.psephos.tally.Tally;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code psephos serve}: a live results page and its JSON API, updated as results arrive ({@link
 * LiveServer}).
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = Psephos.Version.class,
    description = {
      "Serves a live results page: the state of parties in the live-blog layout with a button"
          + " copying it, the councils declared (newest first, with their outcomes) and in"
          + " progress, and the chart, updated in the browser as each result arrives (server-sent"
          + " events); the page is complete without JavaScript. One page per region:"
          + " /?region=London.",
      "",
      "JSON for front ends of their own: /api/results (psephos.results/1), /api/councils/ID,"
          + " /api/events (the event stream), described at /api/openapi.json.",
      "",
      "The results come from RESULTS (a stream or document, as replay reads it; - reads a"
          + " stream from standard input as it arrives, and --follow keeps reading a stream file"
          + " as it grows), from a PA Media drop folder (--watch), or from the bundled example"
          + " (--example, replayed at the pace of --replay-every), or from Democracy Club's results"
          + " API (--democracy-club DATE with ELECTION). With --write-token-file, desks"
          + " may also POST results to /api/declarations with the token. Stop it with Ctrl-C.",
      "",
      "The server listens on 127.0.0.1 unless --host says otherwise; it writes no file and"
          + " connects to no other host (but Democracy Club's, with --democracy-club)."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:stopped",
      "1:bad data: an input file is missing, unreadable or invalid, or the port is taken",
      "2:bad usage: an unknown option, a missing or malformed argument"
    })
final class ServeCommand implements Callable<Integer> {
  private final Environment environment;

  /** Counted down to stop the server (Ctrl-C stops the process instead). */
  final CountDownLatch stop = new CountDownLatch(1);

  /** The server once started, for tests. */
  volatile @Nullable LiveServer server;

  @Spec CommandSpec spec = CommandSpec.create();

  @Mixin InputFiles files = new InputFiles();

  @Option(
      names = "--watch",
      paramLabel = "DIR",
      description = "Serve the results of a PA Media drop folder, as watch reads it, instead of"
          + " ELECTION and RESULTS.")
  @Nullable Path watch;

  @Option(
      names = "--democracy-club",
      paramLabel = "DATE",
      description = "Serve the results Democracy Club's results API publishes for this polling"
          + " day (2026-05-07), polled every --poll-every, for the wards of ELECTION (given"
          + " without RESULTS).")
  @Nullable String democracyClub;

  @Option(
      names = "--democracy-club-url",
      paramLabel = "URL",
      description = "The site of Democracy Club's API (a mirror's, or a test server's)."
          + " Default: ${DEFAULT-VALUE}.",
      defaultValue = "https://candidates.democracyclub.org.uk/")
  String democracyClubUrl = DemocracyClubPoller.DEFAULT_BASE.toString();

  @Option(
      names = "--poll-every",
      paramLabel = "DURATION",
      converter = Durations.class,
      defaultValue = "60s",
      description = "How long to wait between two polls of --democracy-club. Default: 60s.")
  Duration pollEvery = Duration.ofSeconds(60);

  @Option(
      names = "--replay-every",
      paramLabel = "DURATION",
      converter = Durations.class,
      defaultValue = "0",
      description = "Wait this long before each result after the first, like a live night: 2s,"
          + " 500ms, 1.5 (seconds). Default: no wait.")
  Duration replayEvery = Duration.ZERO;

  @Option(
      names = "--follow",
      description = "Keep reading RESULTS, a stream file, as lines are added to it.")
  boolean follow;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description = "The address to listen on. Default: ${DEFAULT-VALUE} (this machine only);"
          + " 0.0.0.0 listens on every address.")
  String host = "127.0.0.1";

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "8080",
      description = "The port to listen on; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
  int port = 8080;

  @Option(
      names = "--write-token-file",
      paramLabel = "FILE",
      description = "Accept POST /api/declarations from clients sending the token this file"
          + " holds (its first line) as Authorization: Bearer TOKEN. Without it the server is"
          + " read-only.")
  @Nullable Path writeTokenFile;

  @Mixin TallyOptions options = new TallyOptions();

  @Mixin OutcomeNames outcomeNames = new OutcomeNames();

  ServeCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65_535) {
      throw new ParameterException(spec.commandLine(), "--port " + port + " is not a port");
    }
    if (!files.more.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "serve takes at most ELECTION and RESULTS: " + files.more.get(0)
              + " is one file too many");
    }
    byte @Nullable [] token = writeTokenFile == null ? null : readToken(writeTokenFile);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String command = spec.qualifiedName();
    Path folder = watch;
    if (folder != null) {
      if (files.election != null) {
        throw new ParameterException(
            spec.commandLine(), "--watch " + folder + " is instead of ELECTION and RESULTS");
      }
      options.checkExample(true, spec.commandLine());
      PaElection election = PaFolders.election(folder);
      LiveTally live = LiveTally.of(election.emptyTally());
      LiveNight night =
          new LiveNight(
              ElectionDefinition.of(election.election()), live,
              outcomeNames.names(election.election(), spec.commandLine()));
      try (LiveServer started = start(night, token, out);
          PaDropFolder drop =
              PaDropFolder.start(
                  folder, election, live, new Publisher(night, err, command),
                  Duration.ofMillis(200), Duration.ofMillis(2000))) {
        night.publishLatest();
        stop.await();
      }
      return 0;
    }
    String day = democracyClub;
    if (day != null) {
      return serveDemocracyClub(day, token, out, err, command);
    }
    ElectionDefinition definition = files.readElection(options, spec.commandLine());
    Tally empty = options.emptyTally(definition.election());
    LiveNight night =
        new LiveNight(
            definition, LiveTally.of(empty),
            outcomeNames.names(definition.election(), spec.commandLine()));
    Path results = files.results;
    ResultFeed feed;
    if (follow) {
      if (results == null || !Files.isRegularFile(results)) {
        throw new ParameterException(
            spec.commandLine(), "--follow reads a RESULTS file as it grows: give ELECTION and"
                + " RESULTS, a file");
      }
      feed = ResultFeed.stream(Inputs.name(results), new Following(results), empty);
    } else if (results != null && results.toString().equals("-")) {
      feed = ResultFeed.stream(Inputs.name(results), Inputs.open(results), empty);
    } else {
      feed = files.openResults(options, empty, null);
    }
    Thread reader = new Thread(() -> read(feed, night, err, command), "psephos-serve-results");
    reader.setDaemon(true);
    try (LiveServer started = start(night, token, out)) {
      reader.start();
      stop.await();
    } finally {
      reader.interrupt();
    }
    return 0;
  }

  /**
   * Serves the results Democracy Club publishes for a polling day: a poll, then another after
   * {@link #pollEvery}, until stopped. A failed or bad poll is reported and applies nothing; the
   * next one tries again.
   */
  private int serveDemocracyClub(
      String day, byte @Nullable [] token, PrintWriter out, PrintWriter err, String command)
      throws InterruptedException {
    Path electionFile = files.election;
    if (electionFile == null || files.results != null || watch != null || follow) {
      throw new ParameterException(
          spec.commandLine(), "--democracy-club " + day + " reads the results of ELECTION's wards"
              + " from Democracy Club: give ELECTION alone (no RESULTS, --watch or --follow)");
    }
    options.checkExample(true, spec.commandLine());
    LocalDate date;
    URI base;
    try {
      date = LocalDate.parse(day);
    } catch (DateTimeParseException e) {
      throw new ParameterException(
          spec.commandLine(), "--democracy-club " + day + " is not a date such as 2026-05-07");
    }
    try {
      base = new URI(democracyClubUrl.endsWith("/") ? democracyClubUrl : democracyClubUrl + "/");
      if (!"https".equals(base.getScheme()) && !"http".equals(base.getScheme())) {
        throw new URISyntaxException(democracyClubUrl, "not an http or https address");
      }
    } catch (URISyntaxException e) {
      throw new ParameterException(
          spec.commandLine(), "--democracy-club-url " + democracyClubUrl + ": " + e.getMessage());
    }
    ElectionDefinition definition = Inputs.election(electionFile, options.example);
    LiveTally live = LiveTally.of(options.emptyTally(definition.election()));
    LiveNight night =
        new LiveNight(
            definition, live, outcomeNames.names(definition.election(), spec.commandLine()));
    DemocracyClubPoller poller =
        DemocracyClubPoller.of(
            base, date, definition.election(), live, Duration.ofSeconds(5),
            environment.sleeper()::sleep);
    Thread polling =
        new Thread(() -> poll(poller, base, night, err, command), "psephos-serve-democracy-club");
    polling.setDaemon(true);
    try (LiveServer started = start(night, token, out)) {
      polling.start();
      stop.await();
    } finally {
      polling.interrupt();
    }
    return 0;
  }

  /** Polls Democracy Club until interrupted, publishing what each poll applies. */
  private void poll(
      DemocracyClubPoller poller, URI base, LiveNight night, PrintWriter err, String command) {
    int noticesShown = 0;
    try {
      while (!Thread.currentThread().isInterrupted()) {
        String problem = null;
        try {
          poller.poll();
        } catch (IOException e) {
          problem = base + " cannot be read (" + e.getMessage() + ")";
        } catch (ElectionDataException e) { // a TableFormatException too
          problem = e.getMessage() + "; nothing of this poll is applied";
        }
        night.publishLatest();
        List<String> notices = poller.notices();
        synchronized (err) {
          for (String notice : notices.subList(noticesShown, notices.size())) {
            err.println(command + ": " + notice);
          }
          if (problem != null) {
            err.println(command + ": " + problem + "; polling again in " + pollEvery.toSeconds()
                + " s");
          }
          err.flush();
        }
        noticesShown = notices.size();
        environment.sleeper().sleep(pollEvery);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private LiveServer start(LiveNight night, byte @Nullable [] token, PrintWriter out) {
    LiveServer started;
    try {
      started = LiveServer.start(night, token, host, port);
    } catch (RuntimeException e) {
      throw new BadDataException(
          "cannot listen on " + host + ":" + port + ": " + rootMessage(e), e);
    }
    out.println(
        "Serving " + night.definition().election().name() + " at " + started.uri(host)
            + " (Ctrl-C to stop)");
    out.flush();
    server = started; // after the address is printed: tests wait for it, then read the address
    return started;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return String.valueOf(root.getMessage());
  }

  /** Reads the results, one at a time at the chosen pace, into the night. */
  private void read(ResultFeed feed, LiveNight night, PrintWriter err, String command) {
    try (feed) {
      boolean first = true;
      for (Optional<PublishedResult> next = feed.next(); next.isPresent(); next = feed.next()) {
        if (!first && !replayEvery.isZero()) {
          environment.sleeper().sleep(replayEvery);
        }
        first = false;
        PublishedResult result = next.get();
        night.apply(tally -> feed.apply(tally, result));
      }
    } catch (BadDataException e) {
      if (Thread.currentThread().isInterrupted()) {
        return; // stopped while reading
      }
      synchronized (err) {
        err.println(command + ": " + e.getMessage() + "; the results after it are not read");
        err.flush();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The token: the file's first line, without surrounding blanks. */
  private byte[] readToken(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException e) {
      throw Inputs.unreadable(file.toString(), e);
    }
    String line = text.lines().findFirst().orElse("").strip();
    if (line.isEmpty()) {
      throw new BadDataException(
          Problem.ofFile(file.toString(), "holds no token: its first line is empty").toString());
    }
    return line.getBytes(StandardCharsets.UTF_8);
  }

  /** Publishes what the drop folder applies, and reports its problems as watch does. */
  private static final class Publisher implements PaDropFolder.Listener {
    private final LiveNight night;
    private final PrintWriter err;
    private final String command;

    Publisher(LiveNight night, PrintWriter err, String command) {
      this.night = night;
      this.err = err;
      this.command = command;
    }

    @Override
    public synchronized void applied(Path file, PaFeedStep step) {
      night.publishLatest();
      for (PaFeedException gap : step.gaps()) {
        err.println(command + ": " + gap.getMessage());
      }
      for (String notice : step.notices()) {
        err.println(command + ": " + file.getFileName() + ": " + notice);
      }
      err.flush();
    }

    @Override
    public synchronized void rejected(Path file, RuntimeException problem) {
      err.println(command + ": bad file, skipped: " + problem.getMessage());
      err.flush();
    }
  }

  /** A file read as it grows: at its end, waits for more until the reading thread is stopped. */
  static final class Following extends InputStream {
    /** How long to wait at the end of the file before looking again. */
    static final long WAIT_MILLIS = 200;

    private final InputStream in;

    Following(Path file) {
      this.in = Inputs.open(file);
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      while (true) {
        int n = in.read(buffer, offset, length);
        if (n != -1) {
          return n;
        }
        try {
          Thread.sleep(WAIT_MILLIS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("stopped following the file");
        }
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
