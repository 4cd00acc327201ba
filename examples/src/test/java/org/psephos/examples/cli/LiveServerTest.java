package org.psephos.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psephos.json.PsephosJson;
import org.psephos.text.Scoreboard;

/**
 * The results server without a browser: the page as a client without JavaScript sees it, the JSON
 * endpoints with their cache headers, and the protection of writing. The figures are the real
 * London 2018 results: Barking and Dagenham Labour 51 of 51 seats, Barnet Conservative 38 and
 * Labour 25, Bexley Conservative 34 and Labour 11.
 */
class LiveServerTest {
  private LiveFixture live;

  @BeforeEach
  void start() {
    live = LiveFixture.start();
  }

  @AfterEach
  void stop() {
    live.close();
  }

  private void declareFirstThree() {
    List<String> lines = LiveFixture.londonLines();
    for (String line : lines.subList(0, 3)) {
      live.declare(line);
    }
  }

  @Test
  void thePageWithoutJavaScriptShowsTheFiguresOfTheDeclarations() {
    assertThat(live.get("").body())
        .contains("0 of 32 councils declared", "No council has declared yet.");
    declareFirstThree();
    HttpResponse<String> page = live.get("");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("text/html"));
    String html = page.body();
    assertThat(html)
        .contains("3 of 32 councils declared")
        .contains("State of parties after 3 of 32 councils declare")
        .contains("Conservative: 2 councils; 72 seats")
        .contains("Labour: 1 council; 87 seats");
    // newest first
    assertThat(html.indexOf("Bexley: Conservative hold"))
        .isPositive()
        .isLessThan(html.indexOf("Barnet: Conservative hold"));
    assertThat(html.indexOf("Barnet: Conservative hold"))
        .isLessThan(html.indexOf("Barking and Dagenham: Labour hold"));
    // the copy button's text is the scoreboard's, escaped for HTML
    String scoreboard =
        Scoreboard.standard().format(live.night.live().snapshot().standings());
    assertThat(html).contains(
        "<pre id=\"scoreboard-text\">" + LivePage.escape(scoreboard) + "</pre>");
    assertThat(html).contains("<svg").contains("data-party=\"PP52\"").contains("data-seats=\"72\"");
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
        csp -> assertThat(csp).contains("default-src 'none'", LivePage.sha256(LivePage.SCRIPT)));
  }

  @Test
  void aRegionHasAPageOfItsOwnAndAnUnknownRegionIsNotFound() {
    declareFirstThree();
    String html = live.get("?region=London").body();
    assertThat(html)
        .contains("State of parties after 3 of 32 London councils")
        .contains("3 of 32 councils declared");
    HttpResponse<String> unknown = live.get("?region=Wales");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(unknown.body())
        .contains("region \\\"Wales\\\": no council of election local.2018-05-03 is in that"
            + " region; its regions are London");
    assertThat(live.get("api/results?region=Wales").statusCode()).isEqualTo(404);
  }

  @Test
  void resultsAreThePsephosResultsDocumentWithAnEtagAnsweredNotModified() throws Exception {
    declareFirstThree();
    HttpResponse<String> results = live.get("api/results");
    assertThat(results.statusCode()).isEqualTo(200);
    Map<?, ?> document = PsephosJson.standard().mapper().readValue(results.body(), Map.class);
    assertThat(document.get("format")).isEqualTo("psephos.results/1");
    assertThat(results.body()).contains("\"councilsDeclared\":3", "\"councilsExpected\":32");
    String etag = results.headers().firstValue("ETag").orElseThrow();
    assertThat(results.headers().firstValue("Cache-Control")).hasValue("no-cache");

    HttpResponse<String> again = live.get("api/results", "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    HttpResponse<String> page = live.get("", "If-None-Match", "\"other\", " + etag);
    assertThat(page.statusCode()).isEqualTo(304);

    live.declare(LiveFixture.londonLines().get(3));
    HttpResponse<String> changed = live.get("api/results", "If-None-Match", etag);
    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
    assertThat(changed.body()).contains("\"councilsDeclared\":4");
  }

  @Test
  void aCouncilHasItsDocumentAndAnUnknownOneIsAProblem() {
    declareFirstThree();
    HttpResponse<String> barnet = live.get("api/councils/E09000003");
    assertThat(barnet.statusCode()).isEqualTo(200);
    assertThat(barnet.body())
        .contains("\"format\":\"psephos.results/1\"", "\"councilsDeclared\":1",
            "\"councilsExpected\":1", "E09000003")
        .doesNotContain("E09000004");
    assertThat(barnet.headers().firstValue("ETag")).isPresent();
    HttpResponse<String> unknown = live.get("api/councils/E09000099");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body())
        .isEqualTo("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":"
            + "\"council \\\"E09000099\\\" is not part of election local.2018-05-03\"}");
    assertThat(live.get("no/such/page").statusCode()).isEqualTo(404);
  }

  @Test
  void theOpenApiDescriptionNamesEveryEndpoint() throws Exception {
    HttpResponse<String> openApi = live.get("api/openapi.json");
    assertThat(openApi.statusCode()).isEqualTo(200);
    Map<?, ?> document = PsephosJson.standard().mapper().readValue(openApi.body(), Map.class);
    assertThat(document.get("openapi")).isEqualTo("3.0.3");
    assertThat(((Map<?, ?>) java.util.Objects.requireNonNull(document.get("paths"))).keySet().stream().map(String::valueOf))
        .containsExactlyInAnyOrder("/", "/api/results", "/api/councils/{id}", "/api/events",
            "/api/declarations", "/api/openapi.json");
  }

  @Test
  void theEventStreamWantsAnEventStreamClient() {
    HttpResponse<String> plain = live.get("api/events");
    assertThat(plain.statusCode()).isEqualTo(406);
    assertThat(plain.body()).contains("Accept: text/event-stream");
  }

  @Test
  void writingWithoutTheTokenIsRefusedAndChangesNothing() {
    declareFirstThree();
    String before = live.get("api/results").body();
    String line = LiveFixture.londonLines().get(3);

    HttpResponse<String> none = live.post(line);
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"psephos\"");
    HttpResponse<String> basic = live.post(line, "Authorization", "Basic dXNlcjpwYXNz");
    assertThat(basic.statusCode()).isEqualTo(401);
    HttpResponse<String> wrong = live.post(line, "Authorization", "Bearer not-the-token");
    assertThat(wrong.statusCode()).isEqualTo(403);
    assertThat(wrong.body()).contains("the token is not the server's write token");
    HttpResponse<String> prefix =
        live.post(line, "Authorization", "Bearer " + LiveFixture.TOKEN.substring(0, 5));
    assertThat(prefix.statusCode()).isEqualTo(403);

    assertThat(live.get("api/results").body()).isEqualTo(before);
    assertThat(live.night.state().id()).isEqualTo(3);
  }

  @Test
  void anOversizeBodyIsRefused() {
    String before = live.get("api/results").body();
    String big = LiveFixture.londonLines().get(0) + "\n" + " ".repeat(LiveServer.MAX_BODY);
    HttpResponse<String> response =
        live.post(big, "Authorization", "Bearer " + LiveFixture.TOKEN);
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("the limit is 1048576 bytes");
    assertThat(live.get("api/results").body()).isEqualTo(before);
  }

  @Test
  void aMalformedDeclarationIsRefusedWithTheCommandLinesMessage(@TempDir Path dir)
      throws Exception {
    declareFirstThree();
    String before = live.get("api/results").body();
    // Barnet again with 64 seats won of its 63
    String bad =
        "{\"format\":\"psephos.declaration/1\",\"election\":\"local.2018-05-03\",\"sequence\":9,"
            + "\"council\":\"E09000003\",\"seatsWon\":{\"PP52\":39,\"PP53\":25}}";
    HttpResponse<String> response =
        live.post(LiveFixture.londonLines().get(3) + "\n" + bad + "\n",
            "Authorization", "Bearer " + LiveFixture.TOKEN);
    assertThat(response.statusCode()).isEqualTo(400);
    String detail =
        String.valueOf(
            PsephosJson.standard().mapper().readValue(response.body(), Map.class).get("detail"));
    assertThat(detail).startsWith("request body:2:").contains("Barnet", "64", "63");

    // the command line reading the same lines from a file says the same after the file's name
    Cli.copyLondon(dir);
    Path file = dir.resolve("keyed.ndjson");
    Files.writeString(file, LiveFixture.londonLines().get(3) + "\n" + bad + "\n");
    Cli.Result cli = Cli.run("tally", dir.resolve("election.json").toString(), file.toString());
    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.err())
        .isEqualTo("psephos tally: " + file + detail.substring("request body".length()) + "\n");

    // nothing of the body was applied, not even its good first line
    assertThat(live.get("api/results").body()).isEqualTo(before);
    assertThat(live.night.state().id()).isEqualTo(3);
  }

  @Test
  void anEmptyOrNonJsonBodyIsABadRequest() {
    for (String body : List.of("", "not json at all\n", "{\"format\":\"psephos.election/1\"}")) {
      HttpResponse<String> response =
          live.post(body, "Authorization", "Bearer " + LiveFixture.TOKEN);
      assertThat(response.statusCode()).as(body).isEqualTo(400);
      assertThat(response.body()).as(body).contains("request body");
    }
    assertThat(live.night.state().id()).isZero();
  }

  @Test
  void aDeclarationsDocumentIsAppliedWhole() {
    List<String> lines = LiveFixture.londonLines();
    String document =
        "{\"format\":\"psephos.declarations/1\",\"election\":\"local.2018-05-03\","
            + "\"declarations\":[" + strip(lines.get(0)) + "," + strip(lines.get(1)) + "]}";
    HttpResponse<String> response =
        live.post(document, "Authorization", "Bearer " + LiveFixture.TOKEN);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body())
        .isEqualTo("{\"applied\":2,\"event\":1,\"lines\":[\"Barking and Dagenham: Labour hold\","
            + "\"Barnet: Conservative hold\"]}");
  }

  /** A declaration line without its format and election, as a declarations document holds it. */
  private static String strip(String line) {
    return line.replace("\"format\":\"psephos.declaration/1\",\"election\":\"local.2018-05-03\",",
        "");
  }

  @Test
  void aReadOnlyServerRefusesEveryWrite() {
    try (LiveFixture readOnly = LiveFixture.start(false)) {
      HttpResponse<String> response =
          readOnly.post(LiveFixture.londonLines().get(0),
              "Authorization", "Bearer " + LiveFixture.TOKEN);
      assertThat(response.statusCode()).isEqualTo(405);
      assertThat(response.headers().firstValue("Allow")).hasValue("GET");
      assertThat(readOnly.night.state().id()).isZero();
    }
  }

  @Test
  void htmlIsEscaped() {
    assertThat(LivePage.escape("<b a='1'>\"Tom & Jerry\"</b>"))
        .isEqualTo("&lt;b a=&#39;1&#39;&gt;&quot;Tom &amp; Jerry&quot;&lt;/b&gt;");
  }
}
