package org.psephos.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.Ward;
import org.psephos.json.ElectionDefinition;
import org.psephos.json.PsephosJson;
import picocli.CommandLine;

/** {@code psephos serve} run as the command line runs it, stopped by the test. */
class ServeCommandTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** A serve command running on a thread of its own. */
  private static final class Running implements AutoCloseable {
    final ServeCommand command;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final AtomicInteger exit = new AtomicInteger(-1);
    final Thread thread;

    Running(Environment environment, String... args) throws InterruptedException {
      CommandLine commandLine = Psephos.commandLine(environment);
      commandLine.setOut(new PrintWriter(out, true));
      commandLine.setErr(new PrintWriter(err, true));
      command =
          (ServeCommand)
              java.util.Objects.requireNonNull(commandLine.getSubcommands().get("serve"))
                  .getCommand();
      thread = new Thread(() -> exit.set(commandLine.execute(args)), "serve-command");
      thread.start();
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (command.server == null && thread.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
    }

    URI uri() {
      String printed = out.toString();
      int start = printed.indexOf("http://");
      return URI.create(printed.substring(start, printed.indexOf(' ', start)));
    }

    String page() throws Exception {
      return HTTP.send(HttpRequest.newBuilder(uri()).build(), HttpResponse.BodyHandlers.ofString())
          .body();
    }

    /** Waits up to ten seconds for the page to show a text. */
    String awaitPage(String text) throws Exception {
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      String page = page();
      while (!page.contains(text) && System.nanoTime() < deadline) {
        Thread.sleep(20);
        page = page();
      }
      assertThat(page).contains(text);
      return page;
    }

    int stop() throws InterruptedException {
      command.stop.countDown();
      thread.join(10_000);
      return exit.get();
    }

    @Override
    public void close() {
      command.stop.countDown();
    }
  }

  private static Running serve(String... args) throws InterruptedException {
    return new Running(Environment.notTerminal(new Cli.RecordingSleeper()), args);
  }

  @Test
  void servesTheBundledNightAndPrintsWhere() throws Exception {
    try (Running serve = serve("serve", "--port", "0")) {
      assertThat(serve.out.toString())
          .matches("Serving London borough elections 2018 at http://127\\.0\\.0\\.1:\\d+/"
              + " \\(Ctrl-C to stop\\)\n");
      // the night's last two lines complete Brent and Southwark after all 32 have declared
      String page = serve.awaitPage("Seats declared: 1,833 of 1,833");
      assertThat(page)
          .contains("32 of 32 councils declared")
          .contains("State of parties after 32 of 32 councils declare")
          .contains("Kingston upon Thames: Liberal Democrat gain from Conservative");
      assertThat(serve.stop()).isZero();
      assertThat(serve.err.toString()).isEmpty();
    }
  }

  @Test
  void replaysAtThePaceAsked() throws Exception {
    Cli.RecordingSleeper sleeper = new Cli.RecordingSleeper();
    try (Running serve =
        new Running(Environment.notTerminal(sleeper), "serve", "--port", "0", "--example",
            "wards-synthetic", "--replay-every", "2s")) {
      serve.awaitPage("3 of 3 councils declared");
      assertThat(sleeper.waits).hasSize(28).containsOnly(Duration.ofSeconds(2));
    }
  }

  @Test
  void followsAResultsFileAsItGrows(@TempDir Path dir) throws Exception {
    Cli.copyLondon(dir);
    List<String> lines = Files.readAllLines(dir.resolve("declarations.ndjson"));
    Path growing = dir.resolve("night.ndjson");
    Files.writeString(growing, lines.get(0) + "\n");
    try (Running serve =
        serve("serve", "--port", "0", "--follow", dir.resolve("election.json").toString(),
            growing.toString())) {
      serve.awaitPage("1 of 32 councils declared");
      Files.writeString(growing, lines.get(1) + "\n", StandardOpenOption.APPEND);
      assertThat(serve.awaitPage("2 of 32 councils declared"))
          .contains("Barnet: Conservative hold");
    }
  }

  @Test
  void readsStandardInputAsLinesArrive(@TempDir Path dir) throws Exception {
    Cli.copyLondon(dir);
    List<String> lines = Files.readAllLines(dir.resolve("declarations.ndjson"));
    InputStream original = System.in;
    PipedOutputStream typed = new PipedOutputStream();
    System.setIn(new PipedInputStream(typed, 64 * 1024));
    try (Running serve =
        serve("serve", "--port", "0", dir.resolve("election.json").toString(), "-")) {
      serve.awaitPage("0 of 32 councils declared");
      // each line is shown as soon as it comes, the input still open
      typed.write((lines.get(0) + "\n").getBytes(StandardCharsets.UTF_8));
      typed.flush();
      assertThat(serve.awaitPage("1 of 32 councils declared"))
          .contains("Barking and Dagenham: Labour hold");
      typed.write((lines.get(1) + "\n").getBytes(StandardCharsets.UTF_8));
      typed.flush();
      assertThat(serve.awaitPage("2 of 32 councils declared"))
          .contains("Barnet: Conservative hold");
      // a bad line is reported with its line number, named as standard input
      typed.write("{\"format\":\n".getBytes(StandardCharsets.UTF_8));
      typed.close();
      long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      while (serve.err.toString().isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(serve.err.toString())
          .startsWith("psephos serve: standard input:3:")
          .endsWith("; the results after it are not read\n");
      assertThat(serve.page()).contains("2 of 32 councils declared");
      assertThat(serve.stop()).isZero();
    } finally {
      System.setIn(original);
    }
  }

  /**
   * A Democracy Club result in the results API's shape, written by hand (invented people and
   * figures): Ann Ash (Labour) against Bob Birch (Conservative).
   */
  private static String dcResult(String ballot, String updated, int ann, int bob) {
    return "{\"ballot\":{\"ballot_paper_id\":\"" + ballot + "\"},\"last_updated\":\"" + updated
        + "\",\"num_turnout_reported\":3000,\"num_spoilt_ballots\":12,\"total_electorate\":9000,"
        + "\"candidate_results\":["
        + "{\"person\":{\"id\":1,\"name\":\"Ann Ash\"},\"party\":{\"ec_id\":\"PP53\","
        + "\"legacy_slug\":\"party:53\",\"name\":\"Labour Party\"},"
        + "\"num_ballots\":" + ann + ",\"elected\":" + (ann > bob) + "},"
        + "{\"person\":{\"id\":2,\"name\":\"Bob Birch\"},\"party\":{\"ec_id\":\"PP52\","
        + "\"legacy_slug\":\"party:52\",\"name\":\"Conservative\"},"
        + "\"num_ballots\":" + bob + ",\"elected\":" + (bob > ann) + "}]}";
  }

  @Test
  void servesDemocracyClubsResultsAsTheyArePublished(@TempDir Path dir) throws Exception {
    String north = "local.testshire.north.2026-05-07";
    String south = "local.testshire.south.2026-05-07";
    Party lab = Party.of("PP53", "Labour", "Lab");
    Party con = Party.of("PP52", "Conservative", "Con");
    Election election =
        Election.builder("local.2026-05-07", LocalDate.of(2026, 5, 7), "Testshire 2026")
            .parties(lab, con)
            .contest(
                Contest.builder(
                        Council.of("local.testshire.2026-05-07", "Testshire",
                            CouncilType.SHIRE_DISTRICT, "East", 2))
                    .previous(Composition.of(Map.of(lab, 1, con, 1)))
                    .defended(Composition.of(Map.of(lab, 1, con, 1)))
                    .wards(
                        List.of(
                            Ward.of(north, "North", 1, Composition.of(Map.of(lab, 1))),
                            Ward.of(south, "South", 1, Composition.of(Map.of(con, 1)))))
                    .build())
            .build();
    Path electionFile = dir.resolve("election.json");
    Files.writeString(
        electionFile,
        PsephosJson.standard()
            .writeElection(ElectionDefinition.of(election), PsephosJson.Style.PRETTY));
    // Democracy Club's API on the loopback address: each poll takes the next page, if any
    BlockingQueue<String> pages = new LinkedBlockingQueue<>();
    List<String> asked = new CopyOnWriteArrayList<>();
    Javalin api =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.jetty.host = "127.0.0.1";
              config.jetty.port = 0;
              config.routes.get(
                  "/api/next/results/",
                  ctx -> {
                    asked.add(ctx.fullUrl());
                    String page = pages.poll();
                    ctx.contentType("application/json")
                        .result(page != null ? page : "{\"count\":0,\"next\":null,\"results\":[]}");
                  });
            });
    api.start();
    Environment sleeping = Environment.notTerminal(d -> Thread.sleep(d.toMillis()));
    try (Running serve =
        new Running(sleeping, "serve", "--port", "0", "--democracy-club", "2026-05-07",
            "--democracy-club-url", "http://127.0.0.1:" + api.port(), "--poll-every", "0.05",
            electionFile.toString())) {
      pages.add("{\"count\":1,\"next\":null,\"results\":["
          + dcResult(north, "2026-05-08T01:00:00Z", 900, 700) + "]}");
      assertThat(serve.awaitPage("Testshire: 1 of 2 wards declared"))
          .contains("0 of 1 councils declared");
      pages.add("{\"count\":1,\"next\":null,\"results\":["
          + dcResult(south, "2026-05-08T02:00:00Z", 950, 800) + "]}");
      // Labour takes South from the Conservatives: 2 of 2 seats, a gain of the council
      assertThat(serve.awaitPage("1 of 1 councils declared"))
          .contains("Testshire: Labour gain from no overall control");
      assertThat(asked.get(0))
          .endsWith("/api/next/results/?election_date=2026-05-07");
      assertThat(asked).anyMatch(url -> url.contains("&last_updated=2026-05-08T01%3A00%3A00Z"));
      assertThat(serve.stop()).isZero();
      assertThat(serve.err.toString()).isEmpty();
    } finally {
      api.stop();
    }
  }

  @Test
  void aBadLineStopsTheReadingButNotTheServer(@TempDir Path dir) throws Exception {
    Cli.copyLondon(dir);
    List<String> lines = Files.readAllLines(dir.resolve("declarations.ndjson"));
    Path results = dir.resolve("night.ndjson");
    Files.writeString(results, lines.get(0) + "\n{\"format\":\n" + lines.get(1) + "\n");
    try (Running serve =
        serve("serve", "--port", "0", dir.resolve("election.json").toString(),
            results.toString())) {
      serve.awaitPage("1 of 32 councils declared");
      long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      while (serve.err.toString().isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(serve.err.toString())
          .startsWith("psephos serve: " + results + ":2:")
          .endsWith("; the results after it are not read\n");
      assertThat(serve.stop()).isZero();
    }
  }

  @Test
  void servesAPaDropFolder(@TempDir Path dir) throws Exception {
    Path pa = PaCommandsTest.folder(dir);
    try (Running serve = serve("serve", "--port", "0", "--watch", pa.toString())) {
      assertThat(serve.awaitPage("2 of 2 councils declared"))
          .contains("Allton: Liberal Democrat gain from Labour");
    }
  }

  @Test
  void writesWithTheTokenOfTheFile(@TempDir Path dir) throws Exception {
    Path token = dir.resolve("token");
    Files.writeString(token, "  s3cret  \nignored\n");
    try (Running serve =
        serve("serve", "--port", "0", "--example", "wards-synthetic", "--replay-every", "1",
            "--write-token-file", token.toString())) {
      HttpRequest post =
          HttpRequest.newBuilder(serve.uri().resolve("api/declarations"))
              .header("Authorization", "Bearer s3cret")
              .POST(HttpRequest.BodyPublishers.ofString("{}"))
              .build();
      HttpResponse<String> response = HTTP.send(post, HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as("past the token, to the checking").isEqualTo(400);
    }
  }

  @Test
  void refusesATokenFileWithoutAToken(@TempDir Path dir) throws Exception {
    Path token = dir.resolve("token");
    Files.writeString(token, "\n", StandardCharsets.UTF_8);
    Cli.Result empty = Cli.run("serve", "--port", "0", "--write-token-file", token.toString());
    assertThat(empty.exitCode()).isEqualTo(1);
    assertThat(empty.err())
        .isEqualTo("psephos serve: " + token + ": holds no token: its first line is empty\n");
    Cli.Result missing =
        Cli.run("serve", "--port", "0", "--write-token-file", dir.resolve("none").toString());
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).startsWith("psephos serve: " + dir.resolve("none"));
  }

  @Test
  void refusesWrongUsage(@TempDir Path dir) throws Exception {
    Cli.copyLondon(dir);
    String election = dir.resolve("election.json").toString();
    String results = dir.resolve("declarations.ndjson").toString();
    assertUsage(List.of("serve", "--port", "70000"), "--port 70000 is not a port"::equals);
    assertUsage(List.of("serve", "--watch", dir.toString(), election, results),
        message -> message.startsWith("--watch " + dir + " is instead of ELECTION and RESULTS"));
    assertUsage(List.of("serve", "--follow"),
        message -> message.startsWith("--follow reads a RESULTS file as it grows"));
    assertUsage(List.of("serve", election, results, results),
        ("serve takes at most ELECTION and RESULTS: " + results + " is one file too many")::equals);
    assertUsage(List.of("serve", "--democracy-club", "2026-05-07", election, results),
        message -> message.startsWith("--democracy-club 2026-05-07 reads the results of"
            + " ELECTION's wards from Democracy Club: give ELECTION alone"));
    assertUsage(List.of("serve", "--democracy-club", "7 May", election),
        "--democracy-club 7 May is not a date such as 2026-05-07"::equals);
    assertUsage(
        List.of("serve", "--democracy-club", "2026-05-07", "--democracy-club-url", "ftp://x/",
            election),
        message -> message.startsWith("--democracy-club-url ftp://x/: "));
  }

  private static void assertUsage(List<String> args, Predicate<String> message) {
    Cli.Result run = Cli.run(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    String first = run.errLines().get(0);
    assertThat(first).startsWith("psephos serve: ");
    assertThat(first.substring("psephos serve: ".length())).matches(message);
  }

  @Test
  void aTakenPortIsBadData() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      Cli.Result run = Cli.run("serve", "--port", String.valueOf(taken.getLocalPort()));
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err())
          .startsWith("psephos serve: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": ");
    }
  }
}
