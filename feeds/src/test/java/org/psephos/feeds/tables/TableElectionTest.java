package org.psephos.feeds.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psephos.feeds.tables.TableFixtures.CON;
import static org.psephos.feeds.tables.TableFixtures.GREEN;
import static org.psephos.feeds.tables.TableFixtures.IND;
import static org.psephos.feeds.tables.TableFixtures.LAB;
import static org.psephos.feeds.tables.TableFixtures.LD;
import static org.psephos.feeds.tables.TableFixtures.UKIP;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.ControlOutcome;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.tally.CouncilResult;
import org.psephos.tally.Standings;
import org.psephos.tally.Tally;
import org.psephos.ward.WardResult;

/** The election a whole real table implies, tallied. */
class TableElectionTest {
  private static final LocalDate MAY_2019 = LocalDate.of(2019, 5, 2);
  private static final LocalDate MAY_2024 = LocalDate.of(2024, 5, 2);

  @Test
  void leap2019WholeTalliesToTheFlagsSumsWithoutChanges() {
    CandidateTable table = TableFixtures.leap2019();
    TableElection implied = TableFixtures.keyed("local.2019-05-02", MAY_2019).build(table);
    Election election = implied.election();
    assertThat(election.contests()).hasSize(257).noneMatch(Contest::hasPreviousResult);
    assertThat(implied.councilsWithPreviousResult()).isEmpty();
    // 162 codes in the file, the 5 mayoral placeholders' "NULL" left out with their rows; the key
    // resolves C, Lab, LD, Grn, Ind and UKIP
    assertThat(implied.report()).isEmpty();
    assertThat(implied.partiesOfTheirOwn()).hasSize(162 - 1 - 6)
        .contains(Party.of("SocAlt", "SocAlt", "SocAlt"), Party.of("CC(Hart)", "CC(Hart)", "CC(Hart)"))
        .allMatch(party -> election.parties().contains(party));
    assertThat(election.contest("E07000026").orElseThrow().council().size())
        .as("Allerdale: the seats its wards elected in 2019")
        .isEqualTo(table.wards().stream()
            .filter(w -> w.councilId().equals("E07000026")).mapToInt(TableWard::seats).sum());

    Tally tally = Tally.of(election).applyWardResults(table.wardResults(election));
    Standings standings = tally.standings();
    assertThat(standings.councilsDeclared()).isEqualTo(257);
    assertThat(standings.councilsWithoutPrevious()).isEqualTo(257);
    // seats: the file's own flags (the data's README; docs/tables.md)
    assertThat(seats(standings, CON)).isEqualTo(3566);
    assertThat(seats(standings, LAB)).isEqualTo(2022);
    assertThat(seats(standings, LD)).isEqualTo(1360);
    assertThat(seats(standings, IND)).isEqualTo(763);
    assertThat(seats(standings, GREEN)).isEqualTo(265);
    assertThat(seats(standings, UKIP)).isEqualTo(31);
    assertThat(standings.seatsWon()).isEqualTo(8435);
    assertThat(standings.seatsChange()).isZero();
    // control of the seats fought, counted by hand from the flags: a strict majority of a
    // council's seats up, independents never controlling
    assertThat(standings.party(CON).orElseThrow().councils()).isEqualTo(91);
    assertThat(standings.party(LAB).orElseThrow().councils()).isEqualTo(56);
    assertThat(standings.party(LD).orElseThrow().councils()).isEqualTo(20);
    assertThat(standings.noOverallControl()).isEqualTo(86);
    assertThat(tally.results())
        .allMatch(r -> r.outcome().kind() == ControlOutcome.Kind.WIN
            || r.outcome().kind() == ControlOutcome.Kind.NO_OVERALL_CONTROL);
  }

  @Test
  void handbook2024WholeTalliesToTheFlagsSums() {
    CandidateTable table = TableFixtures.handbook2024();
    Election election = TableFixtures.keyed("local.2024-05-02", MAY_2024).build(table).election();
    assertThat(election.contests()).hasSize(107);
    assertThat(election.ward("E05007568").orElseThrow().seats()).isEqualTo(1);
    Tally tally = Tally.of(election).applyWardResults(table.wardResults(election));
    Standings standings = tally.standings();
    assertThat(standings.councilsDeclared()).isEqualTo(107);
    assertThat(standings.wardTotals().wardsDeclared()).isEqualTo(1903);
    // the flags' sums (the data's README; docs/tables.md): LAB 1,158, LD 522, CON 516, GREEN
    // 181, IND 127 of 2,659 seats
    assertThat(seats(standings, LAB)).isEqualTo(1158);
    assertThat(seats(standings, LD)).isEqualTo(522);
    assertThat(seats(standings, CON)).isEqualTo(516);
    assertThat(seats(standings, GREEN)).isEqualTo(181);
    assertThat(seats(standings, IND)).isEqualTo(127);
    assertThat(standings.seatsWon()).isEqualTo(2659);
    // control of the seats fought, counted by hand from the flags
    assertThat(standings.party(LAB).orElseThrow().councils()).isEqualTo(48);
    assertThat(standings.party(LD).orElseThrow().councils()).isEqualTo(12);
    assertThat(standings.party(CON).orElseThrow().councils()).isEqualTo(6);
    assertThat(standings.noOverallControl()).isEqualTo(39);
  }

  @Test
  void aPreviousTableGivesSeatsAsLastFoughtWardByWardAndNamesEveryWardItCannotMatch() {
    // LEAP 2019 as the "previous" table of the Handbook 2024: not the same cycle, but real wards
    // to match by code; 39 councils fought exactly the same wards, 52 did not, 16 had no 2019 poll
    CandidateTable previous = TableFixtures.leap2019();
    CandidateTable whole = TableFixtures.handbook2024();
    TableElection implied =
        TableFixtures.keyed("local.2024-05-02", MAY_2024).previous(previous).build(whole);
    Election election = implied.election();
    assertThat(implied.councilsWithPreviousResult()).hasSize(39).contains("E07000199");
    List<String> councils = implied.report();
    assertThat(councils).hasSize(52 + 16);
    assertThat(councils)
        .contains("Adur (E07000223): not in the previous table; no previous result")
        .anySatisfy(line -> assertThat(line)
            .startsWith("Basildon (E07000066): no previous result: ward ")
            .contains("is not in the previous table")
            .contains("of the previous table is not fought now"));

    // Tamworth: 2019's winners of its ten wards were Con 8, Lab 1, UKIP 1 (LEAP's flags)
    Contest tamworth = election.contest("E07000199").orElseThrow();
    assertThat(tamworth.defended())
        .isEqualTo(Composition.builder().seats(CON, 8).seats(LAB, 1).seats(UKIP, 1).build());
    assertThat(tamworth.previous()).isEqualTo(tamworth.defended());
    assertThat(tamworth.wards()).hasSize(10);

    List<WardResult> results = whole.wardResults(election);
    Tally tally = Tally.of(election).applyWardResults(results);
    // 2024's flags in Tamworth: Lab 9, Con 1
    CouncilResult result = tally.result(tamworth.council()).orElseThrow();
    assertThat(result.seatChange(LAB)).isEqualTo(8);
    assertThat(result.seatChange(CON)).isEqualTo(-7);
    assertThat(result.seatChange(UKIP)).isEqualTo(-1);
    assertThat(result.outcome().describe()).isEqualTo("Labour gain from Conservative");
    assertThat(tally.standings().councilsWithoutPrevious()).isEqualTo(107 - 39);
  }

  @Test
  void withoutOwnPartiesAnUnknownCodeIsAnErrorNamingIt() {
    CandidateTable table = TableFixtures.leap2019();
    TableElection.Builder builder =
        TableElection.builder("local.2019-05-02", MAY_2019, "Local elections")
            .parties(CON, LAB, LD, GREEN, UKIP, IND)
            .alias("C", CON)
            .alias("Grn", GREEN);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> builder.build(table))
        .isInstanceOfSatisfying(
            TableFormatException.class,
            e -> assertThat(e.kind()).isEqualTo(TableFormatException.Kind.UNKNOWN_PARTY))
        .hasMessageContaining("leap-2019-05-02.csv, line ")
        .hasMessageContaining("column 6")
        .hasMessageContaining("which is neither a party nor an alias of the party key");
  }

  private static int wardSeats(Standings standings, Party party) {
    return standings.wardTotals().party(party).orElseThrow().seatsWon();
  }

  private static int seats(Standings standings, Party party) {
    return standings.party(party).orElseThrow().seatsWon();
  }
}
