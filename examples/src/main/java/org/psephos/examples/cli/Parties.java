package org.psephos.examples.cli;

import java.util.ArrayList;
import java.util.List;
import org.psephos.Election;
import org.psephos.Party;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Finds the parties options name: by id, alias, name or short name. */
final class Parties {
  private Parties() {}

  /**
   * The party a command line names: by its id, an alias of the election, its name or its short
   * name (ignoring case), as {@link Election#resolveParty} resolves it.
   *
   * @param election the election
   * @param given what the command line gives
   * @param option the option and its value, for the message
   * @param commandLine the command
   * @return the party
   * @throws ParameterException if no party matches, listing the election's parties
   */
  static Party find(Election election, String given, String option, CommandLine commandLine) {
    return election
        .resolveParty(given)
        .orElseThrow(
            () ->
                new ParameterException(
                    commandLine,
                    option + ": no party of election " + election.id() + " has the id, name or"
                        + " short name " + given + "; its parties are " + list(election)));
  }

  /** "PP52 (Con, Conservative), PP53 (Lab, Labour)". */
  static String list(Election election) {
    List<String> parties = new ArrayList<>();
    for (Party party : election.parties()) {
      parties.add(party.id() + " (" + party.shortName() + ", " + party.name() + ")");
    }
    return String.join(", ", parties);
  }
}
