package org.psephos.ward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.psephos.ExampleData.CON;
import static org.psephos.ExampleData.GRN;
import static org.psephos.ExampleData.LAB;
import static org.psephos.ExampleData.LD;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.ElectionDataException;
import org.psephos.InvalidValueException;
import org.psephos.Party;
import org.psephos.UnresolvedTieException;

/**
 * Candidates and namesakes (docs/rules.md, "Candidates and namesakes"): a candidate's identity is
 * their id where given, else their name and party. The wards are real, from the House of Commons
 * Library's candidate table of the May 2024 local elections (Open Parliament Licence; the table and
 * its notice are kept in the project's shared test data): names, parties, votes and the elected
 * flags are copied from its rows, and the "id" given is the row's candidate number within the ward.
 */
class NamesakesTest {
  private static final Council BRISTOL =
      Council.of("E06000023", "Bristol, City of", CouncilType.UNITARY_AUTHORITY, 70);
  private static final Council FAREHAM =
      Council.of("E07000087", "Fareham", CouncilType.SHIRE_DISTRICT, 32);
  private static final Party TUSC =
      Party.of("PP804", "Trade Unionist and Socialist Coalition", "TUSC");

  /**
   * Hengrove and Whitchurch Park, 3 seats: two candidates named "Brown, A.", a Liberal Democrat
   * (1,956, elected) and a Conservative (487). Name and party tell them apart; no id is needed.
   */
  private static WardResult.Builder hengrove() {
    return WardResult.builder(BRISTOL, "E05010902", 3)
        .candidate("Kent, T.", LD, 2218)
        .candidate("Brown, A.", LD, 1956)
        .candidate("Classick, S.", LD, 1954)
        .candidate("Dowling, G.", LAB, 659)
        .candidate("Gage, B.", LAB, 634)
        .candidate("Miah, A.", LAB, 607)
        .candidate("Brown, K.", CON, 506)
        .candidate("Brown, A.", CON, 487)
        .candidate("Brown, N.", CON, 483)
        .candidate("Bradbury, A.", GRN, 339)
        .candidate("Nelson, G.", GRN, 321)
        .candidate("Grover, P.", GRN, 247)
        .electorate(14789)
        .ballotsCast(3781);
  }

  /** St George Central, 2 seats: two Conservatives named "Hinchcliffe, J." (283 and 248). */
  private static WardResult.Builder stGeorgeCentral(boolean withIds) {
    WardResult.Builder ward = WardResult.builder(BRISTOL, "E05010910", 2).electorate(9913);
    Object[][] rows = {
      {"Finch, A.", GRN, 1726}, {"Lavan, C.", GRN, 1496}, {"Bowman, S.", LAB, 1246},
      {"Palmer, H.", LAB, 1041}, {"Hinchcliffe, J.", CON, 283}, {"Hinchcliffe, J.", CON, 248},
      {"Kirtley, A.", LD, 78}, {"Barker, K.", TUSC, 70}, {"Price, B.", LD, 57}
    };
    for (int i = 0; i < rows.length; i++) {
      Candidate candidate = Candidate.of((String) rows[i][0], (Party) rows[i][1], (int) rows[i][2]);
      ward.candidate(withIds ? candidate.withId(Integer.toString(i + 1)) : candidate);
    }
    return ward.ballotsCast(3403);
  }

  @Test
  void namesakesOfDifferentPartiesStandApartByPartyAndTheCountTellsThemApart() {
    WardResult result = hengrove().build();
    // the three Liberal Democrats have most votes (2,218, 1,956, 1,954): the Liberal Democrat
    // Brown is elected, the Conservative Brown (487) is not, as the table flags them
    assertThat(result.elected())
        .extracting(Candidate::label)
        .containsExactly(
            "Kent, T. (Liberal Democrats)",
            "Brown, A. (Liberal Democrats)",
            "Classick, S. (Liberal Democrats)");
    assertThat(result.status(Candidate.of("Brown, A.", CON, 487)))
        .isEqualTo(CandidateStatus.DEFEATED);
    assertThat(result.seatsWon().seats(LD)).isEqualTo(3);
  }

  @Test
  void namesakesOfOnePartyWithoutIdsAreRejectedNamingThemAndWithIdsAreCounted() {
    assertThatThrownBy(() -> stGeorgeCentral(false).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "Bristol, City of (E06000023), ward E05010910: candidate Hinchcliffe, J. is listed"
                + " twice (Conservative); namesakes of one party need ids to tell them apart");

    WardResult result = stGeorgeCentral(true).build();
    // 2 seats: the two Greens, 1,726 and 1,496; both Hinchcliffes (283, 248) are defeated
    assertThat(result.elected())
        .extracting(Candidate::name)
        .containsExactly("Finch, A.", "Lavan, C.");
    assertThat(result.defeated())
        .filteredOn(c -> c.name().equals("Hinchcliffe, J."))
        .extracting(Candidate::id)
        .containsExactlyInAnyOrder(Optional.of("5"), Optional.of("6"));
    assertThat(result.candidates()).hasSize(9);
    assertThat(result.toString())
        .contains("Hinchcliffe, J. #5 PP52 283", "Hinchcliffe, J. #6 PP52 248");
  }

  @Test
  void anIdGivenTwiceInAWardIsRejectedNamingBothCandidates() {
    assertThatThrownBy(
            () ->
                WardResult.builder(BRISTOL, "E05010910", 2)
                    .candidate(Candidate.of("Finch, A.", GRN, 1726).withId("7"))
                    .candidate(Candidate.of("Lavan, C.", GRN, 1496).withId("7"))
                    .candidate(Candidate.of("Bowman, S.", LAB, 1246))
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "Bristol, City of (E06000023), ward E05010910: candidate id 7 is listed twice"
                + " (Finch, A. (Green Party, id 7) and Lavan, C. (Green Party, id 7))");
  }

  @Test
  void anIdMustBeAnIdAndTheRecordKeepsIt() {
    assertThatThrownBy(() -> Candidate.of("Finch, A.", GRN, 1726).withId("two words"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("id of candidate Finch, A. (Green Party)");
    Candidate finch = Candidate.of("Finch, A.", GRN, 1726).withId("1");
    assertThat(finch).isNotEqualTo(Candidate.of("Finch, A.", GRN, 1726));
    assertThat(finch.id()).contains("1");
    assertThat(new Candidate("Finch, A.", GRN, 1726).id()).isEmpty();
  }

  /**
   * Uplands and Funtley (Fareham), 2 seats, has two Greens named "Harrison, D." (159 and 154). Here
   * their votes are altered to 619 each, tying with Clubley (619) for the second seat: no such tie
   * happened. A lot between namesakes names the drawn winner by id; by name it is ambiguous.
   */
  private static WardResult.Builder uplandsTied() {
    return WardResult.builder(FAREHAM, "E05015678", 2)
        .candidate(Candidate.of("Bryant, P.", CON, 657).withId("1"))
        .candidate(Candidate.of("Clubley, L.", CON, 619).withId("2"))
        .candidate(Candidate.of("Wigmore, J.", LD, 584).withId("3"))
        .candidate(Candidate.of("Harrison, D.", GRN, 619).withId("6"))
        .candidate(Candidate.of("Harrison, D.", GRN, 619).withId("7"));
  }

  @Test
  void aLotBetweenNamesakesNamesTheWinnerByIdAndANameThatFitsTwoIsRejected() {
    // Bryant (657) wins the first seat; Clubley and both Harrisons (619) tie for the second
    WardResult drawn = uplandsTied().drawnWinner("7").build();
    assertThat(drawn.elected())
        .extracting(Candidate::label)
        .containsExactly("Bryant, P. (Conservative, id 1)", "Harrison, D. (Green Party, id 7)");
    assertThat(drawn.electedByLot()).extracting(Candidate::id).containsExactly(Optional.of("7"));
    assertThat(drawn.tied())
        .extracting(Candidate::id)
        .containsExactlyInAnyOrder(Optional.of("2"), Optional.of("6"));

    assertThatThrownBy(() -> uplandsTied().drawnWinner("Harrison, D.").build())
        .isInstanceOf(UnresolvedTieException.class)
        .hasMessage(
            "Fareham (E07000087), ward E05015678: drawn winner Harrison, D. names 2 candidates"
                + " (Harrison, D. (Green Party, id 6), Harrison, D. (Green Party, id 7)); name each"
                + " by id");
    // a name that one candidate alone bears still names them
    assertThat(uplandsTied().drawnWinner("clubley,  L.").build().electedByLot())
        .extracting(Candidate::id)
        .containsExactly(Optional.of("2"));
  }

  @Test
  void anStvWinnerNamedByANameTwoCandidatesBearIsRejected() {
    Council highland = Council.of("S12000017", "Highland", CouncilType.SCOTTISH_COUNCIL, 74);
    WardResult.Builder ward =
        WardResult.builder(highland, "S13002837", 1)
            .candidate(Candidate.of("Ann Ross", LD, 900).withId("a"))
            .candidate(Candidate.of("Ann Ross", CON, 800).withId("b"))
            .candidate(Candidate.of("Bea Bain", LAB, 700));
    assertThatThrownBy(() -> ward.electedByTransferableVote("Ann Ross").build())
        .isInstanceOf(ElectionDataException.class)
        .hasMessageContaining("elected by the STV count: Ann Ross names 2 candidates");
    assertThat(
            WardResult.builder(highland, "S13002837", 1)
                .candidate(Candidate.of("Ann Ross", LD, 900).withId("a"))
                .candidate(Candidate.of("Ann Ross", CON, 800).withId("b"))
                .candidate(Candidate.of("Bea Bain", LAB, 700))
                .electedByTransferableVote("b")
                .build()
                .elected())
        .extracting(Candidate::party)
        .isEqualTo(List.of(CON));
  }
}
