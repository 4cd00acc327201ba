package org.psephos.examples.cli;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.psephos.Party;
import org.psephos.SeatBaseline;
import org.psephos.json.ElectionDefinition;
import org.psephos.tally.CouncilFilter;
import org.psephos.tally.CouncilResult;
import org.psephos.tally.PartyStanding;
import org.psephos.tally.Standings;
import org.psephos.tally.Tally;

/**
 * A picture of the standings: an SVG chart with a bar of seats won per party (its signed change
 * beside it) and a bar of councils controlled per party and for no overall control, drawn against
 * the councils expected; and a self-contained XHTML page holding the chart and the tables.
 *
 * <p>Party colours come from the election file; a party without one takes the next colour of
 * {@link #DEFAULT_PALETTE}, in the election's party order; no overall control is {@link
 * #NOC_COLOUR}. Both documents are well-formed XML, UTF-8, with no external reference (no script,
 * font, stylesheet or image), so they open in any browser or SVG viewer as they are. Every bar is a
 * {@code rect} of class {@code bar} with {@code data-party} (a party id, or {@code noc}) and the
 * figure it shows ({@code data-seats} or {@code data-councils}, and {@code data-change}), for
 * programs that read the picture.
 *
 * <p>Immutable.
 */
final class StandingsChart {
  /**
   * The colours of parties the election file gives none, in turn: brown, teal, pink, olive,
   * purple, dark grey, then again from the start.
   */
  static final List<String> DEFAULT_PALETTE =
      List.of("#8C564B", "#17A2B8", "#E377C2", "#A8A81E", "#9467BD", "#616161");

  /** The colour of no overall control. */
  static final String NOC_COLOUR = "#B8B8B8";

  /** The id standing for no overall control in {@code data-party}. */
  static final String NOC_ID = "noc";

  static final int WIDTH = 760;
  private static final int MARGIN = 24;
  private static final int ROW = 30;
  private static final int BAR = 20;
  private static final int VALUE_WIDTH = 120;
  private static final double CHAR_WIDTH = 7.6;
  private static final String FONT = "Helvetica, Arial, sans-serif";
  private static final String MINUS = "\u2212";

  private final ElectionDefinition definition;
  private final Tally tally;
  private final CouncilFilter filter;
  private final Standings standings;
  private final Map<Party, String> colours;

  StandingsChart(ElectionDefinition definition, Tally tally, CouncilFilter filter) {
    this.definition = requireNonNull(definition, "definition");
    this.tally = requireNonNull(tally, "tally");
    this.filter = requireNonNull(filter, "filter");
    this.standings = tally.standings(filter);
    this.colours = colours(definition);
  }

  /**
   * Each party's colour: the election file's, or the next of the default palette.
   *
   * @param definition the election definition
   * @return the colour by party, in the election's order
   */
  static Map<Party, String> colours(ElectionDefinition definition) {
    Map<Party, String> colours = new LinkedHashMap<>();
    int next = 0;
    for (Party party : definition.election().parties()) {
      String given = definition.colour(party).orElse(null);
      if (given == null) {
        given = DEFAULT_PALETTE.get(next % DEFAULT_PALETTE.size());
        next++;
      }
      colours.put(party, given);
    }
    return colours;
  }

  /** The parties with a line in the scoreboard: seats, a seat baseline, or councils now or before. */
  private List<PartyStanding> seatRows() {
    List<PartyStanding> rows = new ArrayList<>();
    for (PartyStanding standing : standings.parties()) {
      if (standing.seatsWon() > 0
          || standing.baselineSeats() > 0
          || standing.councils() > 0
          || standing.councilsBefore() > 0) {
        rows.add(standing);
      }
    }
    return rows;
  }

  private List<PartyStanding> councilRows() {
    List<PartyStanding> rows = new ArrayList<>();
    for (PartyStanding standing : standings.parties()) {
      if (standing.councils() > 0 || standing.councilsBefore() > 0) {
        rows.add(standing);
      }
    }
    return rows;
  }

  /** The title: the election's name, and the filter's unless it is every council. */
  String title() {
    String name = definition.election().name();
    return filter.isAll() ? name : name + ": " + filter.description();
  }

  /** The line under the title: how far the count has gone, and the seat-change baseline. */
  String subtitle() {
    StringBuilder text =
        new StringBuilder("State of parties after ")
            .append(number(standings.councilsDeclared()))
            .append(" of ")
            .append(number(standings.councilsExpected()))
            .append(standings.councilsExpected() == 1 ? " council" : " councils")
            .append(" declared");
    long provisional =
        outcomes().stream().filter(r -> r.declaration().isProvisional()).count();
    if (provisional > 0) {
      text.append(" (").append(provisional).append(" provisionally)");
    }
    text.append("; seat changes against ")
        .append(
            tally.baseline() == SeatBaseline.LAST_FOUGHT
                ? "the seats as last fought"
                : "the seats held on the eve of the poll");
    return text.toString();
  }

  private List<CouncilResult> outcomes() {
    List<CouncilResult> selected = new ArrayList<>();
    for (CouncilResult result : tally.results()) {
      if (filter.test(result.council())) {
        selected.add(result);
      }
    }
    return selected;
  }

  /**
   * The chart as a standalone SVG document.
   *
   * @return the document, with its XML declaration, ending with a line feed
   */
  String svg() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svgElement() + "\n";
  }

  /** The {@code svg} element, for a file of its own or inside a page. */
  String svgElement() {
    List<PartyStanding> seatRows = seatRows();
    List<PartyStanding> councilRows = councilRows();
    int labelWidth = 120;
    for (PartyStanding row : seatRows) {
      labelWidth = Math.max(labelWidth, textWidth(row.party().name()));
    }
    labelWidth = Math.max(labelWidth, textWidth("No overall control"));
    labelWidth = Math.min(labelWidth, 300);
    int barX = MARGIN + labelWidth + 12;
    int barWidth = WIDTH - barX - VALUE_WIDTH - MARGIN;

    List<String> sourceLines = wrap(sourceNote(), 112);
    StringBuilder svg = new StringBuilder();
    text(svg, "title", MARGIN, 38, 20, "bold", "#1A1A1A", "start", title());
    text(svg, "subtitle", MARGIN, 62, 13, "normal", "#4D4D4D", "start", subtitle());

    int y = 98;
    text(svg, "section", MARGIN, y + 6, 15, "bold", "#1A1A1A", "start", "Seats won");
    y += 22;
    int maxSeats = 1;
    for (PartyStanding row : seatRows) {
      maxSeats = Math.max(maxSeats, row.seatsWon());
    }
    svg.append("  <g class=\"seats\">\n");
    for (PartyStanding row : seatRows) {
      Party party = row.party();
      int width = barLength(barWidth, row.seatsWon(), maxSeats);
      bar(
          svg,
          party.id(),
          "data-seats",
          row.seatsWon(),
          row.seatsChange(),
          party.name(),
          colourOf(party),
          barX,
          y,
          width,
          labelWidth,
          null);
      y += ROW;
    }
    if (seatRows.isEmpty()) {
      text(svg, "empty", barX, y + 15, 13, "normal", "#4D4D4D", "start", "No seats declared yet");
      y += ROW;
    }
    svg.append("  </g>\n");

    y += 24;
    text(
        svg,
        "section",
        MARGIN,
        y + 6,
        15,
        "bold",
        "#1A1A1A",
        "start",
        "Councils controlled (of " + number(standings.councilsExpected()) + ")");
    y += 22;
    int expected = Math.max(1, standings.councilsExpected());
    svg.append("  <g class=\"councils\">\n");
    for (PartyStanding row : councilRows) {
      Party party = row.party();
      int width = barLength(barWidth, row.councils(), expected);
      bar(
          svg,
          party.id(),
          "data-councils",
          row.councils(),
          row.councilsChange(),
          party.name(),
          colourOf(party),
          barX,
          y,
          width,
          labelWidth,
          barWidth);
      y += ROW;
    }
    int nocWidth = barLength(barWidth, standings.noOverallControl(), expected);
    bar(
        svg,
        NOC_ID,
        "data-councils",
        standings.noOverallControl(),
        standings.noOverallControlChange(),
        "No overall control",
        NOC_COLOUR,
        barX,
        y,
        nocWidth,
        labelWidth,
        barWidth);
    y += ROW;
    svg.append("  </g>\n");

    y += 20;
    for (String line : sourceLines) {
      text(svg, "source", MARGIN, y, 11, "normal", "#666666", "start", line);
      y += 15;
    }
    int height = y + 8;
    svg.append("</svg>");
    return header(height) + svg;
  }

  /** The {@code svg} start tag, title, description and background of a chart this tall. */
  private String header(int height) {
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" font-family=\"")
        .append(FONT)
        .append("\">\n");
    svg.append("  <title id=\"chart-title\">")
        .append(escape(title() + ": " + subtitle()))
        .append("</title>\n");
    svg.append("  <desc id=\"chart-desc\">").append(escape(description())).append("</desc>\n");
    svg.append("  <rect class=\"background\" x=\"0\" y=\"0\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(height)
        .append("\" fill=\"#FFFFFF\"/>\n");
    return svg.toString();
  }

  /** A bar's length: in proportion to the full length, at least 2 for a figure above zero. */
  static int barLength(int fullLength, int figure, int full) {
    if (figure <= 0) {
      return 0;
    }
    return Math.max(2, (int) Math.round((double) fullLength * figure / full));
  }

  /** One labelled bar; a council bar sits on a light track as long as every council expected. */
  private static void bar(
      StringBuilder svg,
      String id,
      String figureAttribute,
      int figure,
      int change,
      String label,
      String colour,
      int barX,
      int y,
      int width,
      int labelWidth,
      @org.jspecify.annotations.Nullable Integer trackWidth) {
    svg.append("    <g class=\"row\" data-party=\"").append(escape(id)).append("\">\n");
    svg.append("  ");
    text(
        svg,
        "label",
        MARGIN + labelWidth,
        y + 15,
        14,
        "normal",
        "#1A1A1A",
        "end",
        label);
    if (trackWidth != null) {
      svg.append("      <rect class=\"track\" x=\"")
          .append(barX)
          .append("\" y=\"")
          .append(y)
          .append("\" width=\"")
          .append(trackWidth)
          .append("\" height=\"")
          .append(BAR)
          .append("\" fill=\"#F2F2F2\"/>\n");
    }
    svg.append("      <rect class=\"bar\" data-party=\"")
        .append(escape(id))
        .append("\" ")
        .append(figureAttribute)
        .append("=\"")
        .append(figure)
        .append("\" data-change=\"")
        .append(change)
        .append("\" x=\"")
        .append(barX)
        .append("\" y=\"")
        .append(y)
        .append("\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(BAR)
        .append("\" fill=\"")
        .append(colour)
        .append("\"/>\n");
    int valueX = barX + (trackWidth != null ? Math.max(width, trackWidth) : width) + 8;
    svg.append("      <text class=\"value\" x=\"")
        .append(valueX)
        .append("\" y=\"")
        .append(y + 15)
        .append("\" font-size=\"14\" fill=\"#1A1A1A\"><tspan font-weight=\"bold\">")
        .append(escape(number(figure)))
        .append("</tspan>");
    if (change != 0) {
      svg.append("<tspan class=\"change\" dx=\"5\" fill=\"#4D4D4D\">(")
          .append(escape(signed(change)))
          .append(")</tspan>");
    }
    svg.append("</text>\n");
    svg.append("    </g>\n");
  }

  private static void text(
      StringBuilder svg,
      String cssClass,
      int x,
      int y,
      int size,
      String weight,
      String fill,
      String anchor,
      String content) {
    svg.append("  <text class=\"")
        .append(cssClass)
        .append("\" x=\"")
        .append(x)
        .append("\" y=\"")
        .append(y)
        .append("\" font-size=\"")
        .append(size)
        .append('"');
    if (!weight.equals("normal")) {
      svg.append(" font-weight=\"").append(weight).append('"');
    }
    if (!anchor.equals("start")) {
      svg.append(" text-anchor=\"").append(anchor).append('"');
    }
    svg.append(" fill=\"").append(fill).append("\">").append(escape(content)).append("</text>\n");
  }

  private String colourOf(Party party) {
    String colour = colours.get(party);
    return colour != null ? colour : DEFAULT_PALETTE.get(0);
  }

  /** The chart in words, for screen readers: one sentence per party. */
  private String description() {
    StringBuilder text = new StringBuilder();
    for (PartyStanding row : seatRows()) {
      text.append(row.party().name())
          .append(": ")
          .append(count(row.councils(), "council"))
          .append(", ")
          .append(count(row.seatsWon(), "seat"));
      if (row.seatsChange() != 0) {
        text.append(" (").append(signed(row.seatsChange())).append(')');
      }
      text.append(". ");
    }
    text.append("No overall control: ").append(count(standings.noOverallControl(), "council"))
        .append('.');
    return text.toString();
  }

  private String sourceNote() {
    String source = definition.metadata().source();
    String note = "Made with Psephos.";
    return source == null ? note : "Source: " + source + ". " + note;
  }

  /**
   * The chart and the tables as a self-contained page: well-formed XHTML (it parses as XML) with
   * the SVG inline, the state of parties and each declared council's outcome in tables.
   *
   * @param partyNames how outcome lines name parties
   * @return the page, ending with a line feed
   */
  String html(PartyNames partyNames) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n")
        .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\" xml:lang=\"en-GB\">\n")
        .append("<head>\n")
        .append("<meta charset=\"UTF-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>")
        .append(escape(title()))
        .append("</title>\n")
        .append("<style>\n")
        .append("body { font-family: ").append(FONT)
        .append("; color: #1A1A1A; margin: 2em auto; max-width: 800px; padding: 0 1em; }\n")
        .append("figure { margin: 1em 0; } svg { max-width: 100%; height: auto; }\n")
        .append("table { border-collapse: collapse; margin: 1.5em 0; min-width: 60%; }\n")
        .append("caption { text-align: left; font-weight: bold; padding-bottom: 0.4em; }\n")
        .append("th, td { padding: 0.3em 0.8em; border-bottom: 1px solid #DDDDDD; }\n")
        .append("th { text-align: left; } td.number { text-align: right; }\n")
        .append(".swatch { display: inline-block; width: 0.8em; height: 0.8em;")
        .append(" margin-right: 0.5em; vertical-align: baseline; }\n")
        .append(".source { color: #666666; font-size: 0.85em; }\n")
        .append("</style>\n")
        .append("</head>\n")
        .append("<body>\n")
        .append("<h1>")
        .append(escape(title()))
        .append("</h1>\n")
        .append("<figure>\n")
        .append(svgElement())
        .append("\n</figure>\n");

    html.append("<table class=\"standings\">\n<caption>State of parties</caption>\n")
        .append("<thead><tr><th scope=\"col\">Party</th><th scope=\"col\">Councils</th>")
        .append("<th scope=\"col\">Change</th><th scope=\"col\">Seats won</th>")
        .append("<th scope=\"col\">Change</th></tr></thead>\n<tbody>\n");
    for (PartyStanding row : seatRows()) {
      Party party = row.party();
      html.append("<tr data-party=\"").append(escape(party.id())).append("\"><th scope=\"row\">")
          .append("<span class=\"swatch\" style=\"background: ")
          .append(colourOf(party))
          .append("\"></span>")
          .append(escape(party.name()))
          .append("</th>")
          .append(cell(number(row.councils())))
          .append(cell(signedOrBlank(row.councilsChange())))
          .append(cell(number(row.seatsWon())))
          .append(cell(signedOrBlank(row.seatsChange())))
          .append("</tr>\n");
    }
    html.append("<tr data-party=\"").append(NOC_ID).append("\"><th scope=\"row\">")
        .append("<span class=\"swatch\" style=\"background: ")
        .append(NOC_COLOUR)
        .append("\"></span>No overall control</th>")
        .append(cell(number(standings.noOverallControl())))
        .append(cell(signedOrBlank(standings.noOverallControlChange())))
        .append("<td></td><td></td></tr>\n")
        .append("</tbody>\n</table>\n");

    html.append("<table class=\"outcomes\">\n<caption>Councils declared</caption>\n")
        .append("<thead><tr><th scope=\"col\">Council</th><th scope=\"col\">Outcome</th>")
        .append("<th scope=\"col\">Seats won</th></tr></thead>\n<tbody>\n");
    for (CouncilResult result : outcomes()) {
      html.append("<tr data-council=\"")
          .append(escape(result.council().id()))
          .append("\"><th scope=\"row\">")
          .append(escape(result.council().name()))
          .append("</th><td>")
          .append(escape(result.outcome().describe(partyNames)))
          .append("</td><td>")
          .append(escape(seatsWon(result)))
          .append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n");
    html.append("<p class=\"source\">").append(escape(sourceNote())).append("</p>\n");
    html.append("</body>\n</html>\n");
    return html.toString();
  }

  /** "Lab 57, Con 3; 3 seats still to fill". */
  private static String seatsWon(CouncilResult result) {
    StringBuilder text = new StringBuilder();
    for (Map.Entry<Party, Integer> entry : result.declaration().seatsWon().asMap().entrySet()) {
      if (entry.getValue() > 0) {
        if (text.length() > 0) {
          text.append(", ");
        }
        text.append(entry.getKey().shortName()).append(' ').append(number(entry.getValue()));
      }
    }
    int toFill = result.declaration().stillToFill();
    if (toFill > 0) {
      text.append("; ").append(count(toFill, "seat")).append(" still to fill");
    }
    return text.toString();
  }

  private static String cell(String content) {
    return "<td class=\"number\">" + escape(content) + "</td>";
  }

  private static int textWidth(String text) {
    return (int) Math.ceil(text.length() * CHAR_WIDTH);
  }

  /** Splits text into lines of at most about {@code width} characters, at spaces. */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ", -1)) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  static String number(int n) {
    return String.format(Locale.UK, "%,d", n);
  }

  /** A signed change with a true minus sign: "+67", "−92". */
  static String signed(int n) {
    return n < 0 ? MINUS + number(-n) : "+" + number(n);
  }

  private static String signedOrBlank(int n) {
    return n == 0 ? "" : signed(n);
  }

  private static String count(int n, String noun) {
    return number(n) + " " + noun + (n == 1 ? "" : "s");
  }

  /** Escapes text for XML content and attribute values. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
      }
    }
    return escaped.toString();
  }
}
