package org.psephos.examples;

import java.time.LocalDate;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.tally.Tally;
import org.psephos.text.Scoreboard;

/**
 * The README's quick start: build an election in code, apply declarations, print the scoreboard.
 * The build runs it, so the README's example cannot rot.
 */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Runs the quick start and prints the outcome and the scoreboard.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // README-START
    Party con = Party.of("PP52", "Conservative", "Con");
    Party lab = Party.of("PP53", "Labour", "Lab");
    Council wandsworth = Council.of("E09000032", "Wandsworth", CouncilType.LONDON_BOROUGH, "London", 60);
    Composition before = Composition.builder().seats(con, 41).seats(lab, 19).build();
    Election election = Election.builder("local.2018-05-03", LocalDate.of(2018, 5, 3), "Local elections 2018")
        .parties(con, lab)
        .contest(Contest.builder(wandsworth).previous(before).defended(before).build()) // all out
        .build();

    Tally tally = Tally.of(election)
        .apply(Declaration.builder(wandsworth).won(con, 33).won(lab, 27).build());

    System.out.println(tally.outcome(wandsworth).orElseThrow().describe()); // Conservative hold
    System.out.print(Scoreboard.standard().format(tally.standings()));
    // README-END
  }
}
