package org.psephos.examples.cli;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.psephos.Council;
import org.psephos.Election;
import org.psephos.json.ElectionDefinition;
import org.psephos.json.PsephosJson;
import org.psephos.tally.CouncilFilter;
import org.psephos.tally.CouncilProgress;
import org.psephos.tally.Standings;
import org.psephos.tally.Tally;
import org.psephos.text.Scoreboard;
import org.psephos.text.StandingsChart;

/**
 * The results page of one election, or one region of it, drawn on the server: complete without
 * JavaScript. Its live parts (the scoreboard, the progress, the councils declared and in progress,
 * and the chart) each sit in an element with an id, and {@link #eventData} gives the same parts as
 * JSON for the page's script to put in place. Every text from the data is escaped. Immutable.
 */
final class LivePage {
  /** The ids of the parts of the page an event replaces, whose inner HTML the event carries. */
  static final List<String> HTML_PARTS = List.of("progress", "in-progress");

  /** The page's script: subscribes to the events and puts each event's parts in place. */
  static final String SCRIPT =
      String.join(
          "\n",
          "(function () {",
          "  var root = document.documentElement;",
          "  var status = document.getElementById('status');",
          "  var region = root.getAttribute('data-region');",
          "  var url = 'api/events?since=' + encodeURIComponent(root.getAttribute('data-event'))",
          "      + (region ? '&region=' + encodeURIComponent(region) : '');",
          "  var source = new EventSource(url);",
          "  function show(message) {",
          "    var data = JSON.parse(message.data);",
          "    document.getElementById('scoreboard-text').textContent = data.scoreboard;",
          "    ['" + String.join("', '", HTML_PARTS) + "'].forEach(function (id) {",
          "      document.getElementById(id).innerHTML = data[id];",
          "    });",
          "    var box = document.getElementById('declared');",
          "    if (data.declared !== undefined) {",
          "      box.innerHTML = data.declared;",
          "    } else {",
          "      data['declared-removed'].forEach(function (id) {",
          "        box.querySelectorAll('li').forEach(function (item) {",
          "          if (item.getAttribute('data-council') === id) { item.remove(); }",
          "        });",
          "      });",
          "      var list = box.querySelector('ol');",
          "      if (data['declared-added'] && !list) {",
          "        box.innerHTML = '<ol reversed></ol>';",
          "        list = box.querySelector('ol');",
          "      }",
          "      if (list) { list.insertAdjacentHTML('afterbegin', data['declared-added']); }",
          "      if (!box.querySelector('li')) {",
          "        box.innerHTML = '<p>No council has declared yet.</p>';",
          "      }",
          "    }",
          "    chart(data);",
          "    root.setAttribute('data-event', String(data.id));",
          "    status.textContent = 'Live: updated at ' + new Date().toLocaleTimeString();",
          "  }",
          "  function chart(data) {",
          "    if (data.chart !== undefined) {",
          "      document.getElementById('chart').innerHTML = data.chart;",
          "    }",
          "  }",
          "  source.addEventListener('update', show);",
          "  source.addEventListener('refresh', show);",
          "  source.addEventListener('chart', function (message) {",
          "    chart(JSON.parse(message.data));",
          "  });",
          "  source.onopen = function () { status.textContent = 'Live'; };",
          "  source.onerror = function () { status.textContent = 'Reconnecting\\u2026'; };",
          "  var copy = document.getElementById('copy');",
          "  copy.hidden = false;",
          "  copy.addEventListener('click', function () {",
          "    var text = document.getElementById('scoreboard-text').textContent;",
          "    var done = function () { copy.textContent = 'Copied'; };",
          "    if (navigator.clipboard && window.isSecureContext) {",
          "      navigator.clipboard.writeText(text).then(done);",
          "    } else {",
          "      var area = document.createElement('textarea');",
          "      area.value = text;",
          "      document.body.appendChild(area);",
          "      area.select();",
          "      document.execCommand('copy');",
          "      area.remove();",
          "      done();",
          "    }",
          "  });",
          "})();");

  /** The Content-Security-Policy of the page: its own script only, by hash; no other host. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src '" + sha256(SCRIPT) + "'; style-src 'unsafe-inline';"
          + " connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self';"
          + " frame-ancestors 'none'";

  private static final String STYLE =
      String.join(
          "\n",
          "body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 60rem;"
              + " padding: 1rem; color: #222; }",
          "header p { margin: 0.2rem 0; color: #555; }",
          ".post { border-left: 4px solid #c00; padding: 0.5rem 1rem; margin: 1rem 0;"
              + " background: #fafafa; }",
          ".post pre { font-size: 1rem; white-space: pre-wrap; margin: 0.5rem 0; }",
          ".columns { display: flex; gap: 2rem; flex-wrap: wrap; }",
          ".columns section { flex: 1 1 20rem; }",
          "ol, ul { padding-left: 1.2rem; }",
          "#chart svg { max-width: 100%; height: auto; }",
          "#status { font-size: 0.9rem; color: #080; }");

  private final ElectionDefinition definition;
  private final StandingsChart chart;
  private final @Nullable String region;
  private final CouncilFilter filter;
  private final Scoreboard scoreboard;

  private LivePage(
      ElectionDefinition definition, StandingsChart chart, @Nullable String region,
      CouncilFilter filter, Scoreboard scoreboard) {
    this.definition = definition;
    this.chart = chart;
    this.region = region;
    this.filter = filter;
    this.scoreboard = scoreboard;
  }

  /**
   * The page of a whole election, or of one region.
   *
   * @param night the night, for its election, colours and party names
   * @param region the region, or null for every council
   * @return the page
   * @throws IllegalArgumentException if no council of the election is in the region, naming the
   *     election and its regions
   */
  static LivePage of(LiveNight night, @Nullable String region) {
    ElectionDefinition definition = night.definition();
    Election election = definition.election();
    StandingsChart chart =
        StandingsChart.standard()
            .withColours(definition.colours())
            .withPartyNames(night.names());
    String source = definition.metadata().source();
    if (source != null && !source.isBlank()) {
      chart = chart.withSource(source);
    }
    if (region == null) {
      return new LivePage(definition, chart, null, CouncilFilter.all(), Scoreboard.standard());
    }
    if (!election.regions().contains(region)) {
      throw new IllegalArgumentException(
          "region \"" + region + "\": no council of election " + election.id()
              + " is in that region; its regions are " + String.join(", ", election.regions()));
    }
    return new LivePage(
        definition, chart, region, CouncilFilter.region(region),
        TallyOptions.scoreboard(region, null));
  }

  /** The councils the page shows. */
  CouncilFilter filter() {
    return filter;
  }

  /**
   * The scoreboard's text, exactly as {@link Scoreboard#format} prints it for the page's councils:
   * what the copy button copies.
   *
   * @param tally the tally
   * @return the text
   */
  String scoreboardText(Tally tally) {
    return scoreboard.format(tally.standings(filter));
  }

  /**
   * The whole page.
   *
   * @param state the state shown
   * @return the HTML document
   */
  String html(LiveNight.State state) {
    Election election = definition.election();
    String title = election.name() + (region == null ? "" : " \u2013 " + region);
    StringBuilder html = new StringBuilder(16 * 1024);
    html.append("<!DOCTYPE html>\n<html lang=\"en-GB\" data-event=\"")
        .append(state.id())
        .append("\" data-region=\"")
        .append(escape(region == null ? "" : region))
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(escape(title))
        .append("</title>\n<style>\n")
        .append(STYLE)
        .append("\n</style>\n</head>\n<body>\n<header>\n<h1>")
        .append(escape(title))
        .append("</h1>\n<p id=\"status\">Results as of this page's loading</p>\n")
        .append(regionLinks(election))
        .append("</header>\n<main>\n<article class=\"post\">\n<h2>State of parties</h2>\n")
        .append("<pre id=\"scoreboard-text\">")
        .append(escape(scoreboardText(state.tally())))
        .append("</pre>\n<button id=\"copy\" type=\"button\" hidden>Copy for the live blog")
        .append("</button>\n</article>\n<section id=\"progress\">")
        .append(progress(state.tally()))
        .append("</section>\n<div class=\"columns\">\n<section>\n<h2>Declared</h2>\n")
        .append("<div id=\"declared\">")
        .append(declared(state.declared()))
        .append("</div>\n</section>\n<section>\n<h2>In progress</h2>\n<div id=\"in-progress\">")
        .append(inProgress(state.tally()))
        .append("</div>\n</section>\n</div>\n<section>\n<h2>Chart</h2>\n<div id=\"chart\">")
        .append(chart(state.tally()))
        .append("</div>\n</section>\n</main>\n<footer><p>Data also at <a href=\"api/results")
        .append(region == null ? "" : "?region=" + escape(urlEncode(region)))
        .append("\">api/results</a> (psephos.results/1); API described at")
        .append(" <a href=\"api/openapi.json\">api/openapi.json</a>. Made with Psephos.</p>")
        .append("</footer>\n<script>")
        .append(SCRIPT)
        .append("</script>\n</body>\n</html>\n");
    return html.toString();
  }

  /**
   * The data of an event for this page: a JSON object with the event's {@code id}, its {@code
   * lines}, the {@code scoreboard} text and the inner HTML of each of {@link #HTML_PARTS}, on one
   * line; then, for the list of declared councils, its whole inner HTML ({@code declared}) when the
   * event is the whole state, else what changed: the items to put at its head ({@code
   * declared-added}) and the ids of the councils whose items go ({@code declared-removed}). The
   * data stays small however many councils have declared.
   *
   * @param event the event
   * @param whole whether the client has nothing yet: the event stands for the whole state
   * @param withChart whether the event carries the chart (the server sends it at most once a
   *     second, the largest part by far; {@link #chartData} in between)
   * @return the JSON text
   */
  String eventData(LiveNight.Event event, boolean whole, boolean withChart) {
    LiveNight.State state = event.state();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("id", state.id());
    data.put("lines", event.lines());
    data.put("scoreboard", scoreboardText(state.tally()));
    data.put("progress", progress(state.tally()));
    if (whole) {
      data.put("declared", declared(state.declared()));
    } else {
      data.put("declared-added", items(event.added()));
      List<String> removed = new ArrayList<>();
      for (Council council : event.removed()) {
        if (filter.test(council)) {
          removed.add(council.id());
        }
      }
      data.put("declared-removed", removed);
    }
    data.put("in-progress", inProgress(state.tally()));
    if (withChart) {
      data.put("chart", chart(state.tally()));
    }
    return PsephosJson.standard().mapper().writeValueAsString(data);
  }

  /**
   * The data of a {@code chart} event: a JSON object holding the chart of a state.
   *
   * @param state the state
   * @return the JSON text
   */
  String chartData(LiveNight.State state) {
    return PsephosJson.standard().mapper().writeValueAsString(Map.of("chart", chart(state.tally())));
  }

  /** Links to the page of each region, when the election has more than one. */
  private String regionLinks(Election election) {
    if (election.regions().size() < 2) {
      return "";
    }
    StringBuilder links = new StringBuilder("<nav><p>Regions: <a href=\"./\">all</a>");
    for (String each : election.regions()) {
      links.append(" \u00b7 <a href=\"?region=")
          .append(escape(urlEncode(each)))
          .append("\">")
          .append(escape(each))
          .append("</a>");
    }
    return links.append("</p></nav>\n").toString();
  }

  /** "20 of 32 councils declared", and the seats declared. */
  String progress(Tally tally) {
    Standings standings = tally.standings(filter);
    return "<p><strong id=\"councils-declared\">"
        + standings.councilsDeclared()
        + " of "
        + standings.councilsExpected()
        + " councils declared</strong></p>\n<p id=\"seats-declared\">"
        + String.format(
            Locale.UK, "Seats declared: %,d of %,d", standings.seatsDeclared(),
            standings.seatsExpected())
        + "</p>";
  }

  /** The declared councils, newest first, each with its outcome line. */
  String declared(List<LiveNight.Declared> declared) {
    String list = items(declared);
    return list.isEmpty()
        ? "<p>No council has declared yet.</p>"
        : "<ol reversed>\n" + list + "</ol>";
  }

  /** The items of the list of declared councils, for those the page shows. */
  private String items(List<LiveNight.Declared> declared) {
    StringBuilder list = new StringBuilder();
    for (LiveNight.Declared each : declared) {
      if (filter.test(each.council())) {
        list.append("<li data-council=\"")
            .append(escape(each.council().id()))
            .append("\">")
            .append(escape(each.line()))
            .append("</li>\n");
      }
    }
    return list.toString();
  }

  /** The councils counted ward by ward that have begun: "Ashbury: 7 of 15 wards declared". */
  String inProgress(Tally tally) {
    StringBuilder list = new StringBuilder();
    for (Council council : tally.councilsInProgress()) {
      if (filter.test(council)) {
        CouncilProgress progress = tally.progress(council);
        list.append("<li data-council=\"")
            .append(escape(council.id()))
            .append("\">")
            .append(escape(council.name()))
            .append(": ")
            .append(progress.wardsDeclared())
            .append(" of ")
            .append(progress.wardsExpected())
            .append(" wards declared</li>\n");
      }
    }
    return list.length() == 0 ? "<p>None.</p>" : "<ul>\n" + list + "</ul>";
  }

  /** The chart as inline SVG: core's {@link StandingsChart}, without its XML declaration. */
  String chart(Tally tally) {
    String svg = chart.svg(tally, filter);
    return svg.startsWith("<?xml") ? svg.substring(svg.indexOf("?>") + 2).strip() : svg.strip();
  }

  /**
   * Escapes text for HTML content and attribute values: {@code & < > " '}.
   *
   * @param text the text
   * @return the escaped text
   */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  private static String urlEncode(String text) {
    return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** The CSP source of a script: {@code sha256-} and its digest in Base64. */
  static String sha256(String script) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "LivePage[" + definition.election().id() + ", " + filter.description() + "]";
  }
}
