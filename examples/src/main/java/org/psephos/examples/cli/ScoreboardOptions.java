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
      description = "Add a line of the two-party Butler swing between two parties, by id, such as"
          + " --swing PP52,PP53: \"Swing from Conservative to Labour: 3.8%\". Computed from the"
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
    if (swing.size() != 2 || swing.get(0).equals(swing.get(1))) {
      throw new ParameterException(
          commandLine,
          "--swing " + String.join(",", swing) + ": give two different parties, FROM,TO, such as"
              + " --swing PP52,PP53");
    }
    List<Party> parties = new ArrayList<>();
    for (String id : swing) {
      parties.add(
          election
              .party(id)
              .orElseThrow(
                  () ->
                      new ParameterException(
                          commandLine,
                          "--swing " + String.join(",", swing) + ": no party of election "
                              + election.id() + " has the id " + id)));
    }
    return result.withSwingLine(parties.get(0), parties.get(1), convention);
  }
}
