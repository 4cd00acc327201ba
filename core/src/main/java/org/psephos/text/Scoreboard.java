package org.psephos.text;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.psephos.Party;
import org.psephos.VoteConvention;
import org.psephos.tally.PartyStanding;
import org.psephos.tally.Standings;

/**
 * Renders standings as the running scoreboard of UK results coverage:
 *
 * <pre>
 * State of parties after 98 of 150 councils declare
 * Conservatives: 30 councils; 878 seats (-31)
 * Labour: 50 councils (-1); 1,424 seats (+57)
 * Green: 21 seats (+6)
 * UKIP: lost 9 seats
 * No overall control: 14 councils
 * </pre>
 *
 * <p>The style rules:
 *
 * <ul>
 *   <li>a heading from a template whose placeholders {@code {declared}} and {@code {expected}} are
 *       the councils declared and expected;
 *   <li>one line per party, in the standings' order (the election's) or by councils then seats;
 *       a party is left out when it has no councils now or before, no seats won and no baseline
 *       seats;
 *   <li>numbers with thousands separators; a change in brackets with its sign, left out when zero;
 *       singular "1 seat", "1 council";
 *   <li>the councils clause left out when the party controls none and controlled none;
 *   <li>a party that had baseline seats and won none reads "lost N seats"; with {@link
 *       NumberStyle#WORDS_IN_PROSE} N from one to nine is spelled ("lost nine seats");
 *   <li>a last line for no overall control, under a label the caller may change, left out when no
 *       declared council is in no overall control now or was before;
 *   <li>when some declared councils have no previous result, a line saying that the changes leave
 *       them out: "Changes exclude 3 councils with no previous result" (their councils and seats
 *       count in the figures, never in the changes in brackets).
 * </ul>
 *
 * <p>Two lines for a night counted ward by ward are opt-in, so the default text is unchanged:
 *
 * <ul>
 *   <li>{@link #withSeatsDeclaredLine()}: after the heading, the seats declared so far (wards of
 *       councils in progress included) of the seats contested, "Seats declared: 1,200 of 4,400";
 *   <li>{@link #withSwingLine}: last, the two-party Butler swing between two parties over the
 *       comparable wards, to one decimal place, named in the direction it runs: "Swing from
 *       Conservative to Labour: 4.5%" (a negative swing from A to B is written as the same swing
 *       from B to A); left out while no comparable ward has votes.
 * </ul>
 *
 * <p>Lines end with {@code "\n"}. Configured by copies ({@code withX}). Immutable and thread-safe.
 */
public final class Scoreboard {
  /** The default heading template. */
  public static final String DEFAULT_HEADING =
      "State of parties after {declared} of {expected} councils declare";

  /** The default label of the no overall control line. */
  public static final String DEFAULT_NOC_LABEL = "No overall control";

  /** The default template of the seats declared line. */
  public static final String DEFAULT_SEATS_DECLARED = "Seats declared: {declared} of {expected}";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
  private static final List<String> WORDS =
      List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine");

  /** How numbers in prose clauses ("lost N seats") are written. */
  public enum NumberStyle {
    /** Digits everywhere: "lost 9 seats". The default. */
    DIGITS,
    /** Numbers from one to nine spelled in prose clauses: "lost nine seats"; figures stay digits. */
    WORDS_IN_PROSE
  }

  /** The order of the party lines. */
  public enum PartyOrder {
    /** The standings' order, which is the election's: publishers fix their own. The default. */
    ELECTION,
    /** By councils controlled, then seats won, most first; ties in the election's order. */
    BY_COUNCILS_THEN_SEATS
  }

  private static final Scoreboard STANDARD =
      new Scoreboard(
          DEFAULT_HEADING,
          DEFAULT_NOC_LABEL,
          Party::name,
          NumberStyle.DIGITS,
          PartyOrder.ELECTION,
          null,
          null);

  private final String heading;
  private final String nocLabel;
  private final Function<Party, String> partyName;
  private final NumberStyle numberStyle;
  private final PartyOrder order;
  private final @Nullable String seatsDeclared;
  private final @Nullable Swing swing;

  /** The parties and convention of the swing line. */
  private record Swing(Party from, Party to, VoteConvention convention) {}

  private Scoreboard(
      String heading,
      String nocLabel,
      Function<Party, String> partyName,
      NumberStyle numberStyle,
      PartyOrder order,
      @Nullable String seatsDeclared,
      @Nullable Swing swing) {
    this.heading = heading;
    this.nocLabel = nocLabel;
    this.partyName = partyName;
    this.numberStyle = numberStyle;
    this.order = order;
    this.seatsDeclared = seatsDeclared;
    this.swing = swing;
  }

  /**
   * The default scoreboard: {@link #DEFAULT_HEADING}, {@link #DEFAULT_NOC_LABEL}, parties named by
   * {@link Party#name()}, digits, the election's order.
   *
   * @return the scoreboard
   */
  public static Scoreboard standard() {
    return STANDARD;
  }

  /**
   * A copy with another heading template, such as {@code "State of parties after {declared} of
   * {expected} London councils"}.
   *
   * @param template the heading; {@code {declared}} and {@code {expected}} are its only
   *     placeholders
   * @return the copy
   * @throws IllegalArgumentException if the template has another placeholder
   */
  public Scoreboard withHeading(String template) {
    return new Scoreboard(
        checkTemplate(template, "heading"),
        nocLabel,
        partyName,
        numberStyle,
        order,
        seatsDeclared,
        swing);
  }

  /**
   * A copy with another label for the no overall control line, such as "No Overall Control".
   *
   * @param label the label, not blank
   * @return the copy
   * @throws IllegalArgumentException if the label is blank
   */
  public Scoreboard withNoOverallControlLabel(String label) {
    requireNonNull(label, "label");
    if (label.isBlank()) {
      throw new IllegalArgumentException("the no overall control label is blank");
    }
    return new Scoreboard(heading, label, partyName, numberStyle, order, seatsDeclared, swing);
  }

  /**
   * A copy naming parties with a function, such as {@link Party#shortName()} or a publisher's own
   * labels ("LibDems").
   *
   * @param names how to name a party
   * @return the copy
   */
  public Scoreboard withPartyNames(Function<Party, String> names) {
    return new Scoreboard(
        heading,
        nocLabel,
        requireNonNull(names, "names"),
        numberStyle,
        order,
        seatsDeclared,
        swing);
  }

  /**
   * A copy with another number style.
   *
   * @param style digits, or small numbers spelled in prose clauses
   * @return the copy
   */
  public Scoreboard withNumberStyle(NumberStyle style) {
    return new Scoreboard(
        heading,
        nocLabel,
        partyName,
        requireNonNull(style, "style"),
        order,
        seatsDeclared,
        swing);
  }

  /**
   * A copy with another order of party lines.
   *
   * @param partyOrder the order
   * @return the copy
   */
  public Scoreboard withPartyOrder(PartyOrder partyOrder) {
    return new Scoreboard(
        heading,
        nocLabel,
        partyName,
        numberStyle,
        requireNonNull(partyOrder, "partyOrder"),
        seatsDeclared,
        swing);
  }

  /**
   * A copy that adds, after the heading, the line of seats declared so far: {@link
   * #DEFAULT_SEATS_DECLARED}, "Seats declared: 1,200 of 4,400".
   *
   * @return the copy
   */
  public Scoreboard withSeatsDeclaredLine() {
    return withSeatsDeclaredLine(DEFAULT_SEATS_DECLARED);
  }

  /**
   * A copy that adds, after the heading, the line of seats declared so far from a template, such as
   * {@code "{declared} of {expected} councillors elected"}.
   *
   * @param template the line; {@code {declared}} and {@code {expected}} are its only placeholders,
   *     the seats declared and the seats contested
   * @return the copy
   * @throws IllegalArgumentException if the template has another placeholder
   */
  public Scoreboard withSeatsDeclaredLine(String template) {
    return new Scoreboard(
        heading,
        nocLabel,
        partyName,
        numberStyle,
        order,
        checkTemplate(template, "seats declared"),
        swing);
  }

  /**
   * A copy that adds, last, the two-party Butler swing between two parties under the default
   * convention (each party's top candidate per ward): "Swing from Conservative to Labour: 4.5%".
   *
   * @param from one party
   * @param to the other party
   * @return the copy
   */
  public Scoreboard withSwingLine(Party from, Party to) {
    return withSwingLine(from, to, VoteConvention.defaultConvention());
  }

  /**
   * A copy that adds, last, the two-party Butler swing between two parties under a convention.
   *
   * @param from one party
   * @param to the other party
   * @param convention how multi-member wards' votes are counted
   * @return the copy
   */
  public Scoreboard withSwingLine(Party from, Party to, VoteConvention convention) {
    return new Scoreboard(
        heading,
        nocLabel,
        partyName,
        numberStyle,
        order,
        seatsDeclared,
        new Swing(
            requireNonNull(from, "from"),
            requireNonNull(to, "to"),
            requireNonNull(convention, "convention")));
  }

  private static String checkTemplate(String template, String what) {
    requireNonNull(template, "template");
    Matcher matcher = PLACEHOLDER.matcher(template);
    while (matcher.find()) {
      String name = matcher.group(1);
      if (!name.equals("declared") && !name.equals("expected")) {
        throw new IllegalArgumentException(
            what
                + " template \""
                + template
                + "\" has an unknown placeholder {"
                + name
                + "}; only {declared} and {expected} are known");
      }
    }
    return template;
  }

  /**
   * Renders standings.
   *
   * @param standings the standings
   * @return the scoreboard text, each line ending with a line feed
   */
  public String format(Standings standings) {
    requireNonNull(standings, "standings");
    StringBuilder text = new StringBuilder();
    text.append(
            heading
                .replace("{declared}", number(standings.councilsDeclared()))
                .replace("{expected}", number(standings.councilsExpected())))
        .append('\n');
    if (seatsDeclared != null) {
      text.append(
              seatsDeclared
                  .replace("{declared}", number(standings.seatsDeclared()))
                  .replace("{expected}", number(standings.seatsExpected())))
          .append('\n');
    }
    List<PartyStanding> lines =
        order == PartyOrder.ELECTION
            ? standings.parties()
            : standings.partiesByCouncilsThenSeats();
    for (PartyStanding standing : lines) {
      if (standing.councils() == 0
          && standing.councilsBefore() == 0
          && standing.seatsWon() == 0
          && standing.baselineSeats() == 0) {
        continue;
      }
      text.append(partyName.apply(standing.party())).append(": ");
      if (standing.councils() != 0 || standing.councilsBefore() != 0) {
        text.append(count(standing.councils(), "council", "councils"))
            .append(change(standing.councilsChange()))
            .append("; ");
      }
      if (standing.seatsWon() == 0 && standing.baselineSeats() > 0) {
        text.append("lost ").append(prose(standing.baselineSeats()))
            .append(standing.baselineSeats() == 1 ? " seat" : " seats");
      } else {
        text.append(count(standing.seatsWon(), "seat", "seats"))
            .append(change(standing.seatsChange()));
      }
      text.append('\n');
    }
    if (standings.noOverallControl() != 0 || standings.noOverallControlBefore() != 0) {
      text.append(nocLabel)
          .append(": ")
          .append(count(standings.noOverallControl(), "council", "councils"))
          .append(change(standings.noOverallControlChange()))
          .append('\n');
    }
    if (standings.councilsWithoutPrevious() > 0) {
      text.append("Changes exclude ")
          .append(count(standings.councilsWithoutPrevious(), "council", "councils"))
          .append(" with no previous result\n");
    }
    if (swing != null) {
      OptionalDouble points =
          standings.wardTotals().swing(swing.from(), swing.to(), swing.convention());
      if (points.isPresent()) {
        double value = points.getAsDouble();
        boolean backwards = value < 0;
        text.append("Swing from ")
            .append(partyName.apply(backwards ? swing.to() : swing.from()))
            .append(" to ")
            .append(partyName.apply(backwards ? swing.from() : swing.to()))
            .append(": ")
            .append(String.format(Locale.UK, "%.1f%%", Math.abs(value)))
            .append('\n');
      }
    }
    return text.toString();
  }

  private static String number(int n) {
    return String.format(Locale.UK, "%,d", n);
  }

  private static String count(int n, String singular, String plural) {
    return number(n) + " " + (n == 1 ? singular : plural);
  }

  private static String change(int n) {
    return n == 0 ? "" : String.format(Locale.UK, " (%+,d)", n);
  }

  private String prose(int n) {
    return numberStyle == NumberStyle.WORDS_IN_PROSE && n >= 1 && n <= 9
        ? WORDS.get(n)
        : number(n);
  }

  @Override
  public String toString() {
    return "Scoreboard[heading=" + heading + ", nocLabel=" + nocLabel + ", numberStyle="
        + numberStyle + ", order=" + order
        + (seatsDeclared == null ? "" : ", seatsDeclared=" + seatsDeclared)
        + (swing == null
            ? ""
            : ", swing=" + swing.from().id() + "->" + swing.to().id() + " " + swing.convention())
        + "]";
  }
}
