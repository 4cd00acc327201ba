package org.psephos.feeds.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.tally.CouncilResult;
import org.psephos.tally.Tally;

/**
 * A previous table and the table of four years later, written by hand in LEAP's layout (invented
 * names and votes; the council codes are London boroughs'), to check what is matched ward by ward
 * and what is named in the report, figure by figure.
 */
class TableElectionPairTest {
  private static final Party CON = Party.of("PP52", "Conservative", "Con");
  private static final Party LAB = Party.of("PP53", "Labour", "Lab");
  private static final Party LD = Party.of("PP90", "Liberal Democrats", "LD");
  private static final Party GREEN = Party.of("PP63", "Green", "Green");

  private static final String PREVIOUS =
      row("Barnet", "E09000003", "Arkley", "E05000043", "Ann Ash", "Conservative", 900, 1)
          + row("Barnet", "E09000003", "Arkley", "E05000043", "Bob Birch", "Lab", 880, 1)
          + row("Barnet", "E09000003", "Arkley", "E05000043", "Cy Cedar", "Lab", 700, 0)
          + row("Barnet", "E09000003", "Brunswick", "E05000044", "Di Dale", "Conservative", 800, 1)
          + row("Barnet", "E09000003", "Brunswick", "E05000044", "Ed Elm", "PP90", 300, 0)
          + row("Camden", "E09000007", "Belsize", "E05000129", "Flo Fir", "Lab", 1200, 1)
          + row("Camden", "E09000007", "Belsize", "E05000129", "Gus Gorse", "Grn", 200, 0)
          // a by-election in Brunswick the same day: not the ward's seats as last fought
          + row("Barnet", "E09000003", "Brunswick", "E05000044", "Hal Holly", "Lab", 500, 1)
          + row("Barnet", "E09000003", "Brunswick", "E05000044", "Ida Ivy", "PP90", 400, 0);

  private static final String NOW =
      row("Barnet", "E09000003", "Arkley", "E05000043", "Ann Ash", "Conservative", 600, 0)
          + row("Barnet", "E09000003", "Arkley", "E05000043", "Bob Birch", "Lab", 950, 1)
          + row("Barnet", "E09000003", "Arkley", "E05000043", "Cy Cedar", "Lab", 910, 1)
          + row("Barnet", "E09000003", "Brunswick", "E05000044", "Di Dale", "Conservative", 800, 1)
          + row("Barnet", "E09000003", "Brunswick", "E05000044", "Ed Elm", "PP90", 300, 0)
          + row("Camden", "E09000007", "Belsize Park", "E05013652", "Flo Fir", "Lab", 1100, 1)
          + row("Camden", "E09000007", "Belsize Park", "E05013652", "Gus Gorse", "Grn", 300, 0)
          + row("Hackney", "E09000012", "Dalston", "E05009372", "Jo Juniper", "Lab", 1000, 1)
          + row("Hackney", "E09000012", "Dalston", "E05009372", "Kit Kale", "PP90", 100, 0);

  private static String row(
      String council, String councilCode, String ward, String wardCode, String candidate,
      String party, int votes, int elected) {
    return String.join(
            ",",
            q(council), q(councilCode), q(ward), q(wardCode), q(candidate), q(party),
            q(Integer.toString(votes)), q(Integer.toString(elected)))
        + "\n";
  }

  private static String q(String value) {
    return "\"" + value + "\"";
  }

  private static CandidateTable leap(String name, String text) {
    return LeapReader.read(name, text.getBytes(StandardCharsets.UTF_8), null);
  }

  private static TableElection.Builder builder() {
    // codes resolve by a party's name (Conservative), short name (Lab), id (PP90) or alias (Grn)
    return TableElection.builder("local.2022-05-05", LocalDate.of(2022, 5, 5), "London 2022")
        .parties(CON, LAB, LD, GREEN)
        .alias("Grn", GREEN);
  }

  @Test
  void wardsFoughtAgainGiveTheirSeatsAsLastFoughtAndOthersAreNamed() {
    TableElection implied =
        builder().previous(leap("2018.csv", PREVIOUS)).build(leap("2022.csv", NOW));
    Election election = implied.election();
    assertThat(implied.councilsWithPreviousResult()).containsExactly("E09000003");
    assertThat(implied.report())
        .containsExactly(
            "Camden (E09000007): no previous result: ward Belsize Park (E05013652) is not in the"
                + " previous table; ward Belsize (E05000129) of the previous table is not fought"
                + " now",
            "Hackney (E09000012): not in the previous table; no previous result");
    Contest barnet = election.contest("E09000003").orElseThrow();
    // Arkley's 2 seats: Con 1, Lab 1; Brunswick's 1: Con (its by-election left out)
    assertThat(barnet.defended())
        .isEqualTo(Composition.builder().seats(CON, 2).seats(LAB, 1).build());
    assertThat(barnet.previous()).isEqualTo(barnet.defended());
    assertThat(barnet.council().size()).isEqualTo(3);
    assertThat(barnet.ward("E05000043").orElseThrow().defended())
        .isEqualTo(Composition.builder().seats(CON, 1).seats(LAB, 1).build());
    assertThat(election.contest("E09000007").orElseThrow().hasPreviousResult()).isFalse();
    assertThat(election.parties()).containsExactly(CON, LAB, LD, GREEN);

    CandidateTable now = leap("2022.csv", NOW);
    Tally tally = Tally.of(election).applyWardResults(now.wardResults(election));
    CouncilResult result = tally.result(barnet.council()).orElseThrow();
    // Barnet now: Lab 2 (Arkley), Con 1 (Brunswick): Lab +1, Con -1; control Con 2 of 3 -> Lab
    assertThat(result.seatChange(LAB)).isEqualTo(1);
    assertThat(result.seatChange(CON)).isEqualTo(-1);
    assertThat(result.outcome().describe()).isEqualTo("Labour gain from Conservative");
    assertThat(tally.standings().councilsWithoutPrevious()).isEqualTo(2);
    assertThat(tally.standings().seatsChange()).isZero();
    assertThat(tally.standings().party(LAB).orElseThrow().seatsChange()).isEqualTo(1);
  }

  @Test
  void aByElectionNowLeavesItsCouncilWithoutAPreviousResult() {
    String now =
        NOW + row("Barnet", "E09000003", "Arkley", "E05000043", "Lu Lime", "Lab", 500, 1)
            + row("Barnet", "E09000003", "Arkley", "E05000043", "Mo Maple", "LD", 100, 0);
    TableElection implied =
        builder().previous(leap("2018.csv", PREVIOUS)).build(leap("2022.csv", now));
    assertThat(implied.councilsWithPreviousResult()).isEmpty();
    assertThat(implied.report())
        .first()
        .isEqualTo(
            "Barnet (E09000003): no previous result: ward Arkley (E05000043.by) is not in the"
                + " previous table");
  }

  @Test
  void aCodeOfNoPartyIsAnErrorNamingItUnlessItIsMadeAPartyOfItsOwn() {
    String now = NOW + row("Hackney", "E09000012", "Dalston", "E05009372", "Ned Nut", "Hackney First", 50, 0);
    assertThatThrownBy(() -> builder().build(leap("2022.csv", now)))
        .isInstanceOfSatisfying(
            TableFormatException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(TableFormatException.Kind.UNKNOWN_PARTY);
              assertThat(e.line()).isEqualTo(10);
              assertThat(e.column()).isEqualTo(6);
              assertThat(e.value()).isEqualTo("Hackney First");
            })
        .hasMessageContaining("Hackney (E09000012), ward Dalston (E05009372): candidate Ned Nut"
            + " stands for party code \"Hackney First\"");
    TableElection implied = builder().ownPartyForUnknownCodes().build(leap("2022.csv", now));
    Party own = implied.election().resolveParty("Hackney First").orElseThrow();
    assertThat(own).isEqualTo(Party.of("Hackney-First", "Hackney First", "Hackney First"));
    assertThat(implied.partiesOfTheirOwn()).containsExactly(own);
    // without a previous table, no council has a previous result and none is reported
    assertThat(implied.report()).isEmpty();
    assertThat(implied.councilsWithPreviousResult()).isEmpty();
    assertThat(implied.election().contests()).hasSize(3);
  }

  @Test
  void aCouncilCodeThatIsNoGssCouncilCodeIsAnError() {
    String now = row("Nowhere", "X99000001", "Centre", "E05000001", "Ann Ash", "Lab", 10, 1);
    assertThatThrownBy(() -> builder().build(leap("2022.csv", now)))
        .isInstanceOfSatisfying(
            TableFormatException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(TableFormatException.Kind.UNKNOWN_COUNCIL);
              assertThat(e.line()).isEqualTo(1);
              assertThat(e.column()).isEqualTo(2);
              assertThat(e.value()).isEqualTo("X99000001");
            })
        .hasMessageContaining("Nowhere: \"X99000001\" is not an ONS GSS council code");
  }

  @Test
  void aWardTheCoreRejectsIsAnErrorAtItsLine() {
    String now =
        row("Barnet", "E09000003", "Arkley", "E05000043", "Ann Ash", "Lab", 10, 1)
            + row("Barnet", "E09000003", "Brunswick", "E05 000044", "Di Dale", "Lab", 10, 1);
    assertThatThrownBy(() -> builder().build(leap("2022.csv", now)))
        .isInstanceOfSatisfying(
            TableFormatException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(TableFormatException.Kind.INVALID_WARD);
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.subject().wardId()).hasValue("E05 000044");
            })
        .hasMessageContaining("2022.csv, line 2")
        .hasMessageContaining("E05 000044");
  }
}
