package org.psephos.ward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.psephos.ExampleData.CON;
import static org.psephos.ExampleData.LAB;
import static org.psephos.ExampleData.WANDSWORTH;

import org.junit.jupiter.api.Test;
import org.psephos.InvalidValueException;

/**
 * A ward's candidates by identity at every size: a few are compared pair by pair, more than {@link
 * Roster#PAIRWISE} through maps, and both find the same duplicate, reported for the later of the
 * two candidates (with the first earlier one of the same id), and resolve drawn winners alike.
 * The candidates are invented, numbered in ballot order; the expected messages are written out.
 */
class RosterTest {
  private static final String WHERE = "Wandsworth (E09000032), ward E05000611";

  /** A contested one-seat ward of {@code size} distinct candidates, alternately Labour and Con. */
  private static WardResult.Builder ward(int size) {
    WardResult.Builder ward = WardResult.builder(WANDSWORTH, "E05000611", 1);
    for (int i = 1; i <= size; i++) {
      ward.candidate("Candidate " + i, i % 2 == 0 ? LAB : CON, 1000 - i);
    }
    return ward;
  }

  @Test
  void aNameGivenTwiceForOnePartyisFoundAtEverySize() {
    for (int size = 1; size <= Roster.PAIRWISE + 10; size++) {
      // "Candidate 1" stands for the Conservatives (1 is odd); so does this namesake
      WardResult.Builder ward = ward(size).candidate("candidate   1", CON, 3);
      assertThatThrownBy(ward::build)
          .as("%d candidates and the namesake", size)
          .isInstanceOf(InvalidValueException.class)
          .hasMessage(WHERE + ": candidate candidate   1 is listed twice (Conservative);"
              + " namesakes of one party need ids to tell them apart");
    }
  }

  @Test
  void aNamesakeOfAnotherPartyisAnotherCandidateAtEverySize() {
    for (int size = 1; size <= Roster.PAIRWISE + 10; size++) {
      // "Candidate 1" is a Conservative: a Labour namesake is somebody else
      WardResult result = ward(size).candidate("Candidate 1", LAB, 3).build();
      assertThat(result.candidates()).as("%d candidates", size).hasSize(size + 1);
      assertThat(result.statusAt(0)).isEqualTo(CandidateStatus.ELECTED);
      assertThat(result.statusAt(size)).isEqualTo(CandidateStatus.DEFEATED);
    }
  }

  @Test
  void anIdGivenTwicenamesTheFirstEarlierCandidateOfThatIdAtEverySize() {
    for (int size = 1; size <= Roster.PAIRWISE + 10; size++) {
      WardResult.Builder ward =
          ward(size)
              .candidate(Candidate.of("Ann Archer", LAB, 5).withId("x1"))
              .candidate(Candidate.of("Bob Brown", CON, 4).withId("x1"))
              .candidate(Candidate.of("Cat Cole", LAB, 2).withId("x1"));
      assertThatThrownBy(ward::build)
          .as("%d candidates before the ids", size)
          .isInstanceOf(InvalidValueException.class)
          .hasMessage(WHERE + ": candidate id x1 is listed twice (Ann Archer (Labour, id x1) and"
              + " Bob Brown (Conservative, id x1))");
    }
  }

  @Test
  void aDrawnWinnerisResolvedByNameAtEverySize() {
    for (int size = 2; size <= Roster.PAIRWISE + 10; size++) {
      // two candidates on 2,000 votes tie for the one seat; the lot is drawn for the second
      WardResult result =
          ward(size)
              .candidate("Dee Dale", LAB, 2000)
              .candidate("Eve Ewart", CON, 2000)
              .drawnWinner("EVE  ewart")
              .build();
      assertThat(result.statusAt(size)).as("%d candidates", size).isEqualTo(CandidateStatus.TIED);
      assertThat(result.statusAt(size + 1)).isEqualTo(CandidateStatus.ELECTED_BY_LOT);
      assertThat(result.statusAt(0)).isEqualTo(CandidateStatus.DEFEATED);
    }
  }
}
