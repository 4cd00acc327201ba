package org.psephos.text;

import static org.psephos.text.ChartText.count;
import static org.psephos.text.ChartText.escape;
import static org.psephos.text.ChartText.number;
import static org.psephos.text.ChartText.percent;
import static org.psephos.text.ChartText.points;
import static org.psephos.text.ChartText.signedOrBlank;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.psephos.Party;
import org.psephos.tally.CouncilResult;
import org.psephos.tally.PartyStanding;
import org.psephos.tally.PartyWardTotals;

/**
 * Writes a chart layout as a self-contained XHTML page: the title, the SVG chart inline, and the
 * state of parties, the vote shares (when votes were counted) and each declared council's control
 * outcome as tables; no script, stylesheet link or image.
 */
final class HtmlPage {
  private static final String STYLE =
      "body { font-family: " + SvgWriter.FONT
          + "; color: #1A1A1A; margin: 2em auto; max-width: 800px; padding: 0 1em; }\n"
          + "figure { margin: 1em 0; } svg { max-width: 100%; height: auto; }\n"
          + "table { border-collapse: collapse; margin: 1.5em 0; min-width: 60%; }\n"
          + "caption { text-align: left; font-weight: bold; padding-bottom: 0.4em; }\n"
          + "th, td { padding: 0.3em 0.8em; border-bottom: 1px solid #DDDDDD; }\n"
          + "th { text-align: left; } td.number { text-align: right; }\n"
          + ".swatch { display: inline-block; width: 0.8em; height: 0.8em;"
          + " margin-right: 0.5em; vertical-align: baseline; }\n"
          + ".source { color: #666666; font-size: 0.85em; }\n";

  private final ChartLayout layout;
  private final StringBuilder html = new StringBuilder();

  private HtmlPage(ChartLayout layout) {
    this.layout = layout;
  }

  /**
   * The page of a layout.
   *
   * @param layout the layout
   * @param partyNames how outcome lines name parties
   * @return the page, ending with a line feed
   */
  static String write(ChartLayout layout, Function<Party, String> partyNames) {
    HtmlPage page = new HtmlPage(layout);
    page.head();
    page.standings();
    if (layout.hasVotes()) {
      page.shares();
    }
    page.outcomes(partyNames);
    page.html
        .append("<p class=\"source\">")
        .append(escape(layout.sourceNote))
        .append("</p>\n</body>\n</html>\n");
    return page.html.toString();
  }

  private void head() {
    html.append("<!DOCTYPE html>\n")
        .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\" xml:lang=\"en-GB\">\n")
        .append("<head>\n<meta charset=\"UTF-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>")
        .append(escape(layout.title))
        .append("</title>\n<style>\n")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<h1>")
        .append(escape(layout.title))
        .append("</h1>\n<figure>\n")
        .append(SvgWriter.write(layout))
        .append("\n</figure>\n");
  }

  private void standings() {
    html.append("<table class=\"standings\">\n<caption>State of parties</caption>\n")
        .append("<thead><tr><th scope=\"col\">Party</th><th scope=\"col\">Councils</th>")
        .append("<th scope=\"col\">Change</th><th scope=\"col\">Seats won</th>")
        .append("<th scope=\"col\">Change</th></tr></thead>\n<tbody>\n");
    for (PartyStanding row : layout.seatRows) {
      Party party = row.party();
      partyHeading(party.id(), layout.colour(party), party.name());
      html.append(cell(number(row.councils())))
          .append(cell(signedOrBlank(row.councilsChange())))
          .append(cell(number(row.seatsWon())))
          .append(cell(signedOrBlank(row.seatsChange())))
          .append("</tr>\n");
    }
    partyHeading(StandingsChart.NOC_ID, StandingsChart.NOC_COLOUR, ChartLayout.NOC_LABEL);
    html.append(cell(number(layout.standings.noOverallControl())))
        .append(cell(signedOrBlank(layout.standings.noOverallControlChange())))
        .append("<td></td><td></td></tr>\n</tbody>\n</table>\n");
  }

  private void shares() {
    html.append("<table class=\"shares\">\n<caption>")
        .append(escape(layout.shareHeading()))
        .append("</caption>\n")
        .append("<thead><tr><th scope=\"col\">Party</th><th scope=\"col\">Votes</th>")
        .append("<th scope=\"col\">Share</th><th scope=\"col\">Change (points)</th>")
        .append("</tr></thead>\n<tbody>\n");
    for (PartyWardTotals row : layout.shareRows) {
      Party party = row.party();
      OptionalDouble change = layout.shareChange(party);
      partyHeading(party.id(), layout.colour(party), party.name());
      html.append(cell(number(row.votes(layout.convention).votes())))
          .append(cell(percent(layout.share(party))))
          .append(cell(change.isPresent() ? points(change.getAsDouble()) : ""))
          .append("</tr>\n");
    }
    html.append("</tbody>\n</table>\n");
  }

  private void outcomes(Function<Party, String> partyNames) {
    html.append("<table class=\"outcomes\">\n<caption>Councils declared</caption>\n")
        .append("<thead><tr><th scope=\"col\">Council</th><th scope=\"col\">Outcome</th>")
        .append("<th scope=\"col\">Seats won</th></tr></thead>\n<tbody>\n");
    for (CouncilResult result : layout.outcomes) {
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
  }

  /** A table row's start and its heading cell: a colour swatch and the party's name. */
  private void partyHeading(String id, String colour, String name) {
    html.append("<tr data-party=\"")
        .append(escape(id))
        .append("\"><th scope=\"row\"><span class=\"swatch\" style=\"background: ")
        .append(colour)
        .append("\"></span>")
        .append(escape(name))
        .append("</th>");
  }

  /** "Lab 57, Con 3; 3 seats still to fill". */
  static String seatsWon(CouncilResult result) {
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
}
