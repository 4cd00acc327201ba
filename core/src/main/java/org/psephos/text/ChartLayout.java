package org.psephos.text;

import static org.psephos.text.ChartText.count;
import static org.psephos.text.ChartText.decimal;
import static org.psephos.text.ChartText.number;
import static org.psephos.text.ChartText.percent;
import static org.psephos.text.ChartText.points;
import static org.psephos.text.ChartText.signed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.psephos.Party;
import org.psephos.SeatBaseline;
import org.psephos.VoteConvention;
import org.psephos.tally.CouncilFilter;
import org.psephos.tally.CouncilResult;
import org.psephos.tally.PartyStanding;
import org.psephos.tally.PartyWardTotals;
import org.psephos.tally.Standings;
import org.psephos.tally.Tally;
import org.psephos.tally.WardTotals;

/**
 * What the standings chart shows and how wide each thing is: the title and subtitle fitted to the
 * width, the sections of bars with their labels, colours, figures and lengths, the footer. The
 * SVG writer places them from top to bottom; the HTML page reads the rows for its tables.
 */
final class ChartLayout {
  /** The chart's width in pixels. */
  static final int WIDTH = 760;

  /** The space around the chart's content. */
  static final int MARGIN = 24;

  /** The room right of the longest bar for its figure and change. */
  static final int VALUE_WIDTH = 120;

  /** The narrowest and widest label column. */
  static final int MIN_LABEL_WIDTH = 120;

  static final int MAX_LABEL_WIDTH = 300;

  /** The width of a character of a 14-pixel label, on average, in pixels. */
  static final double LABEL_CHAR_WIDTH = 7.6;

  /** The characters of the bold 20-pixel title that fit the width (712 pixels at about 11.6). */
  static final int TITLE_CHARS = 61;

  /** The characters of the 13-pixel subtitle that fit the width (712 pixels at about 7). */
  static final int SUBTITLE_CHARS = 100;

  /** The characters of the 11-pixel footer that fit the width. */
  static final int SOURCE_CHARS = 112;

  /** The label of the no overall control bar. */
  static final String NOC_LABEL = "No overall control";

  /** One bar: a party's (or no overall control's) figure, drawn this long. */
  record Bar(
      String partyId,
      String label,
      String colour,
      int length,
      String figureName,
      String figure,
      @Nullable String change,
      String value,
      String changeText) {}

  /** A section of the chart: its heading and bars; council bars sit on a track. */
  record Section(String cssClass, String heading, List<Bar> bars, boolean track, String empty) {}

  final StandingsChart chart;
  final Tally tally;
  final Standings standings;
  final VoteConvention convention;
  final String title;
  final List<String> titleLines;
  final String subtitle;
  final List<String> subtitleLines;
  final List<String> sourceLines;
  final String sourceNote;
  final List<PartyStanding> seatRows;
  final List<PartyWardTotals> shareRows;
  final List<CouncilResult> outcomes;
  final int labelWidth;
  final int barX;
  final int barWidth;
  final List<Section> sections;
  private final Map<Party, String> colours;

  ChartLayout(StandingsChart chart, Tally tally, CouncilFilter filter) {
    this.chart = chart;
    this.tally = tally;
    this.standings = tally.standings(filter);
    this.convention = chart.convention();
    this.colours = colours(chart, tally);
    this.outcomes = outcomes(tally, filter);
    String name = tally.election().name();
    this.title =
        chart.title().orElse(filter.isAll() ? name : name + ": " + filter.description());
    this.titleLines = ChartText.wrap(title, TITLE_CHARS, 2);
    this.subtitle = subtitle();
    this.subtitleLines = ChartText.wrap(subtitle, SUBTITLE_CHARS, 2);
    this.sourceNote = chart.source().map(s -> "Source: " + s + ". ").orElse("") + "Made with Psephos.";
    this.sourceLines = ChartText.wrap(sourceNote, SOURCE_CHARS, 3);
    this.seatRows = seatRows(standings);
    this.shareRows = shareRows(standings.wardTotals(), convention);
    int widest = Math.max(MIN_LABEL_WIDTH, textWidth(NOC_LABEL));
    for (PartyStanding row : seatRows) {
      widest = Math.max(widest, textWidth(row.party().name()));
    }
    for (PartyWardTotals row : shareRows) {
      widest = Math.max(widest, textWidth(row.party().name()));
    }
    this.labelWidth = Math.min(widest, MAX_LABEL_WIDTH);
    this.barX = MARGIN + labelWidth + 12;
    this.barWidth = WIDTH - barX - VALUE_WIDTH - MARGIN;
    this.sections = sections();
  }

  /** Each party's colour: the one given, or the next of the default palette. */
  private static Map<Party, String> colours(StandingsChart chart, Tally tally) {
    Map<Party, String> colours = new HashMap<>();
    int next = 0;
    for (Party party : tally.election().parties()) {
      String given = chart.colour(party).orElse(null);
      if (given == null) {
        given = StandingsChart.DEFAULT_PALETTE.get(next % StandingsChart.DEFAULT_PALETTE.size());
        next++;
      }
      colours.put(party, given);
    }
    return colours;
  }

  String colour(Party party) {
    String colour = colours.get(party);
    return colour != null ? colour : StandingsChart.DEFAULT_PALETTE.get(0);
  }

  private static List<CouncilResult> outcomes(Tally tally, CouncilFilter filter) {
    List<CouncilResult> selected = new ArrayList<>();
    for (CouncilResult result : tally.results()) {
      if (filter.test(result.council())) {
        selected.add(result);
      }
    }
    return selected;
  }

  /** How far the count has gone, and the seat-change baseline. */
  private String subtitle() {
    StringBuilder text =
        new StringBuilder("State of parties after ")
            .append(number(standings.councilsDeclared()))
            .append(" of ")
            .append(count(standings.councilsExpected(), "council"))
            .append(" declared");
    long provisional = outcomes.stream().filter(r -> r.declaration().isProvisional()).count();
    if (provisional > 0) {
      text.append(" (").append(provisional).append(" provisionally)");
    }
    return text.append("; seat changes against ")
        .append(
            tally.baseline() == SeatBaseline.LAST_FOUGHT
                ? "the seats as last fought"
                : "the seats held on the eve of the poll")
        .toString();
  }

  /** The parties with a line in the scoreboard: seats, a seat baseline, or councils now or before. */
  private static List<PartyStanding> seatRows(Standings standings) {
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

  /** The parties with votes, or a share change, in the election's order. */
  private static List<PartyWardTotals> shareRows(WardTotals totals, VoteConvention convention) {
    List<PartyWardTotals> rows = new ArrayList<>();
    for (PartyWardTotals party : totals.parties()) {
      if (party.votes(convention).votes() > 0
          || totals.shareChange(party.party(), convention).orElse(0) != 0) {
        rows.add(party);
      }
    }
    return rows;
  }

  /** Whether any vote has been counted in ward results: the chart then shows vote shares. */
  boolean hasVotes() {
    return standings.wardTotals().totalVotes(convention) > 0;
  }

  double share(Party party) {
    return standings.wardTotals().share(party, convention).orElse(0);
  }

  OptionalDouble shareChange(Party party) {
    return standings.wardTotals().shareChange(party, convention);
  }

  /** "Vote share (top candidate per ward, 27 of 27 wards)". */
  String shareHeading() {
    WardTotals totals = standings.wardTotals();
    return "Vote share ("
        + (convention == VoteConvention.TOP_CANDIDATE ? "top candidate per ward" : "all votes cast")
        + ", "
        + number(totals.wardsDeclared())
        + " of "
        + count(totals.wardsExpected(), "ward")
        + ")";
  }

  private List<Section> sections() {
    List<Section> list = new ArrayList<>();
    list.add(new Section("seats", "Seats won", seatBars(), false, "No seats declared yet"));
    list.add(
        new Section(
            "councils",
            "Councils controlled (of " + number(standings.councilsExpected()) + ")",
            councilBars(),
            true,
            ""));
    if (hasVotes()) {
      list.add(new Section("shares", shareHeading(), shareBars(), false, ""));
    }
    return list;
  }

  private List<Bar> seatBars() {
    int most = 1;
    for (PartyStanding row : seatRows) {
      most = Math.max(most, row.seatsWon());
    }
    List<Bar> bars = new ArrayList<>();
    for (PartyStanding row : seatRows) {
      Party party = row.party();
      bars.add(
          countBar(party.id(), party.name(), colour(party), "data-seats", row.seatsWon(),
              row.seatsChange(), most));
    }
    return bars;
  }

  private List<Bar> councilBars() {
    int expected = Math.max(1, standings.councilsExpected());
    List<Bar> bars = new ArrayList<>();
    for (PartyStanding row : seatRows) {
      if (row.councils() > 0 || row.councilsBefore() > 0) {
        Party party = row.party();
        bars.add(
            countBar(party.id(), party.name(), colour(party), "data-councils", row.councils(),
                row.councilsChange(), expected));
      }
    }
    bars.add(
        countBar(StandingsChart.NOC_ID, NOC_LABEL, StandingsChart.NOC_COLOUR, "data-councils",
            standings.noOverallControl(), standings.noOverallControlChange(), expected));
    return bars;
  }

  private Bar countBar(
      String id, String name, String colour, String figureName, int figure, int change, int full) {
    return new Bar(
        id,
        label(name),
        colour,
        length(barWidth, figure, full),
        figureName,
        Integer.toString(figure),
        Integer.toString(change),
        number(figure),
        change == 0 ? "" : "(" + signed(change) + ")");
  }

  private List<Bar> shareBars() {
    double most = 1;
    for (PartyWardTotals row : shareRows) {
      most = Math.max(most, share(row.party()));
    }
    List<Bar> bars = new ArrayList<>();
    for (PartyWardTotals row : shareRows) {
      Party party = row.party();
      double share = share(party);
      OptionalDouble change = shareChange(party);
      bars.add(
          new Bar(
              party.id(),
              label(party.name()),
              colour(party),
              share <= 0 ? 0 : Math.max(2, (int) Math.round(barWidth * share / most)),
              "data-share",
              decimal(share),
              change.isPresent() ? decimal(change.getAsDouble()) : null,
              percent(share),
              change.isPresent() ? "(" + points(change.getAsDouble()) + ")" : ""));
    }
    return bars;
  }

  /** A bar's length: in proportion to the full length, at least 2 for a figure above zero. */
  static int length(int fullLength, int figure, int full) {
    if (figure <= 0) {
      return 0;
    }
    return Math.max(2, (int) Math.round((double) fullLength * figure / full));
  }

  /** A party's label, cut to the label column. */
  private String label(String name) {
    return ChartText.fit(name, (int) (labelWidth / LABEL_CHAR_WIDTH));
  }

  private static int textWidth(String text) {
    return (int) Math.ceil(text.length() * LABEL_CHAR_WIDTH);
  }

  /** The chart in words, for screen readers: one sentence per party. */
  String description() {
    StringBuilder text = new StringBuilder();
    for (PartyStanding row : seatRows) {
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
    return text.append("No overall control: ")
        .append(count(standings.noOverallControl(), "council"))
        .append('.')
        .toString();
  }
}
