package org.psephos.text;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.psephos.Party;
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
 *       declared council is in no overall control now or was before.
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
          DEFAULT_HEADING, DEFAULT_NOC_LABEL, Party::name, NumberStyle.DIGITS, PartyOrder.ELECTION);

  private final String heading;
  private final String nocLabel;
  private final Function<Party, String> partyName;
  private final NumberStyle numberStyle;
  private final PartyOrder order;

  private Scoreboard(
      String heading,
      String nocLabel,
      Function<Party, String> partyName,
      NumberStyle numberStyle,
      PartyOrder order) {
    this.heading = heading;
    this.nocLabel = nocLabel;
    this.partyName = partyName;
    this.numberStyle = numberStyle;
    this.order = order;
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
    requireNonNull(template, "template");
    Matcher matcher = PLACEHOLDER.matcher(template);
    while (matcher.find()) {
      String name = matcher.group(1);
      if (!name.equals("declared") && !name.equals("expected")) {
        throw new IllegalArgumentException(
            "heading template \""
                + template
                + "\" has an unknown placeholder {"
                + name
                + "}; only {declared} and {expected} are known");
      }
    }
    return new Scoreboard(template, nocLabel, partyName, numberStyle, order);
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
    return new Scoreboard(heading, label, partyName, numberStyle, order);
  }

  /**
   * A copy naming parties with a function, such as {@link Party#shortName()} or a publisher's own
   * labels ("LibDems").
   *
   * @param names how to name a party
   * @return the copy
   */
  public Scoreboard withPartyNames(Function<Party, String> names) {
    return new Scoreboard(heading, nocLabel, requireNonNull(names, "names"), numberStyle, order);
  }

  /**
   * A copy with another number style.
   *
   * @param style digits, or small numbers spelled in prose clauses
   * @return the copy
   */
  public Scoreboard withNumberStyle(NumberStyle style) {
    return new Scoreboard(heading, nocLabel, partyName, requireNonNull(style, "style"), order);
  }

  /**
   * A copy with another order of party lines.
   *
   * @param partyOrder the order
   * @return the copy
   */
  public Scoreboard withPartyOrder(PartyOrder partyOrder) {
    return new Scoreboard(
        heading, nocLabel, partyName, numberStyle, requireNonNull(partyOrder, "partyOrder"));
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
        + numberStyle + ", order=" + order + "]";
  }
}
