package org.psephos.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psephos.Council;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.json.ElectionDefinition;
import org.psephos.tally.PartyStanding;
import org.psephos.tally.Standings;
import org.psephos.tally.Tally;

/**
 * The shipped London 2018 data, read back to the totals its source publishes (README beside the
 * data): seats Lab 1,123, Con 511, LD 154 of 1,833; control Lab 21, Con 7, LD 3, NOC 1; summed
 * changes Lab +67, Con -92, Green +7.
 */
class London2018Test {
  private static final ElectionDefinition DEFINITION = London2018.election();
  private static final Election ELECTION = DEFINITION.election();

  private static Party party(String id) {
    return ELECTION.party(id).orElseThrow();
  }

  private static PartyStanding standing(Standings standings, String id) {
    return standings.party(party(id)).orElseThrow();
  }

  @Test
  void electionHasThe32BoroughsWithRealGssCodes() {
    assertThat(ELECTION.id()).isEqualTo("local.2018-05-03");
    assertThat(ELECTION.councils()).hasSize(32);
    assertThat(ELECTION.councils()).allSatisfy(c -> assertThat(c.id()).matches("E09000\\d{3}"));
    assertThat(ELECTION.councils().stream().mapToInt(Council::size).sum()).isEqualTo(1833);
    assertThat(ELECTION.contest("E09000032").orElseThrow().council().name())
        .isEqualTo("Wandsworth");
    assertThat(ELECTION.resolveParty("joint-party:53-119")).contains(party("PP53"));
  }

  @Test
  void theSpreadsheetLayoutGivesTheSameElectionAndTheSameTally() {
    Election fromCsv = London2018.electionFromCsv();
    assertThat(fromCsv).isEqualTo(ELECTION);
    Standings standings = London2018.replay(fromCsv, Integer.MAX_VALUE).standings();
    assertThat(standings).isEqualTo(London2018.replay(DEFINITION, Integer.MAX_VALUE).standings());
    assertThat(standings.parties()).isNotEmpty();
    assertThat(standings.party(fromCsv.party("PP53").orElseThrow()).orElseThrow().seatsWon())
        .isEqualTo(1123);
    assertThat(standings.noOverallControl()).isEqualTo(1);
  }

  @Test
  void wholeNightGivesThePublishedSeatsAndControl() {
    Standings standings = London2018.replay(DEFINITION, Integer.MAX_VALUE).standings();

    assertThat(standings.councilsDeclared()).isEqualTo(32);
    assertThat(standings.seatsWon()).isEqualTo(1833);
    assertThat(standing(standings, "PP53").seatsWon()).isEqualTo(1123);
    assertThat(standing(standings, "PP52").seatsWon()).isEqualTo(511);
    assertThat(standing(standings, "PP90").seatsWon()).isEqualTo(154);
    assertThat(standing(standings, "PP53").councils()).isEqualTo(21);
    assertThat(standing(standings, "PP52").councils()).isEqualTo(7);
    assertThat(standing(standings, "PP90").councils()).isEqualTo(3);
    assertThat(standings.noOverallControl()).isEqualTo(1);
  }

  @Test
  void wholeNightGivesThePublishedSeatChanges() {
    Standings standings = London2018.replay(DEFINITION, Integer.MAX_VALUE).standings();

    assertThat(standing(standings, "PP53").seatsChange()).isEqualTo(67);
    assertThat(standing(standings, "PP52").seatsChange()).isEqualTo(-92);
    assertThat(standing(standings, "PP63").seatsChange()).isEqualTo(7);
    // The source's own sum for the Liberal Democrats (it does not reproduce Wikipedia's +34).
    assertThat(standing(standings, "PP90").seatsChange()).isEqualTo(40);
  }

  @Test
  void havering_isTheOneCouncilInNoOverallControl() {
    Tally tally = London2018.replay(DEFINITION, Integer.MAX_VALUE);
    Map<String, Boolean> noc = new LinkedHashMap<>();
    tally.results().forEach(r -> noc.put(r.council().name(), r.controlAfter().isNoOverallControl()));
    assertThat(noc).containsEntry("Havering", true);
    assertThat(noc.values().stream().filter(b -> b).count()).isEqualTo(1);
  }

  @Test
  void brentAndSouthwarkAreProvisionalUntilTheirPostponedWardsDeclare() {
    Tally night = London2018.replay(DEFINITION, 32);
    Council brent = ELECTION.contest("E09000005").orElseThrow().council();
    Council southwark = ELECTION.contest("E09000028").orElseThrow().council();

    assertThat(night.councilsDeclared()).isEqualTo(32);
    assertThat(night.declaration(brent).orElseThrow().stillToFill()).isEqualTo(3);
    assertThat(night.declaration(southwark).orElseThrow().stillToFill()).isEqualTo(3);
    // docs/rules.md, "Provisional declarations": Brent Labour 57 (+4) on the night against 56
    // less the 3 Willesden Green seats.
    assertThat(night.result(brent).orElseThrow().seatsWon(party("PP53"))).isEqualTo(57);
    assertThat(night.result(brent).orElseThrow().seatChange(party("PP53"))).isEqualTo(4);
    // 1,833 less the 6 postponed seats, Labour 1,123 less Brent's 3.
    assertThat(night.standings().seatsWon()).isEqualTo(1827);
    assertThat(standing(night.standings(), "PP53").seatsWon()).isEqualTo(1120);

    Tally complete = London2018.replay(DEFINITION, 34);
    assertThat(complete.declaration(brent).orElseThrow().isProvisional()).isFalse();
    assertThat(complete.result(brent).orElseThrow().seatChange(party("PP53"))).isEqualTo(4);
    assertThat(complete.result(southwark).orElseThrow().seatsWon(party("PP90"))).isEqualTo(14);
  }
}
