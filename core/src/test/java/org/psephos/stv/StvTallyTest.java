package org.psephos.stv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.psephos.ExampleData.CON;
import static org.psephos.ExampleData.GRN;
import static org.psephos.ExampleData.LAB;
import static org.psephos.ExampleData.LD;
import static org.psephos.ExampleData.allOut;
import static org.psephos.ExampleData.comp;
import static org.psephos.ExampleData.election;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.Election;
import org.psephos.ElectionDataException;
import org.psephos.Party;
import org.psephos.SeatCountException;
import org.psephos.UnknownIdException;
import org.psephos.VoteConvention;
import org.psephos.Ward;
import org.psephos.tally.CouncilResult;
import org.psephos.tally.Tally;
import org.psephos.ward.Candidate;
import org.psephos.ward.CandidateStatus;
import org.psephos.ward.WardResult;

/** A counted STV ward becomes a ward result, and a Scottish council tallies as an English one. */
class StvTallyTest {
  static final Council GLENSHIRE =
      Council.of("S12000999", "Glenshire", CouncilType.SCOTTISH_COUNCIL, "Scotland", 6);
  static final Ward NORTH = Ward.of("S13009991", "North", 3, comp(CON, 2, LAB, 1));
  static final Ward SOUTH = Ward.of("S13009992", "South", 3, comp(LAB, 3));
  static final Contest CONTEST =
      allOut(GLENSHIRE, comp(CON, 2, LAB, 4)).withWards(NORTH, SOUTH);
  static final Election ELECTION = election(CONTEST);

  /** The hand-worked example, its candidates standing for parties: A, C Lab; B Con; D LD; E Grn. */
  static BallotProfile north() {
    return BallotProfile.builder("North", 3)
        .candidate("A", "Labour").candidate("B", "Conservative").candidate("C", "Labour")
        .candidate("D", "Liberal Democrats").candidate("E", "Green Party")
        .papers(40, "A", "B", "C").papers(20, "A", "C").papers(7, "A").papers(9, "B", "A", "D")
        .papers(14, "C", "E").papers(11, "D", "B").papers(12, "E", "D").papers(3, "D")
        .papers(2, BallotProfile.Builder.GAP, 1)
        .build();
  }

  static BallotProfile south() {
    return BallotProfile.builder("South", 3)
        .candidate("F", "Lab").candidate("G", "Lab").candidate("H", "Con").candidate("I", "Grn")
        .papers(30, "F", "G").papers(25, "H").papers(22, "G").papers(10, "I", "F")
        .build();
  }

  @Test
  void aCountedWardIsAWardResultWithFirstPreferencesAsVotes() {
    WardResult north = StvRules.SCOTLAND.count(north()).toWardResult(ELECTION, NORTH.id());
    assertThat(north.electedByTransferableVote()).containsExactly("A", "B", "D");
    assertThat(north.candidates().get(0).votes()).isEqualTo(67);
    assertThat(north.candidates().get(3).party()).isEqualTo(LD);
    // D has fewer first preferences (14) than C (14, on equal terms) but is elected by transfers.
    assertThat(north.elected()).extracting(Candidate::name).containsExactlyInAnyOrder("A", "B", "D");
    assertThat(north.defeated()).extracting(Candidate::name).containsExactlyInAnyOrder("C", "E");
    assertThat(north.statuses().get(north.candidates().get(3)))
        .isEqualTo(CandidateStatus.ELECTED);
    assertThat(north.ballotsCast()).hasValue(118);
    assertThat(north.ballotsRejected()).hasValue(2);
    assertThat(north.votes(VoteConvention.ALL_VOTES)).containsEntry(LAB, 81L);
    assertThat(north.toString()).endsWith("; elected by STV A, B, D]");
  }

  @Test
  void aScottishCouncilTalliesLikeAnEnglishOne() {
    Tally tally = Tally.of(ELECTION)
        .apply(StvRules.SCOTLAND.count(north()).toWardResult(ELECTION, NORTH.id()))
        .apply(StvRules.SCOTLAND.count(south()).toWardResult(ELECTION, SOUTH.id()));
    CouncilResult result = tally.result(GLENSHIRE).orElseThrow();
    // North: A (Lab), B (Con), D (LD). South, quota 22: F (Lab) 30, H (Con) 25, G (Lab) 22 + ...
    assertThat(result.seatsWon(LAB)).isEqualTo(3);
    assertThat(result.seatsWon(CON)).isEqualTo(2);
    assertThat(result.seatsWon(LD)).isEqualTo(1);
    assertThat(result.seatChanges()).containsAllEntriesOf(Map.of(LAB, -1, LD, 1));
  }

  @Test
  void aPluralityResultForAScottishWardIsRejected() {
    WardResult.Builder plurality = WardResult.builder(GLENSHIRE, NORTH.id(), 3)
        .candidate("A", LAB, 67).candidate("B", CON, 9).candidate("C", LAB, 14)
        .candidate("D", LD, 14).candidate("E", GRN, 12);
    assertThatThrownBy(plurality::build)
        .isInstanceOf(SeatCountException.class)
        .hasMessage("Glenshire (S12000999), ward S13009991: Scottish council wards are counted by"
            + " the single transferable vote, not by most votes; give the candidates the STV count"
            + " elected (or count the ballot profile with org.psephos.stv)");
    assertThatThrownBy(() -> plurality.electedByTransferableVote("A").build())
        .isInstanceOf(SeatCountException.class)
        .hasMessage("Glenshire (S12000999), ward S13009991: the STV count elected 1 (A) for 3"
            + " seats");
    assertThatThrownBy(() -> plurality.electedByTransferableVote("B")
            .electedByTransferableVote("Z").build())
        .isInstanceOf(ElectionDataException.class)
        .hasMessage("Glenshire (S12000999), ward S13009991: Z, elected by the STV count, is not a"
            + " candidate in this ward");
    assertThat(WardResult.builder(GLENSHIRE, NORTH.id(), 3).unopposed("A", LAB).build()
        .statuses()).containsValues(CandidateStatus.ELECTED_UNOPPOSED);
  }

  @Test
  void aPartyDescriptionOutsideTheElectionIsRejected() {
    BallotProfile profile = BallotProfile.builder("North", 3)
        .candidate("A", "Labour").candidate("B", "Monster Raving Loony").candidate("C", "Labour")
        .candidate("D", "Labour").papers(5, "A").papers(4, "B").papers(3, "C").papers(2, "D")
        .build();
    CountSheet sheet = StvRules.SCOTLAND.count(profile);
    assertThatThrownBy(() -> sheet.toWardResult(ELECTION, NORTH.id()))
        .isInstanceOfSatisfying(UnknownIdException.class, e -> {
          assertThat(e.kind()).isEqualTo(UnknownIdException.Kind.PARTY);
          assertThat(e.id()).isEqualTo("Monster Raving Loony");
        })
        .hasMessageContaining("candidate B stands as \"Monster Raving Loony\"");
    Party anyone = LAB;
    assertThat(sheet.toWardResult(GLENSHIRE, NORTH.id(), candidate -> anyone).seats()).isEqualTo(3);
  }

  @Test
  void aPartyInBracketsAfterTheNameStandsForAMissingDescription() {
    // As Highland's 2017 files give candidates: "Ron FERGUSON (C)", no description in quotes.
    BallotProfile profile = BallotProfile.builder("North", 3)
        .candidate("A (Lab)", "").candidate("B (Con)", "").candidate("C (Lab)", "Labour")
        .candidate("D (Conservative)", "Liberal Democrats")
        .papers(5, "A (Lab)").papers(4, "B (Con)").papers(3, "C (Lab)").papers(2, "D (Conservative)")
        .build();
    WardResult result = StvRules.SCOTLAND.count(profile).toWardResult(ELECTION, NORTH.id());
    assertThat(result.candidates()).extracting(Candidate::party).containsExactly(LAB, CON, LAB, LD);
    assertThat(result.candidates().get(0).name()).isEqualTo("A (Lab)");

    BallotProfile unknown = BallotProfile.builder("North", 3)
        .candidate("A (Lab)", "").candidate("B (Pirates)", "").candidate("C ()", "")
        .candidate("D", "Labour")
        .papers(5, "A (Lab)").papers(4, "B (Pirates)").papers(3, "C ()").papers(2, "D")
        .build();
    CountSheet sheet = StvRules.SCOTLAND.count(unknown);
    assertThatThrownBy(() -> sheet.toWardResult(ELECTION, NORTH.id()))
        .isInstanceOfSatisfying(UnknownIdException.class,
            e -> assertThat(e.id()).isEqualTo("Pirates"))
        .hasMessage("Glenshire (S12000999), ward S13009991: candidate B (Pirates) stands as"
            + " \"Pirates\", which is neither a party nor an alias of election "
            + ELECTION.id());
    // "C ()" gives no description in its brackets: it stands as "", which is no party either.
    assertThat(CountSheet.description(new StvCandidate("C ()", ""))).isEmpty();
    assertThat(CountSheet.description(new StvCandidate("(Lab)", ""))).isEmpty();
    assertThat(CountSheet.description(new StvCandidate("E (Lab", ""))).isEmpty();
  }
}
