package org.psephos.examples.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.text.PartyNames;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --adjective}, shared by replay, tally and chart: how outcome lines name a party. */
final class OutcomeNames {
  @Option(
      names = "--adjective",
      paramLabel = "PARTY=ADJECTIVE",
      description = "Name a party (by its id, short name or name) this way in outcome lines, such"
          + " as --adjective LD=\"Lib Dem\". Repeatable.")
  Map<String, String> adjectives = new LinkedHashMap<>();

  /**
   * The party names of outcome lines: the adjectives of {@link PartyNames} with the overrides
   * given.
   *
   * @param election the election whose parties the overrides name
   * @param commandLine the command, for usage errors
   * @return the names
   * @throws ParameterException if an override names no party of the election or is blank
   */
  PartyNames names(Election election, CommandLine commandLine) {
    PartyNames names = PartyNames.adjectives();
    for (Map.Entry<String, String> entry : adjectives.entrySet()) {
      Party party =
          Parties.find(election, entry.getKey(), "--adjective " + entry.getKey(), commandLine);
      if (entry.getValue().isBlank()) {
        throw new ParameterException(
            commandLine, "--adjective " + entry.getKey() + ": the adjective is blank");
      }
      names = names.withOverride(party.id(), entry.getValue());
    }
    return names;
  }
}
