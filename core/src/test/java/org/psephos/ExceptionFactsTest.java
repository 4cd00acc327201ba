package org.psephos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.psephos.ExampleData.CON;
import static org.psephos.ExampleData.LAB;
import static org.psephos.ExampleData.UKIP;
import static org.psephos.ExampleData.WANDSWORTH;
import static org.psephos.ExampleData.allOut;
import static org.psephos.ExampleData.comp;
import static org.psephos.ExampleData.seats;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.psephos.tally.Tally;
import org.psephos.ward.WardResult;

/** Each exception exposes the facts its message reports. */
class ExceptionFactsTest {
  private static final Election ELECTION =
      ExampleData.electionWith(new Party[] {CON, LAB}, allOut(WANDSWORTH, comp(CON, 41, LAB, 19)));

  @Test
  void seatFiguresNameTheCouncilAndTheFigures() {
    SeatCountException e =
        catchThrowableOfType(
            () -> Tally.of(ELECTION).apply(Declaration.of(WANDSWORTH, seats(CON, 33, LAB, 28))),
            SeatCountException.class);
    assertThat(e).hasMessage("Wandsworth (E09000032): seats won (61) exceed seats contested (60)");
    assertThat(e.councilId()).contains("E09000032");
    assertThat(e.partyId()).isEmpty();
    assertThat(e.wardId()).isEmpty();
    assertThat(e.actual()).isEqualTo(61);
    assertThat(e.limit()).isEqualTo(60);
  }

  @Test
  void aNegativeFigureNamesTheParty() {
    SeatCountException e =
        catchThrowableOfType(
            () -> Declaration.builder(WANDSWORTH).won(CON, -1).build(), SeatCountException.class);
    assertThat(e).hasMessage("Wandsworth (E09000032): seats won: Conservative (PP52) has negative seats (-1)");
    assertThat(e.subject())
        .isEqualTo(DataSubject.council(WANDSWORTH).withParty("PP52"));
    assertThat(e.actual()).isEqualTo(-1);
    assertThat(e.limit()).isZero();
  }

  @Test
  void unknownIdsSayWhatKindOfIdAndWhichId() {
    UnknownIdException party =
        catchThrowableOfType(
            () -> Tally.of(ELECTION).apply(Declaration.of(WANDSWORTH, seats(CON, 33, UKIP, 27))),
            UnknownIdException.class);
    assertThat(party.kind()).isEqualTo(UnknownIdException.Kind.PARTY);
    assertThat(party.id()).isEqualTo("PP85");
    assertThat(party.partyId()).contains("PP85");
    Council elsewhere = Council.of("E1", "Elsewhere", CouncilType.LONDON_BOROUGH, "London", 60);
    UnknownIdException council =
        catchThrowableOfType(() -> ELECTION.requireContest(elsewhere), UnknownIdException.class);
    assertThat(council.kind()).isEqualTo(UnknownIdException.Kind.COUNCIL);
    assertThat(council.id()).isEqualTo("E1");
    UnknownIdException ward =
        catchThrowableOfType(
            () -> Tally.of(ELECTION).apply(
                WardResult.builder(WANDSWORTH, "E05000611", 1).candidate("Ann", CON, 3).build()),
            UnknownIdException.class);
    assertThat(ward.kind()).isEqualTo(UnknownIdException.Kind.WARD);
    assertThat(ward.id()).isEqualTo("E05000611");
    assertThat(ward.councilId()).contains("E09000032");
    assertThat(ward.wardId()).contains("E05000611");
  }

  @Test
  void invalidValuesSayWhatIsWrongWithWhichValue() {
    InvalidValueException blank =
        catchThrowableOfType(() -> Party.of("PP1", " ", "X"), InvalidValueException.class);
    assertThat(blank).hasMessage("name of party PP1 is blank");
    assertThat(blank.problem()).isEqualTo(InvalidValueException.Problem.BLANK);
    assertThat(blank.what()).isEqualTo("name of party PP1");
    assertThat(blank.partyId()).contains("PP1");
    InvalidValueException twice =
        catchThrowableOfType(
            () -> ExampleData.electionWith(new Party[] {CON, CON}, allOut(WANDSWORTH, comp(CON, 60))),
            InvalidValueException.class);
    assertThat(twice.problem()).isEqualTo(InvalidValueException.Problem.DUPLICATE);
    assertThat(twice.partyId()).contains("PP52");
  }

  @Test
  void tiesNameTheTiedAndTheDrawnWinners() {
    UnresolvedTieException unresolved =
        catchThrowableOfType(
            () ->
                WardResult.builder(WANDSWORTH, "W1", 1)
                    .candidate("Ann", CON, 10)
                    .candidate("Bob", LAB, 10)
                    .build(),
            UnresolvedTieException.class);
    assertThat(unresolved.tiedCandidates()).containsExactly("Ann", "Bob");
    assertThat(unresolved.drawnWinners()).isEmpty();
    assertThat(unresolved.wardId()).contains("W1");
    UnresolvedTieException wrongWinner =
        catchThrowableOfType(
            () ->
                WardResult.builder(WANDSWORTH, "W1", 1)
                    .candidate("Ann", CON, 10)
                    .candidate("Bob", LAB, 10)
                    .drawnWinner("Cy")
                    .build(),
            UnresolvedTieException.class);
    assertThat(wrongWinner).hasMessage("Wandsworth (E09000032), ward W1: drawn winner Cy is not a candidate in this ward");
    assertThat(wrongWinner.drawnWinners()).containsExactly("Cy");
    UnresolvedTieException noTie =
        catchThrowableOfType(
            () ->
                WardResult.builder(WANDSWORTH, "W1", 1)
                    .candidate("Ann", CON, 11)
                    .candidate("Bob", LAB, 10)
                    .drawnWinner("Ann")
                    .build(),
            UnresolvedTieException.class);
    assertThat(noTie.tiedCandidates()).isEmpty();
    assertThat(noTie.drawnWinners()).containsExactly("Ann");
  }

  @Test
  void theFactsCannotBeChangedAfterTheExceptionIsBuilt() {
    List<String> tied = new java.util.ArrayList<>(List.of("Ann", "Bob"));
    UnresolvedTieException e = new UnresolvedTieException("m", DataSubject.none(), tied, List.of());
    tied.add("Cy");
    assertThat(e.tiedCandidates()).containsExactly("Ann", "Bob");
    assertThat(e.subject()).isEqualTo(DataSubject.none());
    assertThat(e.councilId()).isEmpty();
  }
}
