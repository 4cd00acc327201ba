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
import java.util.Set;
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
  /** The Handbook's wards where two candidates share a name, which the core cannot tell apart. */
  private static final Set<String> NAMESAKES =
      Set.of("E05010902", "E05010910", "E05015727", "E05015678", "E05015585");

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
    CandidateTable whole = TableFixtures.handbook2024();
    Election election = TableFixtures.keyed("local.2024-05-02", MAY_2024).build(whole).election();
    assertThat(election.contests()).hasSize(107);
    assertThat(election.ward("E05007568").orElseThrow().seats()).isEqualTo(1);
    CandidateTable table =
        new CandidateTable(
            whole.file(),
            whole.wards().stream().filter(w -> !NAMESAKES.contains(w.wardId())).toList(),
            whole.notices(),
            3,
            20);
    Tally tally = Tally.of(election).applyWardResults(table.wardResults(election));
    Standings standings = tally.standings();
    // the four councils with namesake wards stay in progress
    assertThat(standings.councilsDeclared()).isEqualTo(103);
    assertThat(standings.councilsInProgress()).isEqualTo(4);
    // every declared ward: the flags' sums less the 5 namesake wards' 13 seats, counted by hand
    // from the sheet
    assertThat(wardSeats(standings, LAB)).isEqualTo(1155);
    assertThat(wardSeats(standings, LD)).isEqualTo(516);
    assertThat(wardSeats(standings, CON)).isEqualTo(514);
    assertThat(wardSeats(standings, GREEN)).isEqualTo(179);
    assertThat(wardSeats(standings, IND)).isEqualTo(127);
    assertThat(standings.wardTotals().wardsDeclared()).isEqualTo(1903 - 5);
    // the 103 councils declared whole, counted by hand likewise
    assertThat(seats(standings, LAB)).isEqualTo(1125);
    assertThat(seats(standings, LD)).isEqualTo(492);
    assertThat(seats(standings, CON)).isEqualTo(445);
    assertThat(seats(standings, GREEN)).isEqualTo(142);
    assertThat(seats(standings, IND)).isEqualTo(123);
    assertThat(standings.seatsWon()).isEqualTo(2467);
    assertThat(standings.party(LAB).orElseThrow().councils()).isEqualTo(48);
    assertThat(standings.party(LD).orElseThrow().councils()).isEqualTo(12);
    assertThat(standings.party(CON).orElseThrow().councils()).isEqualTo(4);
    assertThat(standings.noOverallControl()).isEqualTo(37);
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

    CandidateTable table =
        new CandidateTable(
            whole.file(),
            whole.wards().stream().filter(w -> !NAMESAKES.contains(w.wardId())).toList(),
            whole.notices(),
            3,
            20);
    List<WardResult> results = table.wardResults(election);
    Tally tally = Tally.of(election).applyWardResults(results);
    // 2024's flags in Tamworth: Lab 9, Con 1
    CouncilResult result = tally.result(tamworth.council()).orElseThrow();
    assertThat(result.seatChange(LAB)).isEqualTo(8);
    assertThat(result.seatChange(CON)).isEqualTo(-7);
    assertThat(result.seatChange(UKIP)).isEqualTo(-1);
    assertThat(result.outcome().describe()).isEqualTo("Labour gain from Conservative");
    assertThat(tally.standings().councilsWithoutPrevious()).isEqualTo(103 - 39);
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
