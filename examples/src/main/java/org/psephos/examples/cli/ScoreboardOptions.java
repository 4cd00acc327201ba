package org.psephos.examples.cli;

import java.util.ArrayList;
import java.util.List;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.VoteConvention;
import org.psephos.text.Scoreboard;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The scoreboard's optional lines, shared by replay and tally: seats declared, and swing. */
final class ScoreboardOptions {
  @Option(
      names = "--seats-declared",
      description = "Add a line of the seats declared so far, ward results included: \"Seats"
          + " declared: 1,200 of 4,400\".")
  boolean seatsDeclared;

  @Option(
      names = "--swing",
      paramLabel = "FROM,TO",
      split = ",",
      description = "Add a line of the two-party Butler swing between two parties, each by its id,"
          + " short name, name or an alias of the election (any case), such as --swing Con,Lab or"
          + " --swing PP52,PP53: \"Swing from Conservative to Labour: 3.8%%\". Computed from the"
          + " ward results whose wards have previous votes (see --convention).")
  List<String> swing = new ArrayList<>();

  /**
   * The scoreboard with the lines asked for.
   *
   * @param scoreboard the scoreboard to add them to
   * @param election the election, whose parties {@code --swing} names
   * @param convention the vote convention of the swing
   * @param commandLine the command, for usage errors
   * @return the scoreboard
   * @throws ParameterException if {@code --swing} does not name two different parties of the
   *     election
   */
  Scoreboard apply(
      Scoreboard scoreboard, Election election, VoteConvention convention,
      CommandLine commandLine) {
    Scoreboard result = seatsDeclared ? scoreboard.withSeatsDeclaredLine() : scoreboard;
    if (swing.isEmpty()) {
      return result;
    }
    String given = "--swing " + String.join(",", swing);
    if (swing.size() != 2) {
      throw twoParties(given, commandLine);
    }
    List<Party> parties = new ArrayList<>();
    for (String party : swing) {
      parties.add(Parties.find(election, party, given, commandLine));
    }
    if (parties.get(0).equals(parties.get(1))) {
      throw twoParties(given, commandLine);
    }
    return result.withSwingLine(parties.get(0), parties.get(1), convention);
  }

  private static ParameterException twoParties(String given, CommandLine commandLine) {
    return new ParameterException(
        commandLine,
        given + ": give two different parties, FROM,TO, such as --swing Con,Lab or --swing"
            + " PP52,PP53");
  }
}
