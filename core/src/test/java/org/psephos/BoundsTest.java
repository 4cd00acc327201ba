package org.psephos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.psephos.ExampleData.CON;
import static org.psephos.ExampleData.LAB;
import static org.psephos.ExampleData.POLLING_DAY;
import static org.psephos.ExampleData.WANDSWORTH;
import static org.psephos.ExampleData.allOut;
import static org.psephos.ExampleData.comp;
import static org.psephos.ExampleData.seats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psephos.tally.Standings;
import org.psephos.tally.Tally;
import org.psephos.ward.Candidate;
import org.psephos.ward.WardResult;

/** The figure bounds of {@link Checks}: the maximum accepted, one more rejected, no overflow. */
class BoundsTest {
  private static final int MAX = Checks.MAX_SEATS;

  private static Council council(String id, int size) {
    return Council.of(id, "Council " + id, CouncilType.SHIRE_DISTRICT, "South East", size);
  }

  /** Asserts a seat figure is rejected as above its maximum, with the figures as facts. */
  private static void assertAboveMaximum(Runnable action, long actual, long limit) {
    assertThatThrownBy(action::run)
        .isExactlyInstanceOf(SeatCountException.class)
        .hasMessageContaining("(" + actual + ") exceed the maximum of " + limit)
        .satisfies(
            e -> {
              assertThat(((SeatCountException) e).actual()).isEqualTo(actual);
              assertThat(((SeatCountException) e).limit()).isEqualTo(limit);
            });
  }

  @Test
  void theOverflowOfTheIssueIsABoundNotAWrappedTotal() {
    // seats(con, Integer.MAX_VALUE).vacancies(1) used to total -2,147,483,648
    assertAboveMaximum(
        () -> Composition.builder().seats(CON, Integer.MAX_VALUE).vacancies(1).build(),
        Integer.MAX_VALUE,
        MAX);
    assertAboveMaximum(
        () -> Composition.builder().seats(CON, MAX).vacancies(1).build(), MAX + 1L, MAX);
  }

  @Test
  void aCompositionHoldsAtMostTheMaximumSeats() {
    assertThat(Composition.builder().seats(CON, MAX - 1).vacancies(1).build().total()).isEqualTo(MAX);
    assertThat(Composition.of(seats(CON, MAX / 2, LAB, MAX / 2)).total()).isEqualTo(MAX);
    assertAboveMaximum(() -> Composition.of(seats(CON, MAX / 2, LAB, MAX / 2 + 1)), MAX + 1L, MAX);
    assertAboveMaximum(() -> Composition.of(Map.of(), MAX + 1), MAX + 1L, MAX);
    Composition half = comp(CON, MAX / 2);
    assertThat(half.plus(comp(LAB, MAX / 2)).total()).isEqualTo(MAX);
    assertAboveMaximum(() -> half.plus(comp(CON, MAX / 2 + 1)), MAX + 1L, MAX);
  }

  @Test
  void councilSizesAndSeatFiguresHaveTheSameMaximum() {
    assertThat(council("E1", MAX).size()).isEqualTo(MAX);
    assertAboveMaximum(() -> council("E1", MAX + 1), MAX + 1L, MAX);
    assertAboveMaximum(() -> council("E1", Integer.MAX_VALUE), Integer.MAX_VALUE, MAX);
    assertAboveMaximum(() -> Ward.of("W1", "North", MAX + 1, Composition.empty()), MAX + 1L, MAX);
    assertAboveMaximum(
        () -> Declaration.builder(WANDSWORTH).stillToFill(MAX + 1).build(), MAX + 1L, MAX);
    assertAboveMaximum(
        () -> WardResult.builder(WANDSWORTH, "W1", MAX + 1).candidate("Ann", CON, 1).build(),
        MAX + 1L,
        MAX);
    assertThat(Ward.of("W1", "North", MAX, Composition.empty()).seats()).isEqualTo(MAX);
  }

  @Test
  void voteFiguresHaveAMaximum() {
    int most = Checks.MAX_VOTES;
    assertThat(Candidate.of("Ann", CON, most).votes()).isEqualTo(most);
    assertAboveMaximum(() -> Candidate.of("Ann", CON, most + 1), most + 1L, most);
    assertAboveMaximum(
        () -> WardResult.builder(WANDSWORTH, "W1", 1).electorate(Integer.MAX_VALUE),
        Integer.MAX_VALUE,
        most);
    assertAboveMaximum(
        () -> WardResult.builder(WANDSWORTH, "W1", 1).ballotsCast(most + 1), most + 1L, most);
    assertAboveMaximum(
        () ->
            Ward.of("W1", "North", 1, comp(CON, 1))
                .withPreviousVotes(VoteConvention.ALL_VOTES, Map.of(CON, most + 1)),
        most + 1L,
        most);
  }

  @Test
  void aWardResultListsAtMostTheMaximumCandidates() {
    WardResult.Builder builder = WardResult.builder(WANDSWORTH, "W1", 1);
    for (int i = 0; i < Checks.MAX_CANDIDATES; i++) {
      builder.candidate("Candidate " + i, CON, i);
    }
    assertThat(builder.build().candidates()).hasSize(Checks.MAX_CANDIDATES);
    builder.candidate("One too many", CON, 0);
    assertAboveMaximum(builder::build, Checks.MAX_CANDIDATES + 1L, Checks.MAX_CANDIDATES);
  }

  private static Election electionOf(int contests) {
    Election.Builder builder =
        Election.builder("local.2018-05-03", POLLING_DAY, "Largest").parties(CON, LAB);
    for (int c = 0; c < contests; c++) {
      builder.contest(allOut(council("E" + c, MAX), comp(CON, MAX)));
    }
    return builder.build();
  }

  @Test
  void aTallyOfTheLargestElectionKeepsExactTotals() {
    // three councils of Integer.MAX_VALUE seats used to report 2,147,483,645 seats
    Election largest = electionOf(Checks.MAX_CONTESTS);
    List<Declaration> declarations = new ArrayList<>();
    for (Contest contest : largest.contests()) {
      declarations.add(Declaration.of(contest.council(), seats(LAB, MAX)));
    }
    Standings standings = Tally.of(largest).applyAll(declarations).standings();
    int expected = Checks.MAX_CONTESTS * MAX; // 200,000,000: fits an int
    assertThat(standings.seatsExpected()).isEqualTo(expected);
    assertThat(standings.seatsDeclared()).isEqualTo(expected);
    assertThat(standings.seatsWon()).isEqualTo(expected);
    assertThat(standings.party(LAB).orElseThrow().seatsWon()).isEqualTo(expected);
    assertThat(standings.party(LAB).orElseThrow().councils()).isEqualTo(Checks.MAX_CONTESTS);
  }

  @Test
  void anElectionHoldsAtMostTheMaximumContests() {
    assertAboveMaximum(
        () -> electionOf(Checks.MAX_CONTESTS + 1), Checks.MAX_CONTESTS + 1L, Checks.MAX_CONTESTS);
  }

  @Test
  void wardSeatsAddingUpBeyondAnIntAreReportedExactly() {
    // 214,749 wards of 10,000 seats sum beyond Integer.MAX_VALUE: compared as a long, not wrapped
    Ward ward = Ward.of("W", "Ward", MAX, Composition.empty());
    List<Ward> wards = new ArrayList<>();
    for (int i = 0; i < 214_749; i++) {
      wards.add(new Ward("W" + i, "Ward", MAX, Composition.empty(), Map.of()));
    }
    Contest contest = allOut(council("E1", MAX), comp(CON, MAX));
    assertThat(ward.seats()).isEqualTo(MAX);
    assertThatThrownBy(() -> contest.withWards(wards))
        .isExactlyInstanceOf(SeatCountException.class)
        .hasMessage(
            "Council E1 (E1): the wards' seats (2147490000) do not equal seats contested (10000)");
  }
}
