package org.psephos.text;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.psephos.Party;
import org.psephos.VoteConvention;
import org.psephos.tally.CouncilFilter;
import org.psephos.tally.Tally;

/**
 * Draws the standings of a tally as a picture: an SVG chart, or a self-contained XHTML page
 * holding the chart and the tables.
 *
 * <p>The chart has a bar of seats won per party (its signed change beside it), a bar of councils
 * controlled per party and for no overall control drawn against the councils expected, and, when
 * ward results have been counted, a bar of vote share per party (its change in points beside it,
 * like for like over the wards with previous votes). The page adds the state of parties, the vote
 * shares and every declared council's control outcome ({@link
 * org.psephos.ControlOutcome#describe(Function)}, parties named by {@link PartyNames} unless
 * {@link #withPartyNames} says otherwise) as tables.
 *
 * <p>The rules of the picture:
 *
 * <ul>
 *   <li>the title is the election's name, followed by the filter's description unless the filter
 *       is every council ({@link #withTitle} replaces it); a title too long for the width wraps
 *       onto a second line at a space, and what does not fit there is cut with an ellipsis; the
 *       subtitle wraps the same way;
 *   <li>party labels longer than the label column (about 39 characters) are cut with an
 *       ellipsis; the full name stays in the page's tables and the chart's description;
 *   <li>party colours come from {@link #withColours}; a party without one takes the next colour
 *       of {@link #DEFAULT_PALETTE}, in the election's party order; no overall control is {@link
 *       #NOC_COLOUR};
 *   <li>the footer reads "Made with Psephos.", after "Source: ..." when {@link #withSource} gives
 *       one.
 * </ul>
 *
 * <p>Both documents are well-formed XML in UTF-8 with no external reference (no script, font,
 * stylesheet or image), so they open in any browser or SVG viewer as they are. Every bar is a
 * {@code rect} of class {@code bar} with {@code data-party} (a party id, or {@link #NOC_ID}) and
 * the figure it shows ({@code data-seats}, {@code data-councils} or {@code data-share}, and {@code
 * data-change}), for programs that read the picture.
 *
 * <p>Plain string building, no dependency. Configured by copies ({@code withX}). Immutable and
 * thread-safe.
 */
public final class StandingsChart {
  /**
   * The colours of parties given none, in turn: brown, teal, pink, olive, purple, dark grey, then
   * again from the start.
   */
  public static final List<String> DEFAULT_PALETTE =
      List.of("#8C564B", "#17A2B8", "#E377C2", "#A8A81E", "#9467BD", "#616161");

  /** The colour of no overall control. */
  public static final String NOC_COLOUR = "#B8B8B8";

  /** The id standing for no overall control in {@code data-party}. */
  public static final String NOC_ID = "noc";

  private static final StandingsChart STANDARD =
      new StandingsChart(
          Map.of(), null, null, VoteConvention.defaultConvention(), PartyNames.adjectives());

  private final Map<String, String> colours;
  private final @Nullable String title;
  private final @Nullable String source;
  private final VoteConvention convention;
  private final Function<Party, String> partyNames;

  private StandingsChart(
      Map<String, String> colours,
      @Nullable String title,
      @Nullable String source,
      VoteConvention convention,
      Function<Party, String> partyNames) {
    this.colours = colours;
    this.title = title;
    this.source = source;
    this.convention = convention;
    this.partyNames = partyNames;
  }

  /**
   * The default chart: the palette's colours, the election's name as the title, no source, the
   * default vote convention, outcomes naming parties by {@link PartyNames#adjectives()}.
   *
   * @return the chart
   */
  public static StandingsChart standard() {
    return STANDARD;
  }

  /**
   * A copy with the parties' colours, such as an election file gives them.
   *
   * @param coloursByPartyId the colour {@code #RRGGBB} by party id; parties left out take the
   *     default palette
   * @return the copy
   * @throws IllegalArgumentException if a colour is not {@code #RRGGBB}
   */
  public StandingsChart withColours(Map<String, String> coloursByPartyId) {
    Map<String, String> checked = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry :
        requireNonNull(coloursByPartyId, "coloursByPartyId").entrySet()) {
      checked.put(entry.getKey(), requireColour(entry.getKey(), entry.getValue()));
    }
    return new StandingsChart(Map.copyOf(checked), title, source, convention, partyNames);
  }

  private static String requireColour(String partyId, String colour) {
    boolean valid = colour.length() == 7 && colour.charAt(0) == '#';
    for (int i = 1; valid && i < 7; i++) {
      valid = Character.digit(colour.charAt(i), 16) >= 0;
    }
    if (!valid) {
      throw new IllegalArgumentException(
          "the colour of party " + partyId + " is \"" + colour + "\"; a colour is #RRGGBB");
    }
    return colour;
  }

  /**
   * A copy with a title of its own instead of the election's name.
   *
   * @param chartTitle the title, not blank
   * @return the copy
   * @throws IllegalArgumentException if the title is blank
   */
  public StandingsChart withTitle(String chartTitle) {
    return new StandingsChart(
        colours, notBlank(chartTitle, "title"), source, convention, partyNames);
  }

  /**
   * A copy whose footer names the data's source: "Source: ... Made with Psephos.".
   *
   * @param dataSource where the figures come from, not blank
   * @return the copy
   * @throws IllegalArgumentException if the source is blank
   */
  public StandingsChart withSource(String dataSource) {
    return new StandingsChart(
        colours, title, notBlank(dataSource, "source"), convention, partyNames);
  }

  /**
   * A copy counting vote shares under another convention.
   *
   * @param voteConvention how multi-member wards' votes count
   * @return the copy
   */
  public StandingsChart withConvention(VoteConvention voteConvention) {
    return new StandingsChart(
        colours, title, source, requireNonNull(voteConvention, "voteConvention"), partyNames);
  }

  /**
   * A copy naming parties another way in the page's control outcomes.
   *
   * @param names how outcomes name a party, such as {@code PartyNames.adjectives().withOverride(
   *     "PP90", "Lib Dem")}
   * @return the copy
   */
  public StandingsChart withPartyNames(Function<Party, String> names) {
    return new StandingsChart(
        colours, title, source, convention, requireNonNull(names, "names"));
  }

  private static String notBlank(String text, String what) {
    requireNonNull(text, what);
    if (text.isBlank()) {
      throw new IllegalArgumentException("the chart's " + what + " is blank");
    }
    return text;
  }

  /**
   * The chart of every council as a standalone SVG document.
   *
   * @param tally the tally
   * @return the document, with its XML declaration, ending with a line feed
   */
  public String svg(Tally tally) {
    return svg(tally, CouncilFilter.all());
  }

  /**
   * The chart of the councils a filter selects as a standalone SVG document.
   *
   * @param tally the tally
   * @param filter the councils charted
   * @return the document, with its XML declaration, ending with a line feed
   */
  public String svg(Tally tally, CouncilFilter filter) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + SvgWriter.write(layout(tally, filter))
        + "\n";
  }

  /**
   * The page of every council: the chart and the tables.
   *
   * @param tally the tally
   * @return the page, ending with a line feed
   */
  public String html(Tally tally) {
    return html(tally, CouncilFilter.all());
  }

  /**
   * The page of the councils a filter selects: well-formed XHTML (it parses as XML) with the SVG
   * inline, the state of parties, the vote shares and each declared council's outcome in tables.
   *
   * @param tally the tally
   * @param filter the councils shown
   * @return the page, ending with a line feed
   */
  public String html(Tally tally, CouncilFilter filter) {
    return HtmlPage.write(layout(tally, filter), partyNames);
  }

  private ChartLayout layout(Tally tally, CouncilFilter filter) {
    return new ChartLayout(this, requireNonNull(tally, "tally"), requireNonNull(filter, "filter"));
  }

  /** The colour given for a party, if any. */
  Optional<String> colour(Party party) {
    return Optional.ofNullable(colours.get(party.id()));
  }

  /** The title given, if any. */
  Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /** The source given, if any. */
  Optional<String> source() {
    return Optional.ofNullable(source);
  }

  VoteConvention convention() {
    return convention;
  }

  @Override
  public String toString() {
    return "StandingsChart[colours=" + colours.size() + ", title=" + title + ", source=" + source
        + ", convention=" + convention + "]";
  }
}
