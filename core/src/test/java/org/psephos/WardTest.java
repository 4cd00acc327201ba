package org.psephos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.psephos.ExampleData.CON;
import static org.psephos.ExampleData.ELECTION_ID;
import static org.psephos.ExampleData.LAB;
import static org.psephos.ExampleData.LD;
import static org.psephos.ExampleData.THIRDSBY;
import static org.psephos.ExampleData.UKIP;
import static org.psephos.ExampleData.allOut;
import static org.psephos.ExampleData.comp;
import static org.psephos.ExampleData.election;
import static org.psephos.ExampleData.seats;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Wards (DOMAIN.md section 7) as domain values: a ward's own rules, a contest listing its wards
 * (seats and defended seats add up), and the election's checks (ward ids unique across the
 * election, parties known).
 */
class WardTest {
  /** A council of 9 seats, all out, in three wards of 3. */
  static final Council TOOTING =
      Council.of("E09000901", "Tooting", CouncilType.LONDON_BOROUGH, "London", 9);

  static final Ward NORTH = Ward.of("E05000901", "North", 3, comp(CON, 3));
  static final Ward SOUTH = Ward.of("E05000902", "South", 3, comp(CON, 1, LAB, 2));
  static final Ward EAST =
      Ward.of("local.tooting.east.2018-05-03", "East", 3, comp(LAB, 2, LD, 1));

  /** Con 4, Lab 4, LD 1 as last fought, ward by ward. */
  static final Contest CONTEST =
      allOut(TOOTING, comp(CON, 4, LAB, 4, LD, 1)).withWards(NORTH, SOUTH, EAST);

  private static Arguments reject(
      String rule, ThrowingCallable action, Class<? extends Throwable> type, String message) {
    return Arguments.of(rule, action, type, message);
  }

  @Test
  void aWardKeepsItsIdNameSeatsAndDefendedSeats() {
    assertThat(NORTH.id()).isEqualTo("E05000901");
    assertThat(NORTH.name()).isEqualTo("North");
    assertThat(NORTH.seats()).isEqualTo(3);
    assertThat(NORTH.defended()).isEqualTo(comp(CON, 3));
    assertThat(NORTH.previousVotes()).isEmpty();
    assertThat(NORTH.previousVotes(VoteConvention.TOP_CANDIDATE)).isEmpty();
    assertThat(NORTH.label()).isEqualTo("North (E05000901)");
    // a Democracy Club ballot id is as good an id as a GSS code
    assertThat(EAST.id()).isEqualTo("local.tooting.east.2018-05-03");
  }

  @Test
  void aWardsDefendedSeatsMayDifferFromItsSeatsAfterABoundaryChange() {
    Ward notional = Ward.of("E05000903", "New Town", 2, comp(CON, 2, LAB, 1));
    assertThat(notional.defended().total()).isEqualTo(3);
    assertThat(notional.seats()).isEqualTo(2);
  }

  @Test
  void previousVotesAreKeptPerConventionAndReplacedPerConvention() {
    Ward ward =
        NORTH
            .withPreviousVotes(VoteConvention.TOP_CANDIDATE, seats(CON, 1200, LAB, 900))
            .withPreviousVotes(VoteConvention.ALL_VOTES, seats(CON, 3400, LAB, 2500));
    assertThat(ward.previousVotes(VoteConvention.TOP_CANDIDATE))
        .contains(Map.of(CON, 1200, LAB, 900));
    assertThat(ward.previousVotes(VoteConvention.ALL_VOTES)).contains(Map.of(CON, 3400, LAB, 2500));
    Ward replaced = ward.withPreviousVotes(VoteConvention.TOP_CANDIDATE, seats(LD, 10));
    assertThat(replaced.previousVotes(VoteConvention.TOP_CANDIDATE)).contains(Map.of(LD, 10));
    assertThat(replaced.previousVotes(VoteConvention.ALL_VOTES))
        .contains(Map.of(CON, 3400, LAB, 2500));
    assertThat(replaced).isNotEqualTo(ward);
    assertThat(ward.withPreviousVotes(VoteConvention.TOP_CANDIDATE, seats(CON, 1200, LAB, 900)))
        .isEqualTo(ward)
        .hasSameHashCodeAs(ward);
  }

  @Test
  void previousVotesCannotBeChangedThroughTheWard() {
    Ward ward = NORTH.withPreviousVotes(VoteConvention.TOP_CANDIDATE, seats(CON, 1200));
    assertThatThrownBy(() -> ward.previousVotes().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  static Stream<Arguments> invalidWards() {
    return Stream.of(
        reject(
            "a blank id",
            () -> Ward.of(" ", "North", 1, comp(CON, 1)),
            InvalidValueException.class,
            "ward id is blank"),
        reject(
            "a blank name",
            () -> Ward.of("E05000901", "", 1, comp(CON, 1)),
            InvalidValueException.class,
            "name of ward E05000901 is blank"),
        reject(
            "negative seats",
            () -> Ward.of("E05000901", "North", -1, comp(CON, 1)),
            SeatCountException.class,
            "ward North (E05000901): seats (-1) are negative"),
        reject(
            "no seats",
            () -> Ward.of("E05000901", "North", 0, comp(CON, 1)),
            SeatCountException.class,
            "ward North (E05000901): seats (0) must be at least 1"),
        reject(
            "defended vacancies",
            () -> Ward.of("E05000901", "North", 3, comp(CON, 2).withVacancies(1)),
            SeatCountException.class,
            "ward North (E05000901): defended seats include vacancies (1)"),
        reject(
            "negative previous votes",
            () -> NORTH.withPreviousVotes(VoteConvention.ALL_VOTES, seats(CON, 10, LAB, -1)),
            SeatCountException.class,
            "ward North (E05000901): previous votes (ALL_VOTES) of Labour (PP53) (-1) are"
                + " negative"),
        reject(
            "previous votes with no vote",
            () -> NORTH.withPreviousVotes(VoteConvention.TOP_CANDIDATE, seats(CON, 0)),
            SeatCountException.class,
            "ward North (E05000901): previous votes (TOP_CANDIDATE) hold no vote at all"),
        reject(
            "a party id twice in previous votes",
            () ->
                NORTH.withPreviousVotes(
                    VoteConvention.TOP_CANDIDATE, seats(LAB, 10, LAB.withCohesive(false), 5)),
            InvalidValueException.class,
            "ward North (E05000901): previous votes (TOP_CANDIDATE) list party id PP53 twice"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidWards")
  void anInvalidWardIsRejectedNamingIt(
      String rule, ThrowingCallable action, Class<? extends Throwable> type, String message) {
    assertThatThrownBy(action).isExactlyInstanceOf(type).hasMessage(message);
  }

  @Test
  void aContestListsItsWardsInOrder() {
    assertThat(CONTEST.hasWards()).isTrue();
    assertThat(CONTEST.wards()).containsExactly(NORTH, SOUTH, EAST);
    assertThat(CONTEST.wardIds())
        .containsExactly("E05000901", "E05000902", "local.tooting.east.2018-05-03");
    assertThat(CONTEST.ward("E05000902")).contains(SOUTH);
    assertThat(CONTEST.ward("E05999999")).isEmpty();
    assertThat(CONTEST.withWards(List.of(NORTH, SOUTH, EAST))).isEqualTo(CONTEST);
    assertThatThrownBy(() -> CONTEST.wards().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aContestWithoutWardsWorksAsBeforeAndKeepsItsFiveArgumentConstructor() {
    Contest plain = allOut(TOOTING, comp(CON, 4, LAB, 4, LD, 1));
    assertThat(plain.hasWards()).isFalse();
    assertThat(plain.wards()).isEmpty();
    assertThat(plain.wardIds()).isEmpty();
    assertThat(plain)
        .isEqualTo(
            new Contest(
                TOOTING,
                9,
                Composition.empty(),
                comp(CON, 4, LAB, 4, LD, 1),
                comp(CON, 4, LAB, 4, LD, 1)))
        .isEqualTo(
            new Contest(
                TOOTING,
                9,
                Composition.empty(),
                comp(CON, 4, LAB, 4, LD, 1),
                comp(CON, 4, LAB, 4, LD, 1),
                List.of()));
    assertThat(CONTEST).isNotEqualTo(plain);
    assertThat(CONTEST.withWards(List.of())).isEqualTo(plain);
  }

  @Test
  void aPartialContestListsOnlyTheWardsElectingTheContestedSeats() {
    // by thirds: 17 of 51 seats up; here one ward of 10 and one of 7 (any positive size is taken)
    Contest contest =
        Contest.builder(THIRDSBY)
            .contested(17)
            .continuing(comp(CON, 20, LAB, 14))
            .previous(comp(CON, 27, LAB, 24))
            .defended(comp(CON, 7, LAB, 10))
            .build()
            .withWards(
                Ward.of("E05000001", "Big", 10, comp(CON, 5, LAB, 5)),
                Ward.of("E05000002", "Small", 7, comp(CON, 2, LAB, 5)));
    assertThat(contest.wards()).hasSize(2);
  }

  static Stream<Arguments> invalidWardLists() {
    Contest plain = allOut(TOOTING, comp(CON, 4, LAB, 4, LD, 1));
    return Stream.of(
        reject(
            "ward seats short of the seats contested",
            () -> plain.withWards(NORTH, SOUTH),
            SeatCountException.class,
            "Tooting (E09000901): the wards' seats (6) do not equal seats contested (9)"),
        reject(
            "ward seats above the seats contested",
            () -> plain.withWards(NORTH, SOUTH, EAST, Ward.of("E05000904", "West", 1, comp(LD, 1))),
            SeatCountException.class,
            "Tooting (E09000901): the wards' seats (10) do not equal seats contested (9)"),
        reject(
            "a ward listed twice",
            () -> plain.withWards(NORTH, NORTH, EAST),
            InvalidValueException.class,
            "Tooting (E09000901): ward North (E05000901) is listed twice"),
        reject(
            "ward defended seats short of the contest's for a party",
            () ->
                plain.withWards(
                    NORTH, SOUTH, Ward.of("local.tooting.east.2018-05-03", "East", 3, comp(LAB, 2))),
            SeatCountException.class,
            "Tooting (E09000901): the wards' defended seats of Liberal Democrats (PP90) add up"
                + " to 0, not the contest's 1"),
        reject(
            "ward defended seats of a party the contest's defended seats do not name",
            () ->
                plain.withWards(
                    Ward.of("E05000901", "North", 3, comp(CON, 3, UKIP, 1)), SOUTH, EAST),
            SeatCountException.class,
            "Tooting (E09000901): the wards' defended seats of UK Independence Party (PP85) add"
                + " up to 1, not the contest's 0"),
        reject(
            "ward defended seats naming a party that differs from the contest's",
            () ->
                plain.withWards(
                    Ward.of("E05000901", "North", 3, comp(CON.withCohesive(false), 3)),
                    SOUTH,
                    EAST),
            InvalidValueException.class,
            "Tooting (E09000901): ward North (E05000901) names Party[id=PP52, name=Conservative,"
                + " shortName=Con, cohesive=false], which differs from Party[id=PP52,"
                + " name=Conservative, shortName=Con, cohesive=true]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidWardLists")
  void aContestsWardsMustAddUpToTheContest(
      String rule, ThrowingCallable action, Class<? extends Throwable> type, String message) {
    assertThatThrownBy(action).isExactlyInstanceOf(type).hasMessage(message);
  }

  @Test
  void anElectionFindsAWardAndItsContestById() {
    Election election = election(CONTEST, allOut(ExampleData.WANDSWORTH, comp(CON, 41, LAB, 19)));
    assertThat(election.contestOfWard("E05000902")).contains(CONTEST);
    assertThat(election.ward("E05000902")).contains(SOUTH);
    assertThat(election.ward("local.tooting.east.2018-05-03")).contains(EAST);
    assertThat(election.contestOfWard("E05999999")).isEmpty();
    assertThat(election.ward("E05999999")).isEmpty();
  }

  @Test
  void aWardIdIsUniqueAcrossTheElection() {
    Council other = Council.of("E09000902", "Other", CouncilType.LONDON_BOROUGH, "London", 3);
    Contest otherContest =
        allOut(other, comp(CON, 3)).withWards(Ward.of("E05000901", "Also North", 3, comp(CON, 3)));
    assertThatThrownBy(() -> election(CONTEST, otherContest))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage(
            "election "
                + ELECTION_ID
                + ": ward id E05000901 is listed twice (in Tooting (E09000901) and in Other"
                + " (E09000902))");
  }

  @Test
  void aWardsPartiesMustBeTheElections() {
    Ward ukipWard =
        Ward.of("E05000901", "North", 3, comp(CON, 3))
            .withPreviousVotes(VoteConvention.ALL_VOTES, seats(CON, 100, UKIP, 50));
    Contest contest =
        allOut(TOOTING, comp(CON, 4, LAB, 4, LD, 1)).withWards(ukipWard, SOUTH, EAST);
    assertThatThrownBy(() -> election(contest))
        .isExactlyInstanceOf(UnknownIdException.class)
        .hasMessage(
            "Tooting (E09000901), ward North (E05000901): previous votes (ALL_VOTES) names UK"
                + " Independence Party (PP85), which is not a party of election "
                + ELECTION_ID);
    Contest ukipDefended =
        Contest.builder(TOOTING).previous(comp(CON, 4, LAB, 4, LD, 1)).defended(Composition.builder().seats(CON, 3).seats(UKIP, 1).seats(LAB, 4).seats(LD, 1).build()).build()
            .withWards(Ward.of("E05000901", "North", 3, comp(CON, 2, UKIP, 1)), SOUTH, EAST);
    assertThatThrownBy(() -> election(ukipDefended))
        .isExactlyInstanceOf(UnknownIdException.class)
        .hasMessage(
            "Tooting (E09000901): defended seats names UK Independence Party (PP85), which is not"
                + " a party of election "
                + ELECTION_ID);
  }

  @Test
  void aPartyListedWithNoDefendedSeatInAWardIsNotPartOfTheWard() {
    // zero entries are not part of a composition's value, so they never reach the election's check
    Ward north = Ward.of("E05000901", "North", 3, Composition.of(seats(CON, 3, UKIP, 0)));
    assertThat(north).isEqualTo(Ward.of("E05000901", "North", 3, comp(CON, 3)));
    Contest contest = allOut(TOOTING, comp(CON, 4, LAB, 4, LD, 1)).withWards(north, SOUTH, EAST);
    assertThat(election(contest).ward("E05000901")).contains(north);
  }

  @Test
  void theDefaultVoteConventionIsTheTopCandidate() {
    assertThat(VoteConvention.defaultConvention()).isEqualTo(VoteConvention.TOP_CANDIDATE);
  }
}
