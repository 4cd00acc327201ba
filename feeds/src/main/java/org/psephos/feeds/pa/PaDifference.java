package org.psephos.feeds.pa;

import static java.util.Objects.requireNonNull;

/**
 * A figure of PA's that disagrees with what the tally computes: PA's own cross-checks of a result
 * ({@code Changes}, {@code NewCouncil}, {@code winningParty}, {@code gainOrHold}, {@code
 * sittingParty}) and the lines of a state-of-parties message. A difference is reported, never
 * ignored and never corrected: the tally keeps its own figure.
 *
 * @param subject the council, or the message, the figure belongs to
 * @param field the figure, such as {@code "NewCouncil Lab"} or {@code "Labour seatsWon"}
 * @param paValue PA's value
 * @param ours the tally's value
 */
public record PaDifference(String subject, String field, String paValue, String ours) {

  /**
   * Checks the components are present.
   *
   * @param subject the council or message
   * @param field the figure
   * @param paValue PA's value
   * @param ours the tally's value
   */
  public PaDifference {
    requireNonNull(subject, "subject");
    requireNonNull(field, "field");
    requireNonNull(paValue, "paValue");
    requireNonNull(ours, "ours");
  }

  /**
   * The difference in one line, such as {@code "Bolton: NewCouncil Lab: PA 24, ours 25"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return subject + ": " + field + ": PA " + paValue + ", ours " + ours;
  }
}
