package org.psephos.feeds.pa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.psephos.Contest;
import org.psephos.ControlRule;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.Party;
import org.psephos.SeatBaseline;

class PaElectionTest {

  @Test
  void councilsAndPartiesTakePasIdsNamesAndAbbreviations() {
    PaElection election = SmallFeed.election();
    assertThat(election.paId()).isEqualTo("252");
    assertThat(election.election().id()).isEqualTo("local.2026-05-07");
    Party labour = election.party("662").orElseThrow();
    assertThat(labour).isEqualTo(Party.of("pa:662", "Labour", "Lab"));
    assertThat(election.party("661").orElseThrow().cohesive()).isFalse();
    assertThat(election.election().resolveParty("LD")).contains(election.party("667").orElseThrow());
    assertThat(election.election().parties())
        .extracting(Party::id)
        .containsExactly("pa:659", "pa:661", "pa:662", "pa:667");
    assertThat(election.election().councils()).extracting(Council::name).containsExactly("Allton", "Thirdsby");
    assertThat(election.party("000")).isEmpty();
    assertThat(election.council("000")).isEmpty();
  }

  @Test
  void seatsHeldArePreviousSeatsOfferedDefendedAndContinuingTheirDifference() {
    PaElection election = SmallFeed.election();
    Council thirdsby = election.council(SmallFeed.THIRDSBY).orElseThrow();
    assertThat(thirdsby)
        .isEqualTo(Council.of("pa:9001", "Thirdsby", CouncilType.METROPOLITAN_BOROUGH, "England", 20));
    Contest contest = election.election().requireContest(thirdsby);
    Party lab = election.party("662").orElseThrow();
    Party con = election.party("659").orElseThrow();
    Party ind = election.party("661").orElseThrow();
    assertThat(contest.contested()).isEqualTo(8);
    assertThat(contest.previous().asMap()).containsExactly(
        java.util.Map.entry(lab, 10), java.util.Map.entry(con, 8), java.util.Map.entry(ind, 2));
    assertThat(contest.defended().asMap()).containsExactly(
        java.util.Map.entry(lab, 4), java.util.Map.entry(con, 3), java.util.Map.entry(ind, 1));
    assertThat(contest.continuing().asMap()).containsExactly(
        java.util.Map.entry(lab, 6), java.util.Map.entry(con, 5), java.util.Map.entry(ind, 1));
    assertThat(election.nominations(thirdsby).proportion()).isEqualTo("third");
    assertThat(election.election().requireContest(election.council(SmallFeed.ALLTON).orElseThrow())
        .isAllOut()).isTrue();
  }

  @Test
  void pasConventionsAreTheTallysChoices() {
    PaElection election = SmallFeed.election();
    assertThat(election.controlRule()).isEqualTo(ControlRule.anyParty());
    assertThat(election.baseline()).isEqualTo(SeatBaseline.PRE_ELECTION);
    assertThat(election.emptyTally().controlRule()).isEqualTo(ControlRule.anyParty());
    assertThat(election.emptyTally().baseline()).isEqualTo(SeatBaseline.PRE_ELECTION);
    assertThat(election.toString()).contains("2 councils", "4 parties");
  }

  @Test
  void pasCouncilTypesMapOntoCoresBothWays() {
    for (String type : PaReader.COUNCIL_TYPES) {
      assertThat(PaStateOfPartiesWriter.paType(PaElection.councilType(type))).isEqualTo(type);
    }
    assertThatThrownBy(() -> PaElection.councilType("Borough"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PaStateOfPartiesWriter.paType(CouncilType.NORTHERN_IRISH_DISTRICT))
        .isInstanceOf(IllegalArgumentException.class);
    PaElection wales =
        PaElection.of(List.of((PaNominations) PaReader.read("w.xml", Fixtures.bytes(
            Fixtures.nominations("Cardiff", "5001", "Wales", "all",
                Fixtures.nominated("Labour", "Lab", "662", 40, 40)))))) ;
    assertThat(wales.council("5001").orElseThrow().region()).hasValue("Wales");
  }

  @Test
  void theSameCouncilInTwoFilesIsTakenOnceWhenTheFiguresAgree() {
    PaNominations once = (PaNominations) PaReader.read("a.xml", Fixtures.bytes(SmallFeed.alltonNominations()));
    PaNominations again = (PaNominations) PaReader.read("b.xml", Fixtures.bytes(SmallFeed.alltonNominations()));
    assertThat(PaElection.of(List.of(once, again)).election().councils()).hasSize(1);
  }

  @Test
  void nominationsThatDisagreeAreRejectedNamingBothPlaces() {
    PaNominations allton = (PaNominations) PaReader.read("a.xml", Fixtures.bytes(SmallFeed.alltonNominations()));
    PaNominations changed =
        (PaNominations) PaReader.read("b.xml", Fixtures.bytes(
            SmallFeed.alltonNominations().replace("seatsHeld='4' seatsOffered='4'", "seatsHeld='3' seatsOffered='3'")));
    assertThatThrownBy(() -> PaElection.of(List.of(allton, changed)))
        .isInstanceOfSatisfying(PaFeedException.class, e -> {
          assertThat(e.kind()).isEqualTo(PaFeedException.Kind.CONFLICTING_NOMINATIONS);
          assertThat(e.getMessage()).contains("nominated twice with different figures");
        });
    PaNominations renamed =
        (PaNominations) PaReader.read("c.xml", Fixtures.bytes(
            SmallFeed.thirdsbyNominations().replace("name='Labour'", "name='Labour Party'")));
    assertThatThrownBy(() -> PaElection.of(List.of(allton, renamed)))
        .hasMessageContaining("party pa:662 is named \"Labour Party\" (Lab) here and \"Labour\" (Lab)");
    PaNominations otherElection =
        (PaNominations) PaReader.read("d.xml", Fixtures.bytes(
            SmallFeed.thirdsbyNominations().replace("paId='252'", "paId='253'")));
    assertThatThrownBy(() -> PaElection.of(List.of(allton, otherElection)))
        .hasMessageContaining("is not election 252");
    PaNominations sameAbbreviation =
        (PaNominations) PaReader.read("e.xml", Fixtures.bytes(Fixtures.nominations("Z", "7", "Metro", "all",
            Fixtures.nominated("Labour", "Lab", "662", 5, 5),
            Fixtures.nominated("Labour Co-op", "Lab", "663", 5, 5))));
    assertThatThrownBy(() -> PaElection.of(List.of(sameAbbreviation)))
        .isInstanceOfSatisfying(PaFeedException.class,
            e -> assertThat(e.kind()).isEqualTo(PaFeedException.Kind.CONFLICTING_NOMINATIONS));
    assertThatThrownBy(() -> PaElection.of(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCouncilWithNoSeatUpIsRejectedWithItsFigures() {
    PaNominations none =
        (PaNominations) PaReader.read("n.xml", Fixtures.bytes(Fixtures.nominations("Z", "7", "Metro", "third",
            Fixtures.nominated("Labour", "Lab", "662", 5, 0))));
    assertThatThrownBy(() -> PaElection.of(List.of(none)))
        .isInstanceOfSatisfying(PaFeedException.class, e -> {
          assertThat(e.kind()).isEqualTo(PaFeedException.Kind.INVALID_VALUE);
          assertThat(e.getMessage()).contains("n.xml at /LocalElectionNominations/Election/Council[1]")
              .contains("seats held 5, offered 0");
        });
  }

  @Test
  void aCouncilOfAnotherElectionHasNoNominations() {
    PaElection election = SmallFeed.election();
    Council stranger = Council.of("pa:9001", "Elsewhere", CouncilType.COUNTY, "England", 20);
    assertThatThrownBy(() -> election.nominations(stranger)).isInstanceOf(IllegalArgumentException.class);
    assertThat(PaElection.paIdOf("E09000032")).isEqualTo("E09000032");
  }
}
