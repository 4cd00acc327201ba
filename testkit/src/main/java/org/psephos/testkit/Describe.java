package org.psephos.testkit;

import java.util.List;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.Party;

/** Plain-text descriptions of generated cases, for failure reports. */
final class Describe {
  private Describe() {}

  static String election(Election election) {
    StringBuilder text = new StringBuilder("parties");
    for (Party party : election.parties()) {
      text.append(' ').append(party.id()).append(party.cohesive() ? "" : "(non-cohesive)");
    }
    for (Contest contest : election.contests()) {
      Council council = contest.council();
      text.append("\n  ")
          .append(council.id())
          .append(" (")
          .append(council.region().orElse("no region"))
          .append(") size ")
          .append(council.size())
          .append(" contested ")
          .append(contest.contested())
          .append(" continuing ")
          .append(contest.continuing())
          .append(" previous ")
          .append(contest.previous())
          .append(" defended ")
          .append(contest.defended());
    }
    return text.toString();
  }

  static String declaration(Declaration declaration) {
    return declaration.council().id()
        + " won "
        + declaration.seatsWon()
        + (declaration.stillToFill() == 0
            ? ""
            : " stillToFill "
                + declaration.stillToFill()
                + " defendedStillToFill "
                + declaration.defendedStillToFill()
                + " heldStillToFill "
                + declaration.heldStillToFill());
  }

  static String inputs(List<Input> inputs) {
    StringBuilder text = new StringBuilder();
    for (Input input : inputs) {
      text.append("\n    ").append(input);
    }
    return text.toString();
  }
}
